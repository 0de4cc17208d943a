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

/// A number given in the environment variable `name`, if it is set and parses.
fn number_from_env<N: std::str::FromStr>(name: &str) -> Option<N> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[test]
fn fuzz_the_derive_never_panics_and_spans_errors_inside_the_input() {
    let count: u64 = number_from_env("HCLOUD_MACRO_FUZZ_CASES").unwrap_or(3_000);
    let seeds: Vec<u64> = match number_from_env("HCLOUD_MACRO_FUZZ_SEED") {
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

/// What a function named by a key's value must take: `default = f` calls `f()`,
/// `serialize_with = f` calls `f(&value, serializer)`, `deserialize_with = f` calls
/// `f(deserializer)`. One name cannot be all three, so each case gets the one its keys need.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FnRole {
    Default,
    SerializeWith,
    DeserializeWith,
}

impl FnRole {
    const ALL: [FnRole; 3] = [
        FnRole::Default,
        FnRole::SerializeWith,
        FnRole::DeserializeWith,
    ];

    fn module(self) -> &'static str {
        match self {
            FnRole::Default => "names_for_default",
            FnRole::SerializeWith => "names_for_serialize_with",
            FnRole::DeserializeWith => "names_for_deserialize_with",
        }
    }

    /// The role of the names in `input`; `None` when they would need two.
    fn of(input: &str) -> Option<FnRole> {
        let idents: Vec<String> = flatten(TokenStream::from_str(input).ok()?)
            .iter()
            .filter_map(|tree| match tree {
                TokenTree::Ident(ident) => Some(ident.to_string()),
                _ => None,
            })
            .collect();
        let has = |key: &str| idents.iter().any(|ident| ident == key);
        match (has("serialize_with"), has("deserialize_with")) {
            (true, true) => None,
            (true, false) => Some(FnRole::SerializeWith),
            (false, true) => Some(FnRole::DeserializeWith),
            (false, false) => Some(FnRole::Default),
        }
    }

    /// A function `name` that type-checks for any type in this role; compiled, never run.
    fn function(self, name: &str) -> String {
        let signature = match self {
            FnRole::Default => "<T>() -> T".to_owned(),
            FnRole::SerializeWith => {
                "<T: ?Sized, S: ::serde_core::Serializer>(_: &T, _: S) -> Result<S::Ok, S::Error>"
                    .to_owned()
            }
            FnRole::DeserializeWith => {
                "<'de, T, D: ::serde_core::Deserializer<'de>>(_: D) -> Result<T, D::Error>"
                    .to_owned()
            }
        };
        format!("pub fn {name}{signature} {{ unreachable!() }}\n")
    }
}

/// `name` as everything a key's value can name: a runtime path (`crate`), a module of
/// `serialize`/`deserialize` (`with`) and a function in `role`.
fn any_path(name: &str, role: FnRole) -> String {
    format!(
        "pub mod {name} {{\npub use ::hcloud_model::__private;\n{}{}}}\n{}",
        FnRole::SerializeWith.function("serialize"),
        FnRole::DeserializeWith.function("deserialize"),
        role.function(name)
    )
}

/// The names the valid models and the keys' values refer to, so an accepted input that fails to
/// compile is the derive's fault, not a missing name's.
fn names(role: FnRole) -> String {
    format!(
        "pub use ::hcloud_model::{{ApiModel, Patch}};\npub type ImageType = String;\n{}{}{}{}pub mod some {{\n{}}}\npub mod my {{\n{}{}}}\n",
        FnRole::Default.function("default_zone"),
        FnRole::Default.function("make"),
        any_path("as_text", role),
        any_path("camelCase", role),
        any_path("path", role),
        any_path("runtime", role),
        any_path("rt", role),
    )
}

/// `stream` without its `#[api(…)]` attributes, at every depth.
fn without_api_attributes(stream: TokenStream) -> TokenStream {
    let mut kept = Vec::new();
    let mut trees = stream.into_iter().peekable();
    while let Some(tree) = trees.next() {
        let is_api = matches!(&tree, TokenTree::Punct(p) if p.as_char() == '#')
            && matches!(trees.peek(), Some(TokenTree::Group(g))
                if g.stream().into_iter().next().is_some_and(|t| t.to_string() == "api"));
        match tree {
            _ if is_api => {
                trees.next();
            }
            TokenTree::Group(group) => kept.push(TokenTree::Group(Group::new(
                group.delimiter(),
                without_api_attributes(group.stream()),
            ))),
            other => kept.push(other),
        }
    }
    kept.into_iter().collect()
}

/// A model's code without its `#[api(…)]` attributes, and how many `bound` keys it has.
fn code_and_bounds(input: &str) -> Option<(String, usize)> {
    let tokens = TokenStream::from_str(input).ok()?;
    let bounds = flatten(tokens.clone())
        .iter()
        .filter(|tree| matches!(tree, TokenTree::Ident(ident) if ident == "bound"))
        .count();
    Some((without_api_attributes(tokens).to_string(), bounds))
}

/// The accepted inputs to compile: the systematic and seeded cases that only change the valid
/// models' attributes, taken at an even stride so every model and key is among them, kept when the
/// derive expands them without an error; at most `limit`.
fn accepted_sample(limit: usize) -> Vec<String> {
    // Other mutations change the Rust code (a type named `build`, a path cut short), and an added
    // `bound` replaces the derive's own bounds: whether those compile is up to what the user
    // wrote. A valid model with only its attributes changed compiles if the derive is right.
    let valid: Vec<(String, usize)> = VALID.iter().filter_map(|m| code_and_bounds(m)).collect();
    let only_attributes_changed =
        |input: &String| code_and_bounds(input).is_some_and(|code| valid.contains(&code));
    let candidates: Vec<String> = systematic_cases()
        .into_iter()
        .chain((0..3_000).filter_map(case_input))
        .filter(|input| only_attributes_changed(input) && FnRole::of(input).is_some())
        .collect();
    // About one candidate in ten is accepted (most inserted keys are misplaced or wrong).
    let stride = candidates.len().div_ceil(limit.max(1) * 12).max(1);
    candidates
        .into_iter()
        .step_by(stride)
        .filter(|input| {
            let tokens = TokenStream::from_str(input).expect("cases are token streams");
            !derive(tokens).to_string().contains("compile_error")
        })
        .take(limit)
        .collect()
}

/// A crate of `cases`, each in a module of its own under `#[derive(ApiModel)]`.
fn compile_crate_source(cases: &[String]) -> String {
    let mut source = "#![allow(warnings)]\n//! Accepted fuzz inputs of the derive.\n".to_owned();
    for role in FnRole::ALL {
        source.push_str(&format!("\nmod {} {{\n{}}}\n", role.module(), names(role)));
    }
    for (index, case) in cases.iter().enumerate() {
        let role = FnRole::of(case).expect("sampled cases have one role");
        source.push_str(&format!(
            "\nmod case_{index} {{\n    use crate::{}::*;\n\n    #[derive(ApiModel)]\n    {case}\n}}\n",
            role.module()
        ));
    }
    source
}

/// The derive's output compiles, not only parses: a sample of the accepted fuzz inputs is built
/// as one crate against `hcloud-model` (`cargo check`, in a folder of the target directory, so
/// its dependencies are built once). `HCLOUD_MACRO_FUZZ_COMPILE` sets the sample size (default
/// 100; 0 skips).
#[test]
fn fuzz_accepted_inputs_compile() {
    let limit: usize = number_from_env("HCLOUD_MACRO_FUZZ_COMPILE").unwrap_or(100);
    if limit == 0 {
        return;
    }
    let started = std::time::Instant::now();
    let cases = accepted_sample(limit);
    let sampled = started.elapsed();
    assert!(
        cases.len() >= limit.min(50),
        "only {} accepted inputs to compile",
        cases.len()
    );
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the macros crate is in the workspace");
    // The test runs as `<target>/<profile>/deps/<binary>`.
    let target = std::env::current_exe()
        .expect("the test binary's path")
        .ancestors()
        .nth(3)
        .expect("the target directory")
        .to_path_buf();
    let dir = target.join("macro-fuzz-compile");
    std::fs::create_dir_all(dir.join("src")).expect("a folder for the sample crate");
    let manifest = format!(
        "[package]\nname = \"macro-fuzz-compile\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nhcloud-model = {{ path = {model:?} }}\nserde_core = \"1\"\n\n[workspace]\n",
        model = workspace.join("model")
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("the sample crate's manifest");
    // The workspace's versions, so the check needs no registry.
    std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).expect("the lock file");
    std::fs::write(dir.join("src/lib.rs"), compile_crate_source(&cases))
        .expect("the sample crate's source");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .args(["check", "--offline", "--quiet", "--message-format=short"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    println!(
        "{} accepted inputs sampled in {sampled:.1?}, checked in {:.1?}",
        cases.len(),
        started.elapsed() - sampled
    );
    assert!(
        output.status.success(),
        "{} accepted inputs do not compile (the crate is {}):\n{}",
        cases.len(),
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}
