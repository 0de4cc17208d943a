//! Compile-time benchmark: `cargo run --release --manifest-path benches/Cargo.toml --bin compile_time`.
//!
//! For each scale it generates one crate of models per flavor, with the same declarations:
//!
//! - **ours**: `#[derive(hcloud_model::ApiModel)]`, depending on `serde_json` and on `hcloud-model`
//!   by path with `default-features = false`: the derive and its runtime, as a crate that models
//!   its own API depends on them (the Hetzner models, the default feature `hetzner`, are measured
//!   on their own by `crate_build_time.sh`);
//! - **floor**: std derives only (`Debug, Clone, PartialEq`, and `Eq, Hash` on enums), no
//!   attributes, no dependencies: what the declarations cost without any macro;
//! - **anchor**: serde_derive + strum + bon, what a user would combine otherwise;
//! - **anchor again**: a copy of the anchor crate, at the scales of `COMPILE_BENCH_AA`, so the
//!   A/A ratio (anchor again / anchor) shows the noise of the run.
//!
//! Every model is also used the way a client uses it, so the generic code is instantiated: per
//! model a `use_model_N` function reads the model from JSON and writes it back (`serde_json`),
//! parses an enum from a string and prints it (`FromStr`, `Display`), builds the model with its
//! builder, setting every required field, then clones, compares and `{:?}`-formats it. The floor's
//! `use_model_N` does only the last part, on a struct literal.
//!
//! Each flavor is timed interleaved (which flavor goes first rotates per repetition): a cold build
//! with dependencies, a rebuild of the generated crate alone (`CARGO_INCREMENTAL=0 cargo build`
//! after touching it) and `cargo check` after touching it. Each figure reports the medians, ours /
//! anchor, the derive cost (ours − floor) / (anchor − floor), and A/A. At the 100-model scale the
//! LLVM IR lines of each crate are counted with `cargo llvm-lines`, if installed. The run ends
//! with a markdown table of all of it.
//!
//! Environment:
//!
//! - `COMPILE_BENCH_SCALES` (default `25,100,400,wide`): `N` is a crate of N models of the
//!   `ServerImage` shape (3 structs and 4 enums each), `wide` one of 20 models of 60 fields each,
//!   `wide:MxF` one of M models of F fields each (`wide:2x12` is a quick smoke test);
//! - `COMPILE_BENCH_AA` (default `100`): the scales, in the same syntax, that also time the anchor
//!   again;
//! - `COMPILE_BENCH_COLD` (default 2) and `COMPILE_BENCH_REBUILDS` (default 5): the repetitions
//!   of the cold build and of each figure after a touch. Scales of more than 100 models default
//!   to 1 and 1; a variable that is set applies to every scale.
//!
//! The crates are generated in `benches/target/compile-bench/<scale>/<flavor>`, each with its own
//! target folder; their dependencies are fetched before anything is timed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

// ---------------------------------------------------------------------------------------------
// What is measured: scales, repetitions, flavors
// ---------------------------------------------------------------------------------------------

const DEFAULT_SCALES: &str = "25,100,400,wide";
const DEFAULT_AA_SCALES: &str = "100";
const WIDE_MODELS: usize = 20;
const WIDE_FIELDS: usize = 60;
/// The scale at which the LLVM IR lines are counted, as in earlier runs.
const LLVM_LINES_MODELS: usize = 100;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Scale {
    /// `models` models of the `ServerImage` shape, each with its 2 nested structs and 4 enums.
    ServerImage { models: usize },
    /// `models` models of `fields` fields of mixed kinds, each with 1 nested struct and 1 enum.
    Wide { models: usize, fields: usize },
}

impl Scale {
    /// Reads one entry of `COMPILE_BENCH_SCALES`: `N`, `wide` or `wide:MxF`.
    fn parse(text: &str) -> Scale {
        let text = text.trim();
        if text == "wide" {
            return Scale::Wide {
                models: WIDE_MODELS,
                fields: WIDE_FIELDS,
            };
        }
        if let Some(size) = text.strip_prefix("wide:") {
            let (models, fields) = size
                .split_once('x')
                .and_then(|(m, f)| Some((m.parse().ok()?, f.parse().ok()?)))
                .unwrap_or_else(|| {
                    panic!("`{text}`: write `wide:MODELSxFIELDS`, e.g. `wide:2x12`")
                });
            return Scale::Wide { models, fields };
        }
        let models = text.parse().unwrap_or_else(|_| {
            panic!("`{text}`: a scale is a number of models, `wide` or `wide:MxF`")
        });
        Scale::ServerImage { models }
    }

    fn parse_list(list: &str) -> Vec<Scale> {
        list.split(',')
            .filter(|entry| !entry.trim().is_empty())
            .map(Scale::parse)
            .collect()
    }

    /// The scale's folder under `target/compile-bench`.
    fn dir_name(self) -> String {
        match self {
            Scale::ServerImage { models } => models.to_string(),
            Scale::Wide { models, fields } => format!("wide-{models}x{fields}"),
        }
    }

    fn describe(self) -> String {
        match self {
            Scale::ServerImage { models } => format!("{models} × ServerImage"),
            Scale::Wide { models, fields } => format!("{models} × {fields} fields"),
        }
    }

    fn models(self) -> usize {
        match self {
            Scale::ServerImage { models } | Scale::Wide { models, .. } => models,
        }
    }

    fn counts_llvm_lines(self) -> bool {
        self == Scale::ServerImage {
            models: LLVM_LINES_MODELS,
        }
    }
}

struct Repetitions {
    cold: usize,
    after_touch: usize,
}

impl Repetitions {
    /// The largest crates take minutes per build, so they default to one repetition.
    fn for_scale(scale: Scale) -> Repetitions {
        let large = matches!(scale, Scale::ServerImage { models } if models > 100);
        let (cold, after_touch) = if large { (1, 1) } else { (2, 5) };
        Repetitions {
            cold: env_number("COMPILE_BENCH_COLD").unwrap_or(cold),
            after_touch: env_number("COMPILE_BENCH_REBUILDS").unwrap_or(after_touch),
        }
    }
}

fn env_number(name: &str) -> Option<usize> {
    let value = std::env::var(name).ok()?;
    Some(
        value
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value} is not a number")),
    )
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Flavor {
    Ours,
    Floor,
    Anchor,
    AnchorAgain,
}

impl Flavor {
    fn name(self) -> &'static str {
        match self {
            Flavor::Ours => "ours",
            Flavor::Floor => "floor (std derives)",
            Flavor::Anchor => "serde+strum+bon",
            Flavor::AnchorAgain => "serde+strum+bon again",
        }
    }

    fn dir(self) -> &'static str {
        match self {
            Flavor::Ours => "ours",
            Flavor::Floor => "floor",
            Flavor::Anchor => "anchor",
            Flavor::AnchorAgain => "anchor-again",
        }
    }

    fn dependencies(self, model_crate: &Path) -> String {
        match self {
            Flavor::Ours => format!(
                "hcloud-model = {{ path = {:?}, default-features = false }}\nserde_json = \"1.0.145\"\n",
                model_crate.display().to_string()
            ),
            Flavor::Floor => String::new(),
            Flavor::Anchor | Flavor::AnchorAgain => "serde = { version = \"1.0.220\", features = [\"derive\"] }\nserde_json = \"1.0.145\"\nstrum = { version = \"0.28\", features = [\"derive\"] }\nbon = \"3\"\n".to_owned(),
        }
    }

    /// Cargo compiles path dependencies incrementally, registry ones not. Without these lines
    /// ours would build `hcloud-model` and its derive unlike a user who has them from crates.io
    /// (and unlike the anchor's dependencies), and the first `CARGO_INCREMENTAL=0` rebuild after
    /// a cold build would recompile both.
    fn profile_overrides(self) -> &'static str {
        match self {
            Flavor::Ours => {
                "\n[profile.dev.package.hcloud-model]\nincremental = false\n\n[profile.dev.package.hcloud-model-macros]\nincremental = false\n"
            }
            Flavor::Floor | Flavor::Anchor | Flavor::AnchorAgain => "",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The generated models and their use sites
// ---------------------------------------------------------------------------------------------

/// How a flavor spells the derives and the two attributes the models need.
struct Dialect {
    struct_derive: &'static str,
    enum_derive: &'static str,
    /// On an `Option` field whose key may be absent, and is not written when `None`.
    optional_key: &'static str,
    /// On the `Other(String)` variant that keeps values added later.
    catch_all: &'static str,
    /// The use sites read and write JSON, parse and print enums and use the builder.
    uses_macros: bool,
}

impl Dialect {
    fn of(flavor: Flavor) -> Dialect {
        match flavor {
            Flavor::Ours => Dialect {
                struct_derive: "#[derive(hcloud_model::ApiModel, Debug, Clone, PartialEq)]",
                enum_derive: "#[derive(hcloud_model::ApiModel, Debug, Clone, PartialEq, Eq, Hash)]",
                optional_key: "#[api(optional)]",
                catch_all: "#[api(other)]",
                uses_macros: true,
            },
            Flavor::Floor => Dialect {
                struct_derive: "#[derive(Debug, Clone, PartialEq)]",
                enum_derive: "#[derive(Debug, Clone, PartialEq, Eq, Hash)]",
                optional_key: "",
                catch_all: "",
                uses_macros: false,
            },
            Flavor::Anchor | Flavor::AnchorAgain => Dialect {
                struct_derive: "#[derive(serde::Serialize, serde::Deserialize, bon::Builder, Debug, Clone, PartialEq)]",
                enum_derive: "#[derive(serde::Serialize, serde::Deserialize, strum::EnumString, strum::Display, strum::AsRefStr, strum::VariantNames, Debug, Clone, PartialEq, Eq, Hash)]\n#[serde(rename_all = \"snake_case\")]\n#[strum(serialize_all = \"snake_case\")]",
                optional_key: "#[serde(default, skip_serializing_if = \"Option::is_none\")]",
                catch_all: "#[serde(untagged)]\n    #[strum(default)]",
                uses_macros: true,
            },
        }
    }
}

/// A documented enum whose last variant is the catch-all `Other(String)`.
struct EnumModel {
    name: String,
    doc: String,
    variants: &'static [&'static str],
}

struct StructModel {
    name: String,
    doc: String,
    fields: Vec<Field>,
}

#[derive(Clone)]
struct Field {
    name: String,
    ty: String,
    doc: String,
    /// An `Option` whose key may be absent (see [`Dialect::optional_key`]).
    optional_key: bool,
    /// What a client sets; `None` for an `Option` it leaves unset (`None` in a struct literal).
    value: Option<Value>,
}

impl Field {
    fn new(name: impl Into<String>, ty: impl Into<String>, doc: impl Into<String>) -> Field {
        Field {
            name: name.into(),
            ty: ty.into(),
            doc: doc.into(),
            optional_key: false,
            value: None,
        }
    }

    fn set_to(mut self, value: Value) -> Field {
        self.value = Some(value);
        self
    }

    fn with_optional_key(mut self) -> Field {
        self.optional_key = true;
        self
    }
}

#[derive(Clone)]
enum Value {
    /// An expression, the same through a builder and in a struct literal.
    Plain(String),
    /// A nested model, built the same way as the model holding it.
    Nested { ty: String, fields: Vec<Field> },
}

impl Value {
    fn plain(expression: impl Into<String>) -> Value {
        Value::Plain(expression.into())
    }

    fn nested(model: &StructModel) -> Value {
        Value::Nested {
            ty: model.name.clone(),
            fields: model.fields.clone(),
        }
    }

    /// `Ty::builder().a(…).build()` with a setter per set field, or `Ty { a: …, b: None }`;
    /// `indent` is that of the line the value starts on.
    fn render(&self, through_builder: bool, indent: &str) -> String {
        match self {
            Value::Plain(expression) => expression.clone(),
            Value::Nested { ty, fields } if through_builder => builder_chain(ty, fields, indent),
            Value::Nested { ty, fields } => struct_literal(ty, fields, indent),
        }
    }
}

fn builder_chain(ty: &str, fields: &[Field], indent: &str) -> String {
    let inner = format!("{indent}    ");
    let mut chain = format!("{ty}::builder()");
    for field in fields {
        if let Some(value) = &field.value {
            let value = value.render(true, &inner);
            let _ = write!(chain, "\n{inner}.{}({value})", field.name);
        }
    }
    let _ = write!(chain, "\n{inner}.build()");
    chain
}

fn struct_literal(ty: &str, fields: &[Field], indent: &str) -> String {
    let inner = format!("{indent}    ");
    let mut literal = format!("{ty} {{");
    for field in fields {
        let value = field
            .value
            .as_ref()
            .map_or_else(|| "None".to_owned(), |value| value.render(false, &inner));
        let _ = write!(literal, "\n{inner}{}: {value},", field.name);
    }
    let _ = write!(literal, "\n{indent}}}");
    literal
}

/// One model with everything it embeds, and how a client uses it.
struct ModelGroup {
    index: usize,
    enums: Vec<EnumModel>,
    /// The nested structs first, the model itself last.
    structs: Vec<StructModel>,
    /// The enum the use site parses from a string and prints, and the string.
    parsed_enum: (String, &'static str),
}

impl ModelGroup {
    fn model(&self) -> &StructModel {
        self.structs.last().expect("a group holds its model")
    }
}

const SERVER_IMAGE_ENUMS: &[(&str, &[&str])] = &[
    ("Architecture", &["X86", "Arm"]),
    (
        "OsFlavor",
        &[
            "Ubuntu", "Centos", "Debian", "Fedora", "Rocky", "Alma", "Opensuse", "Unknown",
        ],
    ),
    ("ImageStatus", &["Available", "Creating", "Unavailable"]),
    (
        "ImageType",
        &["System", "App", "Snapshot", "Backup", "Temporary"],
    ),
];

/// Image model `n`, of the shape of the API's `ServerImage`.
fn server_image_group(n: usize) -> ModelGroup {
    let enums = SERVER_IMAGE_ENUMS
        .iter()
        .map(|(name, variants)| EnumModel {
            name: format!("{name}{n}"),
            doc: format!("The {name} of image model {n}."),
            variants,
        })
        .collect();
    let created_from = StructModel {
        name: format!("CreatedFrom{n}"),
        doc: format!("Where image model {n} came from."),
        fields: vec![
            Field::new("id", "i64", "ID of the server.").set_to(Value::plain("7")),
            Field::new("name", "String", "Name of the server.")
                .set_to(Value::plain("\"server\".to_owned()")),
        ],
    };
    let protection = StructModel {
        name: format!("Protection{n}"),
        doc: format!("Protection of image model {n}."),
        fields: vec![
            Field::new("delete", "bool", "Prevent deletion.").set_to(Value::plain("false")),
        ],
    };
    let image = StructModel {
        name: format!("Image{n}"),
        doc: format!("Image model {n}, of the `ServerImage` shape."),
        fields: vec![
            Field::new(
                "architecture",
                format!("Architecture{n}"),
                "CPU architecture.",
            )
            .set_to(Value::plain(format!("Architecture{n}::X86"))),
            Field::new("bound_to", "Option<i64>", "Server the image is bound to."),
            Field::new("created", "String", "Creation time.")
                .set_to(Value::plain("\"2016-01-30T23:50:00+00:00\".to_owned()")),
            Field::new("created_from", format!("Option<CreatedFrom{n}>"), "Origin."),
            Field::new("deleted", "Option<String>", "Deletion time."),
            Field::new("deprecated", "Option<String>", "Deprecation time."),
            Field::new("description", "String", "Description.")
                .set_to(Value::plain("\"Ubuntu 24.04\".to_owned()")),
            Field::new("disk_size", "f64", "Disk size in GB.").set_to(Value::plain("10.0")),
            Field::new("id", "i64", "ID.").set_to(Value::plain(n.to_string())),
            Field::new("image_size", "Option<f64>", "Image size in GB."),
            Field::new("labels", "BTreeMap<String, String>", "Labels.")
                .set_to(Value::plain("BTreeMap::new()")),
            Field::new("name", "Option<String>", "Name."),
            Field::new("os_flavor", format!("OsFlavor{n}"), "OS flavor.")
                .set_to(Value::plain(format!("OsFlavor{n}::Ubuntu"))),
            Field::new("os_version", "Option<String>", "OS version."),
            Field::new("protection", format!("Protection{n}"), "Protection.")
                .set_to(Value::nested(&protection)),
            Field::new("rapid_deploy", "Option<bool>", "Rapid deploy.").with_optional_key(),
            Field::new("status", format!("ImageStatus{n}"), "Status.")
                .set_to(Value::plain(format!("ImageStatus{n}::Available"))),
            Field::new("r#type", format!("ImageType{n}"), "Type.")
                .set_to(Value::plain(format!("ImageType{n}::System"))),
        ],
    };
    ModelGroup {
        index: n,
        enums,
        structs: vec![created_from, protection, image],
        parsed_enum: (format!("Architecture{n}"), "x86"),
    }
}

/// Wide model `n`: `fields` fields cycling through required scalars and strings, nullable and
/// absent-when-`None` `Option`s, with an enum and a nested struct every 15 fields and the labels
/// first.
fn wide_group(n: usize, fields: usize) -> ModelGroup {
    let kind = EnumModel {
        name: format!("Kind{n}"),
        doc: format!("The kind of wide model {n}."),
        variants: &["Alpha", "Beta", "Gamma"],
    };
    let part = StructModel {
        name: format!("Part{n}"),
        doc: format!("A part of wide model {n}."),
        fields: vec![
            Field::new("id", "i64", "ID of the part.").set_to(Value::plain("3")),
            Field::new("name", "String", "Name of the part.")
                .set_to(Value::plain("\"part\".to_owned()")),
        ],
    };
    let wide = StructModel {
        name: format!("Wide{n}"),
        doc: format!("Wide model {n}, of {fields} fields."),
        fields: (0..fields).map(|i| wide_field(n, i, &part)).collect(),
    };
    ModelGroup {
        index: n,
        enums: vec![kind],
        structs: vec![part, wide],
        parsed_enum: (format!("Kind{n}"), "alpha"),
    }
}

fn wide_field(n: usize, i: usize, part: &StructModel) -> Field {
    let name = format!("field_{i}");
    let doc = format!("Field {i}.");
    match i {
        0 => Field::new(name, "BTreeMap<String, String>", doc)
            .set_to(Value::plain("BTreeMap::new()")),
        _ if i % 15 == 5 => {
            Field::new(name, format!("Kind{n}"), doc).set_to(Value::plain(format!("Kind{n}::Beta")))
        }
        _ if i % 15 == 10 => Field::new(name, format!("Part{n}"), doc).set_to(Value::nested(part)),
        _ => match i % 7 {
            0 => Field::new(name, "i64", doc).set_to(Value::plain(i.to_string())),
            1 => Field::new(name, "String", doc)
                .set_to(Value::plain(format!("\"text {i}\".to_owned()"))),
            2 => Field::new(name, "bool", doc).set_to(Value::plain("true")),
            3 => Field::new(name, "f64", doc).set_to(Value::plain(format!("{i}.5"))),
            4 => Field::new(name, "Option<String>", doc),
            5 => Field::new(name, "Option<i64>", doc),
            _ => Field::new(name, "Option<u32>", doc).with_optional_key(),
        },
    }
}

fn model_groups(scale: Scale) -> Vec<ModelGroup> {
    match scale {
        Scale::ServerImage { models } => (0..models).map(server_image_group).collect(),
        Scale::Wide { models, fields } => (0..models).map(|n| wide_group(n, fields)).collect(),
    }
}

fn crate_source(flavor: Flavor, groups: &[ModelGroup]) -> String {
    let dialect = Dialect::of(flavor);
    let mut out = String::from(
        "//! Generated by the compile-time benchmark.\n#![allow(dead_code)]\n\nuse std::collections::BTreeMap;\n",
    );
    for group in groups {
        for model in &group.enums {
            write_enum(&mut out, &dialect, model);
        }
        for model in &group.structs {
            write_struct(&mut out, &dialect, model);
        }
        if dialect.uses_macros {
            write_client_use_site(&mut out, group);
        } else {
            write_floor_use_site(&mut out, group);
        }
    }
    out
}

/// The attribute on a line of its own, indented as a field; nothing for the floor's empty ones.
fn attribute_line(attribute: &str) -> String {
    if attribute.is_empty() {
        String::new()
    } else {
        format!("    {attribute}\n")
    }
}

fn write_enum(out: &mut String, dialect: &Dialect, model: &EnumModel) {
    let _ = write!(
        out,
        "\n/// {}\n{}\npub enum {} {{\n",
        model.doc, dialect.enum_derive, model.name
    );
    for variant in model.variants {
        let _ = write!(out, "    /// The value `{variant}`.\n    {variant},\n");
    }
    let _ = write!(
        out,
        "    /// A value added later.\n{}    Other(String),\n}}\n",
        attribute_line(dialect.catch_all)
    );
}

fn write_struct(out: &mut String, dialect: &Dialect, model: &StructModel) {
    let _ = write!(
        out,
        "\n/// {}\n{}\npub struct {} {{\n",
        model.doc, dialect.struct_derive, model.name
    );
    for field in &model.fields {
        let attribute = if field.optional_key {
            attribute_line(dialect.optional_key)
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "    /// {}\n{attribute}    pub {}: {},\n",
            field.doc, field.name, field.ty
        );
    }
    out.push_str("}\n");
}

/// Ours and the anchor: JSON both ways, an enum both ways, the builder, and the floor's part.
fn write_client_use_site(out: &mut String, group: &ModelGroup) {
    let model = group.model();
    let (enum_name, enum_text) = &group.parsed_enum;
    let _ = write!(
        out,
        r#"
/// Uses model {n} as a client does.
pub fn use_model_{n}(json: &str) -> Result<String, Box<dyn std::error::Error>> {{
    let read: {model_name} = serde_json::from_str(json)?;
    let written = serde_json::to_string(&read)?;
    let parsed: {enum_name} = "{enum_text}".parse()?;
    let printed = parsed.to_string();
    let built = {builder};
    let copy = built.clone();
    Ok(format!("{{written}} {{printed}} {{}} {{copy:?}}", copy == read))
}}
"#,
        n = group.index,
        model_name = model.name,
        builder = builder_chain(&model.name, &model.fields, "    "),
    );
}

/// The floor: what needs no macro, on the same values as a struct literal.
fn write_floor_use_site(out: &mut String, group: &ModelGroup) {
    let model = group.model();
    let _ = write!(
        out,
        r#"
/// Uses model {n} as far as std's derives allow.
pub fn use_model_{n}() -> String {{
    let built = {literal};
    let copy = built.clone();
    format!("{{}} {{copy:?}}", copy == built)
}}
"#,
        n = group.index,
        literal = struct_literal(&model.name, &model.fields, "    "),
    );
}

// ---------------------------------------------------------------------------------------------
// Writing the crates and running cargo
// ---------------------------------------------------------------------------------------------

fn write_crate(dir: &Path, flavor: Flavor, source: &str, model_crate: &Path) {
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"bench-models-{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[workspace]\n\n[dependencies]\n{}{}",
        flavor.dir(),
        flavor.dependencies(model_crate),
        flavor.profile_overrides()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("src/lib.rs"), source).unwrap();
}

/// The anchor again is the anchor's crate, manifest and lock file included, in a folder of its
/// own: A/A then differs only by when it ran.
fn copy_crate(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.join("src")).unwrap();
    for file in ["Cargo.toml", "Cargo.lock", "src/lib.rs"] {
        std::fs::copy(from.join(file), to.join(file)).unwrap();
    }
}

/// Writes the scale's crates and fetches their dependencies, so no timing includes the network.
fn prepare_scale(
    root: &Path,
    scale: Scale,
    with_anchor_again: bool,
    model_crate: &Path,
) -> Vec<(Flavor, PathBuf)> {
    let groups = model_groups(scale);
    let scale_dir = root.join(scale.dir_name());
    let mut crates = Vec::new();
    for flavor in [Flavor::Ours, Flavor::Floor, Flavor::Anchor] {
        let dir = scale_dir.join(flavor.dir());
        write_crate(&dir, flavor, &crate_source(flavor, &groups), model_crate);
        cargo(&dir, &["fetch"], false);
        crates.push((flavor, dir));
    }
    if with_anchor_again {
        let dir = scale_dir.join(Flavor::AnchorAgain.dir());
        copy_crate(&scale_dir.join(Flavor::Anchor.dir()), &dir);
        crates.push((Flavor::AnchorAgain, dir));
    }
    crates
}

fn cargo(dir: &Path, args: &[&str], incremental_off: bool) -> f64 {
    let mut command = Command::new(env!("CARGO"));
    command
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"));
    if incremental_off {
        command.env("CARGO_INCREMENTAL", "0");
    }
    let start = Instant::now();
    let output = command.output().expect("cargo runs");
    let elapsed = start.elapsed().as_secs_f64();
    assert!(
        output.status.success(),
        "cargo {args:?} failed in {}:\n{}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    elapsed
}

fn touch(dir: &Path) {
    let lib = dir.join("src/lib.rs");
    let text = std::fs::read_to_string(&lib).unwrap();
    std::fs::write(&lib, text).unwrap();
}

fn llvm_lines(dir: &Path) -> Option<u64> {
    let output = Command::new(env!("CARGO"))
        .args(["llvm-lines", "--lib"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target-llvm-lines"))
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    // The first data line is the total: `  123456 (100%)  4567 (100%)  (TOTAL)`.
    text.lines()
        .find(|line| line.contains("(TOTAL)"))
        .and_then(|line| line.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Unit {
    Seconds,
    IrLines,
}

/// One measured quantity at one scale: a value per flavor (a median, for times).
struct Figure {
    scale: Scale,
    name: &'static str,
    unit: Unit,
    values: Vec<(Flavor, f64)>,
}

impl Figure {
    fn value(&self, flavor: Flavor) -> Option<f64> {
        self.values
            .iter()
            .find(|(measured, _)| *measured == flavor)
            .map(|&(_, value)| value)
    }

    fn ours_per_anchor(&self) -> Option<f64> {
        Some(self.value(Flavor::Ours)? / self.value(Flavor::Anchor)?)
    }

    /// (ours − floor) / (anchor − floor): the share of the anchor's macro cost that ours pays.
    /// Undefined when the anchor costs no more than the floor.
    fn derive_cost(&self) -> Option<f64> {
        let floor = self.value(Flavor::Floor)?;
        let ours_cost = self.value(Flavor::Ours)? - floor;
        let anchor_cost = self.value(Flavor::Anchor)? - floor;
        (anchor_cost > 0.0).then(|| ours_cost / anchor_cost)
    }

    fn anchor_again_per_anchor(&self) -> Option<f64> {
        Some(self.value(Flavor::AnchorAgain)? / self.value(Flavor::Anchor)?)
    }

    fn format_value(&self, flavor: Flavor) -> String {
        match (self.value(flavor), self.unit) {
            (None, _) => "–".to_owned(),
            (Some(seconds), Unit::Seconds) => format!("{seconds:.2} s"),
            (Some(lines), Unit::IrLines) => format!("{lines:.0} lines"),
        }
    }

    fn print_ratios(&self) {
        println!(
            "  => ours / anchor {}, derive cost {}, A/A {}",
            format_ratio(self.ours_per_anchor()),
            format_ratio(self.derive_cost()),
            format_ratio(self.anchor_again_per_anchor())
        );
    }
}

fn format_ratio(ratio: Option<f64>) -> String {
    ratio.map_or_else(|| "–".to_owned(), |ratio| format!("{ratio:.2}"))
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn min(samples: &[f64]) -> f64 {
    samples.iter().copied().fold(f64::INFINITY, f64::min)
}

/// Runs `run` in each crate `reps` times, rotating which flavor goes first so that none always
/// follows the same one, and prints each flavor's min and median.
fn time_figure(
    scale: Scale,
    name: &'static str,
    crates: &[(Flavor, PathBuf)],
    reps: usize,
    mut run: impl FnMut(&Path) -> f64,
) -> Figure {
    let mut samples = vec![Vec::new(); crates.len()];
    for rep in 0..reps {
        for k in 0..crates.len() {
            let index = (k + rep) % crates.len();
            samples[index].push(run(&crates[index].1));
        }
    }
    println!("\n{name} ({reps} per flavor, interleaved)");
    for ((flavor, _), times) in crates.iter().zip(&samples) {
        println!(
            "  {:<22} min {:>7.2} s   median {:>7.2} s",
            flavor.name(),
            min(times),
            median(times.clone())
        );
    }
    let figure = Figure {
        scale,
        name,
        unit: Unit::Seconds,
        values: crates
            .iter()
            .zip(samples)
            .map(|((flavor, _), times)| (*flavor, median(times)))
            .collect(),
    };
    figure.print_ratios();
    figure
}

fn time_scale(scale: Scale, crates: &[(Flavor, PathBuf)]) -> Vec<Figure> {
    let reps = Repetitions::for_scale(scale);
    let cold = time_figure(
        scale,
        "cold build with dependencies (`cargo build`)",
        crates,
        reps.cold,
        |dir| {
            let _ = std::fs::remove_dir_all(dir.join("target"));
            cargo(dir, &["build", "-q"], false)
        },
    );
    let rebuild = time_figure(
        scale,
        "rebuild of the crate (`touch`, `CARGO_INCREMENTAL=0 cargo build`)",
        crates,
        reps.after_touch,
        |dir| {
            touch(dir);
            cargo(dir, &["build", "-q"], true)
        },
    );
    // The first `cargo check` after builds checks every dependency, once: not part of the figure.
    for (_, dir) in crates {
        cargo(dir, &["check", "-q"], false);
    }
    let check = time_figure(
        scale,
        "`cargo check` after touching the crate",
        crates,
        reps.after_touch,
        |dir| {
            touch(dir);
            cargo(dir, &["check", "-q"], false)
        },
    );
    vec![cold, rebuild, check]
}

/// The LLVM IR lines of ours, the floor and the anchor, or `None` without `cargo llvm-lines`.
fn count_llvm_lines(scale: Scale, crates: &[(Flavor, PathBuf)]) -> Option<Figure> {
    println!("\ngenerated code (`cargo llvm-lines --lib`, debug)");
    let mut values = Vec::new();
    for (flavor, dir) in crates {
        if *flavor == Flavor::AnchorAgain {
            continue; // the same code as the anchor's
        }
        let Some(lines) = llvm_lines(dir) else {
            println!("  cargo llvm-lines is not installed (cargo install cargo-llvm-lines)");
            return None;
        };
        println!(
            "  {:<22} {lines:>9} lines of LLVM IR, {:>6} per model",
            flavor.name(),
            lines / scale.models() as u64
        );
        values.push((*flavor, lines as f64));
    }
    let figure = Figure {
        scale,
        name: "generated LLVM IR (`cargo llvm-lines --lib`)",
        unit: Unit::IrLines,
        values,
    };
    figure.print_ratios();
    Some(figure)
}

fn print_summary(figures: &[Figure]) {
    println!(
        "\nsummary (medians; ours / anchor < 1 means ours is faster; derive cost = (ours − floor) / (anchor − floor))\n"
    );
    println!(
        "| scale | figure | ours | floor | serde+strum+bon | ours / anchor | derive cost | A/A |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for figure in figures {
        println!(
            "| {} | {} | {} | {} | {} | **{}** | {} | {} |",
            figure.scale.describe(),
            figure.name,
            figure.format_value(Flavor::Ours),
            figure.format_value(Flavor::Floor),
            figure.format_value(Flavor::Anchor),
            format_ratio(figure.ours_per_anchor()),
            format_ratio(figure.derive_cost()),
            format_ratio(figure.anchor_again_per_anchor()),
        );
    }
}

fn rustc_version() -> String {
    let output = Command::new("rustc").arg("--version").output().unwrap();
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn main() {
    let started = Instant::now();
    let scales = Scale::parse_list(
        &std::env::var("COMPILE_BENCH_SCALES").unwrap_or_else(|_| DEFAULT_SCALES.to_owned()),
    );
    let anchor_again_scales = Scale::parse_list(
        &std::env::var("COMPILE_BENCH_AA").unwrap_or_else(|_| DEFAULT_AA_SCALES.to_owned()),
    );
    let bench_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let model_crate = bench_dir.join("../model").canonicalize().unwrap();
    let root = bench_dir.join("target/compile-bench");
    println!("{}", rustc_version());

    let prepared: Vec<(Scale, Vec<(Flavor, PathBuf)>)> = scales
        .iter()
        .map(|&scale| {
            let with_anchor_again = anchor_again_scales.contains(&scale);
            (
                scale,
                prepare_scale(&root, scale, with_anchor_again, &model_crate),
            )
        })
        .collect();

    let mut figures = Vec::new();
    for (scale, crates) in &prepared {
        println!(
            "\n## {} (flavors: {})",
            scale.describe(),
            crates
                .iter()
                .map(|(flavor, _)| flavor.name())
                .collect::<Vec<_>>()
                .join(", ")
        );
        figures.extend(time_scale(*scale, crates));
        if scale.counts_llvm_lines() {
            figures.extend(count_llvm_lines(*scale, crates));
        }
    }

    print_summary(&figures);
    println!(
        "\nwhole run: {:.1} min",
        started.elapsed().as_secs_f64() / 60.0
    );
}
