//! What a reader of the published crates sees: READMEs whose links work on crates.io, and the
//! builders in `hcloud_model::builders` (one per model), still nameable at the crate root.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is inside the workspace")
}

/// The README a published package ships, as its `Cargo.toml` names it.
fn packaged_readme(package: &str) -> PathBuf {
    let dir = workspace().join(package);
    let manifest = fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let readme = manifest
        .lines()
        .find_map(|line| line.strip_prefix("readme = "))
        .unwrap_or_else(|| panic!("{package}/Cargo.toml names no readme"));
    dir.join(readme.trim_matches('"'))
}

/// The target of every markdown link outside code blocks: `[text](target)`, `![alt](target)` and
/// `[label]: target`.
fn link_targets(markdown: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut in_code_block = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code_block = !in_code_block;
            continue;
        }
        if in_code_block {
            continue;
        }
        if let Some(definition) = line
            .strip_prefix('[')
            .and_then(|rest| rest.split_once("]: "))
        {
            targets.push(definition.1.trim().to_owned());
        }
        for (_, after) in line
            .match_indices("](")
            .map(|(at, _)| line.split_at(at + 2))
        {
            let end = after.find(')').unwrap_or(after.len());
            targets.push(after[..end].to_owned());
        }
    }
    targets
}

/// crates.io renders a package's README away from the repository: a relative link there points at
/// a file the package does not ship (`BENCHMARKS.md`, `LICENSE-MIT`), and leads nowhere.
#[test]
fn the_published_readmes_link_only_to_absolute_urls_or_anchors() {
    for package in ["model", "macros"] {
        let readme = packaged_readme(package);
        let text = fs::read_to_string(&readme).unwrap();
        let targets = link_targets(&text);
        let relative: Vec<&String> = targets
            .iter()
            .filter(|target| !(target.starts_with("https://") || target.starts_with('#')))
            .collect();
        assert!(
            relative.is_empty(),
            "{} (the readme of {package}) links {relative:?}: write the absolute URL \
             (https://github.com/hcloud-model/hcloud-model/blob/main/…, or docs.rs for the API)",
            readme.display()
        );
    }
}

#[test]
fn the_link_reader_finds_relative_links() {
    let markdown = "See [the log](CHANGELOG.md) and [docs](https://docs.rs/x#y).\n\
                    ```rust\nlet x = [1][0](2);\n```\n[mit]: LICENSE-MIT\n![logo](#top)\n";
    assert_eq!(
        link_targets(markdown),
        ["CHANGELOG.md", "https://docs.rs/x#y", "LICENSE-MIT", "#top"]
    );
}

/// Each `hetzner` family's models that get a builder, read from its source: a `pub struct` whose
/// attributes derive `ApiModel` without `builder = false` or `transparent`, or one that
/// `list_response!` declares.
fn models_with_builders() -> BTreeMap<String, BTreeSet<String>> {
    let dir = workspace().join("model/src/hetzner");
    let mut families = BTreeMap::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let family = path.file_stem().unwrap().to_str().unwrap().to_owned();
        // `ops/` declares operations, which are no models.
        if family == "mod" || path.is_dir() {
            continue;
        }
        let source = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = source.lines().map(str::trim).collect();
        let mut models = BTreeSet::new();
        for (at, line) in lines.iter().enumerate() {
            let Some(name) = line
                .strip_prefix("pub struct ")
                .map(|rest| rest.split([' ', '{', '(', '<']).next().unwrap())
            else {
                continue;
            };
            let attributes: Vec<&str> = lines[..at]
                .iter()
                .rev()
                .take_while(|line| line.starts_with("#[") || line.starts_with("//"))
                .copied()
                .collect();
            let preceding = attributes.len();
            let declared_by_list_response = lines[..at - preceding]
                .last()
                .is_some_and(|line| line.ends_with("list_response! {"));
            // Attributes only: a doc comment may mention `ApiModel` too.
            let attributes: Vec<&str> = attributes
                .into_iter()
                .filter(|line| line.starts_with("#["))
                .collect();
            let derived_with_builder = attributes.iter().any(|line| line.contains("ApiModel"))
                && !attributes
                    .iter()
                    .any(|line| line.contains("builder = false") || line.contains("transparent"));
            if declared_by_list_response || derived_with_builder {
                models.insert(format!("{name}Builder"));
            }
        }
        families.insert(family, models);
    }
    families
}

/// The builders the invocation of `builders!` in `hetzner/mod.rs` lists, by family.
fn listed_builders() -> BTreeMap<String, BTreeSet<String>> {
    let source = fs::read_to_string(workspace().join("model/src/hetzner/mod.rs")).unwrap();
    let (_, list) = source
        .split_once("\nbuilders! {")
        .expect("hetzner/mod.rs invokes builders!");
    let list: String = list
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect();
    list.split(']')
        .filter_map(|group| group.split_once(": ["))
        .map(|(family, builders)| {
            let family = family.trim_start_matches([',', ' ']).trim().to_owned();
            let builders = builders
                .split(',')
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(str::to_owned)
                .collect();
            (family, builders)
        })
        .collect()
}

/// A model added without its builder in the list would put that builder back among the models at
/// the crate root, and leave it out of `builders`.
#[test]
fn every_hetzner_builder_is_listed_in_the_builders_module() {
    let models = models_with_builders();
    assert!(models["images"].contains("ServerImageBuilder"));
    assert!(models["images"].contains("ImagesPageBuilder"));
    assert!(!models["images"].contains("ArchitectureBuilder"));
    let listed = listed_builders();
    let families: BTreeSet<&String> = listed.keys().chain(models.keys()).collect();
    let empty = BTreeSet::new();
    let mut wrong = Vec::new();
    for family in families {
        let (listed, derived) = (
            listed.get(family).unwrap_or(&empty),
            models.get(family).unwrap_or(&empty),
        );
        let unlisted: Vec<&String> = derived.difference(listed).collect();
        let unknown: Vec<&String> = listed.difference(derived).collect();
        if !unlisted.is_empty() || !unknown.is_empty() {
            wrong.push(format!(
                "family `{family}`: add {unlisted:?}, remove {unknown:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "`builders!` in model/src/hetzner/mod.rs:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn a_builder_is_one_type_in_builders_and_at_the_crate_root() {
    let started: hcloud_model::builders::CreatedFromBuilder = hcloud_model::CreatedFrom::builder();
    let at_the_root: hcloud_model::CreatedFromBuilder = started;
    let from = at_the_root.id(7).name("web-1").build();
    assert_eq!((from.id, from.name.as_str()), (7, "web-1"));
}
