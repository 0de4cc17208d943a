//! The derive never panics: random token trees and mutations of valid models go through the
//! expansion function, which must return code or `compile_error!`s spanned inside the input.
//!
//! Seeded and reproducible. `HCLOUD_MACRO_FUZZ_CASES` sets the count (default 3,000, a few seconds);
//! the long run is `HCLOUD_MACRO_FUZZ_CASES=100000 cargo test -p hcloud-model-macros --release fuzz`.
//! `HCLOUD_MACRO_FUZZ_SEED` replays one failing seed.

use crate::expand::derive;
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;
use std::sync::LazyLock;

/// Valid models, each exercising attributes and shapes the mutations then break.
const VALID: &[&str] = &[
    r#"/// An image.
    #[api(rename_all = "snake_case", title = "Image")]
    pub struct ServerImage {
        /// Its id.
        pub id: i64,
        /// Its name.
        #[api(rename = "label")]
        pub name: Option<String>,
        /// Rapid deploy.
        #[api(optional)]
        pub rapid_deploy: Option<bool>,
        /// Size.
        #[api(default, format = "double")]
        pub size: f64,
        /// Zone.
        #[api(default = default_zone)]
        pub zone: String,
        /// Labels.
        pub labels: std::collections::BTreeMap<String, String>,
        /// Type.
        pub r#type: ImageType,
        /// Placement.
        pub placement: Patch<i64>,
    }"#,
    r#"/// A status.
    #[api(rename_all = "SCREAMING-KEBAB-CASE")]
    pub enum Status {
        /// Running.
        Running,
        /// Off.
        #[api(rename = "powered_off")]
        Off,
        /// Anything else.
        #[api(other)]
        Other(String),
    }"#,
    r#"/// A page.
    #[api(crate = "my::runtime")]
    struct Page<'a, T: Clone, const N: usize> where T: Default {
        /// Items.
        items: Vec<T>,
        /// Cursor.
        next: Option<&'a str>,
    }"#,
    r#"/// Empty of fields.
    struct Nothing {}"#,
    r#"/// A newtype.
    #[api(transparent)]
    pub struct ImageId(i64);"#,
    r#"/// Every field key at work.
    #[api(deny_unknown_fields, bound = "T: Clone")]
    struct Keys<'a, T> {
        /// Skipped.
        #[api(skip, default = make)]
        local: T,
        /// Aliased.
        #[api(alias = "old", alias = "older")]
        name: &'a str,
        /// Own wire form.
        #[api(with = "as_text", format = "int64")]
        id: u64,
        /// Borrowed.
        note: std::borrow::Cow<'a, str>,
    }"#,
];

/// Every key the derive takes (from its one list), then names it does not: none, raw, cased.
static KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::attr::KEYS
        .iter()
        .map(|key| key.name)
        .chain(["", "r#type", "Rename"])
        .collect()
});

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // SplitMix64: good enough spread for picking mutations, and trivially reproducible.
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Every kind of value a key can be given, right or wrong.
const VALUES: &[&str] = &[
    "",
    " = \"camelCase\"",
    " = \"\"",
    " = 42",
    " = some::path",
    " = true",
    "(a, b)",
    " = \"not a path!\"",
    " = ",
    " = \"date-time\"",
    " = \"my::rt\"",
    " = false",
    " = \"T: Clone\"",
];

fn random_value(rng: &mut Rng) -> String {
    VALUES[rng.below(VALUES.len())].to_owned()
}

/// Inserts `attribute` before the `position`-th doc attribute of the model (the container's, then
/// each field's or variant's), so every key reaches every place an attribute can sit.
fn insert_attribute(model: &str, attribute: &str, position: usize) -> Option<String> {
    let marker = "/// ";
    let at = model.match_indices(marker).nth(position)?.0;
    Some(format!("{}{attribute} {}", &model[..at], &model[at..]))
}

/// The systematic cases: model x position x key x value.
fn systematic_cases() -> Vec<String> {
    let mut cases = Vec::new();
    for model in VALID {
        for position in 0..model.matches("/// ").count() {
            for key in KEYS.iter() {
                for value in VALUES {
                    cases.extend(insert_attribute(
                        model,
                        &format!("#[api({key}{value})]"),
                        position,
                    ));
                }
            }
        }
    }
    cases
}

fn random_attribute(rng: &mut Rng) -> String {
    let keys = (0..1 + rng.below(3))
        .map(|_| format!("{}{}", KEYS[rng.below(KEYS.len())], random_value(rng)))
        .collect::<Vec<_>>()
        .join(", ");
    match rng.below(6) {
        0 => "#[api]".to_owned(),
        1 => "#[api = \"x\"]".to_owned(),
        2 => "#[doc = \"\"]".to_owned(),
        _ => format!("#[api({keys})]"),
    }
}

fn random_tree(rng: &mut Rng, depth: usize) -> TokenTree {
    match rng.below(if depth > 3 { 4 } else { 6 }) {
        0 => TokenTree::Ident(Ident::new(
            [
                "struct", "enum", "union", "pub", "api", "doc", "x", "Option", "r#type", "where",
                "crate",
            ][rng.below(11)]
            .trim_start_matches("r#"),
            Span::call_site(),
        )),
        1 => TokenTree::Punct(Punct::new(
            ['#', '!', ',', ':', '<', '>', '=', '\'', ';', '&'][rng.below(10)],
            if rng.chance(30) {
                Spacing::Joint
            } else {
                Spacing::Alone
            },
        )),
        2 => TokenTree::Literal(match rng.below(4) {
            0 => Literal::string("x"),
            1 => Literal::i64_unsuffixed(rng.below(100) as i64),
            2 => Literal::string(""),
            _ => Literal::f64_unsuffixed(1.5),
        }),
        3 => TokenTree::Ident(Ident::new(
            &format!("id{}", rng.below(5)),
            Span::call_site(),
        )),
        _ => {
            let delimiter = [
                Delimiter::Brace,
                Delimiter::Bracket,
                Delimiter::Parenthesis,
                Delimiter::None,
            ][rng.below(4)];
            let inner: TokenStream = (0..rng.below(6))
                .map(|_| random_tree(rng, depth + 1))
                .collect();
            TokenTree::Group(Group::new(delimiter, inner))
        }
    }
}

/// One mutation somewhere in the tree: at this level, or inside a group with some chance.
fn mutate(rng: &mut Rng, stream: TokenStream) -> TokenStream {
    let mut trees: Vec<TokenTree> = stream.into_iter().collect();
    let groups: Vec<usize> = trees
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t, TokenTree::Group(_)))
        .map(|(i, _)| i)
        .collect();
    if !groups.is_empty() && rng.chance(55) {
        let index = groups[rng.below(groups.len())];
        if let TokenTree::Group(group) = &trees[index] {
            let mut inner = Group::new(group.delimiter(), mutate(rng, group.stream()));
            inner.set_span(group.span());
            trees[index] = TokenTree::Group(inner);
        }
        return trees.into_iter().collect();
    }
    let at = rng.below(trees.len() + 1);
    match rng.below(7) {
        0 if !trees.is_empty() => {
            trees.remove(at.min(trees.len() - 1));
        }
        1 if !trees.is_empty() => {
            let copy = trees[at.min(trees.len() - 1)].clone();
            trees.insert(at.min(trees.len()), copy);
        }
        2 if trees.len() > 1 => {
            let (one, other) = (at.min(trees.len() - 1), rng.below(trees.len()));
            trees.swap(one, other);
        }
        3 => {
            let attribute =
                TokenStream::from_str(&random_attribute(rng)).expect("attributes parse");
            for (offset, tree) in attribute.into_iter().enumerate() {
                trees.insert(at.min(trees.len()) + offset, tree);
            }
        }
        4 if !trees.is_empty() => {
            let index = at.min(trees.len() - 1);
            if let TokenTree::Ident(_) = trees[index] {
                let name = [
                    "Option",
                    "String",
                    "r#type",
                    "build",
                    "builder",
                    "maybe_x",
                    "x_null",
                    "Patch",
                    "Self",
                    "__private",
                ][rng.below(10)];
                trees[index] = match name.strip_prefix("r#") {
                    Some(raw) => TokenTree::Ident(Ident::new_raw(raw, Span::call_site())),
                    None => TokenTree::Ident(Ident::new(name, Span::call_site())),
                };
            }
        }
        5 => {
            // Docs removed: a `#` followed by a bracket group starting with `doc`.
            let mut kept = Vec::with_capacity(trees.len());
            let mut iter = trees.into_iter().peekable();
            while let Some(tree) = iter.next() {
                let is_doc = matches!(&tree, TokenTree::Punct(p) if p.as_char() == '#')
                    && matches!(iter.peek(), Some(TokenTree::Group(g)) if g.stream().to_string().starts_with("doc"));
                if is_doc {
                    iter.next();
                } else {
                    kept.push(tree);
                }
            }
            trees = kept;
        }
        _ => trees.insert(at.min(trees.len()), random_tree(rng, 0)),
    }
    trees.into_iter().collect()
}

/// The input for one case: random tokens, or a valid model mutated a few times, often after an
/// attribute was put before one of its items. Spans must come from real source text, so the
/// result is printed and parsed again.
fn case_input(seed: u64) -> Option<String> {
    let mut rng = Rng(seed);
    let stream = if rng.chance(10) {
        (0..rng.below(12))
            .map(|_| random_tree(&mut rng, 0))
            .collect()
    } else {
        let model = VALID[rng.below(VALID.len())];
        let attribute = random_attribute(&mut rng);
        let positions = model.matches("/// ").count();
        let model = match rng.chance(60) {
            true => insert_attribute(model, &attribute, rng.below(positions))?,
            false => model.to_owned(),
        };
        let mut stream = TokenStream::from_str(&model).ok()?;
        for _ in 0..rng.below(4) {
            stream = mutate(&mut rng, stream);
        }
        stream
    };
    let text = stream.to_string();
    TokenStream::from_str(&text).ok().map(|_| text)
}

/// Every token, groups opened in place, in order.
fn flatten(stream: TokenStream) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for tree in stream {
        match tree {
            TokenTree::Group(group) => out.extend(flatten(group.stream())),
            other => out.push(other),
        }
    }
    out
}

/// Checks one case; the error says what was wrong.
fn check(input: &str) -> Result<(), String> {
    let tokens = TokenStream::from_str(input).map_err(|e| format!("re-parse failed: {e}"))?;
    let output = catch_unwind(AssertUnwindSafe(|| derive(tokens)))
        .map_err(|_| "the derive panicked".to_owned())?;
    let trees = flatten(output);
    // rustc only hands a derive a complete item. Tokens that are no item (random ones, or an item
    // cut short) must still give errors and no panic, but syn may report their end at the call
    // site, which in a real compile is the `#[derive]` itself.
    let is_item = syn::parse_str::<syn::DeriveInput>(input).is_ok();
    let mut errors = 0;
    for tree in &trees {
        let TokenTree::Ident(ident) = tree else {
            continue;
        };
        if ident != "compile_error" {
            continue;
        }
        errors += 1;
        let span = ident.span();
        match span.source_text() {
            Some(_) if span.byte_range().end <= input.len() => {}
            Some(_) => {
                return Err(format!(
                    "an error spans {:?}, outside the input",
                    span.byte_range()
                ));
            }
            None if is_item => return Err("an error about an item has no span in it".to_owned()),
            None => {}
        }
    }
    if !is_item && errors == 0 {
        return Err("tokens that are no item expanded without an error".to_owned());
    }
    Ok(())
}

#[test]
fn fuzz_the_derive_never_panics_and_spans_errors_inside_the_input() {
    let count: u64 = std::env::var("HCLOUD_MACRO_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000);
    let seeds: Vec<u64> = match std::env::var("HCLOUD_MACRO_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        Some(seed) => vec![seed],
        None => (0..count).collect(),
    };
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let started = std::time::Instant::now();
    let mut failures = Vec::new();
    let mut tried = 0;
    let replaying = std::env::var("HCLOUD_MACRO_FUZZ_SEED").is_ok();
    let systematic = if replaying {
        Vec::new()
    } else {
        systematic_cases()
    };
    let systematic_count = systematic.len();
    for (index, input) in systematic.into_iter().enumerate() {
        tried += 1;
        if let Err(problem) = check(&input) {
            failures.push(format!(
                "systematic case {index}: {problem}\n  input: {input}"
            ));
        }
        proc_macro2::extra::invalidate_current_thread_spans();
    }
    for seed in seeds {
        let Some(input) = case_input(seed) else {
            continue;
        };
        tried += 1;
        if let Err(problem) = check(&input) {
            failures.push(format!("seed {seed}: {problem}\n  input: {input}"));
        }
        proc_macro2::extra::invalidate_current_thread_spans();
    }
    std::panic::set_hook(default_hook);
    println!(
        "{tried} inputs ({systematic_count} systematic) through the derive in {:.1?}, {} failures",
        started.elapsed(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{}",
        failures
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_valid_model_expands_without_errors() {
    for model in VALID {
        let output = derive(TokenStream::from_str(model).unwrap()).to_string();
        assert!(!output.contains("compile_error"), "{model}\n=> {output}");
    }
}
