//! The models under bad JSON: random models round-trip, mutated bodies never panic nor allocate
//! without bound, and an error about a replaced value names exactly the field it was put in.
//!
//! Seeded and reproducible. `HCLOUD_PROPERTY_CASES` (default 2,000) and `HCLOUD_MUTATION_CASES`
//! (default 4,000) set the counts; the long run is
//! `HCLOUD_PROPERTY_CASES=100000 HCLOUD_MUTATION_CASES=100000 cargo test --release -p hcloud-model-tests --test robustness -- --nocapture`.
// The counting allocator below is the one use of `unsafe` in the project: `GlobalAlloc` is an
// unsafe trait. Everything else forbids it.
#![allow(unsafe_code)]

use hcloud_model::{
    Architecture, CreateImageResponse, CreateServerResponse, CreatedFrom, ImageResponse,
    ImageStatus, ImageType, ImagesPage, OsFlavor, Protection, Server, ServerImage, ServerResponse,
    ServersPage, Shape,
};
use hcloud_model_tests::bodies::{BodyModel, example_index, model_of};
use hcloud_model_tests::{json_files, reference_dir_or_skip};
use serde_json::Value;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// Tracks the largest single allocation, so a parse that asks for memory out of proportion
/// to its input is caught.
struct Counting;

thread_local! {
    // Per thread: the tests run side by side, and only this thread's parse is being measured.
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

fn note_allocation(size: usize) {
    // `try_with`: allocations during thread teardown are not measured.
    let _ = LARGEST.try_with(|largest| largest.set(largest.get().max(size)));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counter is a side effect.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_allocation(layout.size());
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout`, as the caller guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_allocation(new_size);
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
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

    fn text(&mut self) -> String {
        let alphabet = [
            "a", "Z", "0", " ", "-", "\"", "\\", "\n", "ü", "日", "🦀", "\u{0}", "/",
        ];
        (0..self.below(24))
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }

    fn float(&mut self) -> f64 {
        loop {
            let candidate = match self.below(4) {
                0 => f64::from_bits(self.next()),
                1 => self.below(1_000_000) as f64 / 100.0,
                2 => -(self.next() as f64),
                _ => [0.0, -0.0, f64::MIN_POSITIVE, f64::MAX, 1e-300][self.below(5)],
            };
            if candidate.is_finite() {
                return candidate;
            }
        }
    }

    fn maybe<T>(&mut self, value: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.chance(50) {
            Some(value(self))
        } else {
            None
        }
    }
}

fn cases(variable: &str, default: u64) -> u64 {
    std::env::var(variable)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// An enum value: a known one, or text that is none of the known values (the catch-all).
fn wire<T: std::str::FromStr>(rng: &mut Rng, known: &[&str]) -> T
where
    T::Err: std::fmt::Debug,
{
    if rng.chance(70) {
        known[rng.below(known.len())].parse().unwrap()
    } else {
        let mut text = rng.text();
        while known.contains(&text.as_str()) {
            text.push('x');
        }
        text.parse().unwrap()
    }
}

fn random_image(rng: &mut Rng) -> ServerImage {
    let label_count = match rng.below(4) {
        0 => 0,
        1 => 1 + rng.below(3),
        2 => rng.below(20),
        _ => 200 + rng.below(300),
    };
    ServerImage {
        architecture: wire(rng, Architecture::VARIANTS),
        bound_to: rng.maybe(|r| r.next() as i64),
        created: rng.text(),
        created_from: rng.maybe(|r| CreatedFrom {
            id: r.next() as i64,
            name: r.text(),
        }),
        deleted: rng.maybe(Rng::text),
        deprecated: rng.maybe(Rng::text),
        description: rng.text(),
        disk_size: rng.float(),
        id: rng.next() as i64,
        image_size: rng.maybe(Rng::float),
        labels: (0..label_count)
            .map(|i| (format!("{}{i}", rng.text()), rng.text()))
            .collect::<BTreeMap<_, _>>(),
        name: rng.maybe(Rng::text),
        os_flavor: wire(rng, OsFlavor::VARIANTS),
        os_version: rng.maybe(Rng::text),
        protection: Protection {
            delete: rng.chance(50),
        },
        rapid_deploy: rng.maybe(|r| r.chance(50)),
        status: wire(rng, ImageStatus::VARIANTS),
        r#type: wire(rng, ImageType::VARIANTS),
    }
}

#[test]
fn any_server_image_round_trips() {
    let count = cases("HCLOUD_PROPERTY_CASES", 2_000);
    let mut others = 0;
    for seed in 0..count {
        let mut rng = Rng(seed);
        let image = random_image(&mut rng);
        others += usize::from(matches!(image.os_flavor, OsFlavor::Other(_)));
        let text = serde_json::to_string(&image).unwrap();
        let back: ServerImage =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("seed {seed}: {e}\n{text}"));
        if back != image {
            let written = serde_json::to_value(&image).unwrap();
            let reread = serde_json::to_value(&back).unwrap();
            let differing: Vec<String> = written
                .as_object()
                .unwrap()
                .iter()
                .filter(|(key, value)| reread[key.as_str()] != **value)
                .map(|(key, value)| {
                    format!("{key}: wrote {value}, read back {}", reread[key.as_str()])
                })
                .collect();
            panic!("seed {seed}: {}", differing.join("; "));
        }
        let from_reader: ServerImage = serde_json::from_reader(text.as_bytes()).unwrap();
        assert_eq!(from_reader, image, "seed {seed}");
    }
    assert!(others > 0, "the generator must produce catch-all values");
    println!("{count} random ServerImages round-tripped ({others} with an unknown os_flavor)");
}

/// Our own example data, by the model each file holds.
const OWN_DATA: &[(&str, BodyModel)] = &[
    ("get_images.json", BodyModel::of::<ImagesPage>()),
    ("get_server.json", BodyModel::of::<ServerResponse>()),
];

/// The client libraries' fixtures, by the model each holds (`FIXTURES.md` says what each is).
const FIXTURES: &[(&str, BodyModel)] = &[
    (
        "go__TestImageSchema__image.json",
        BodyModel::of::<ServerImage>(),
    ),
    (
        "go__TestServerSchema__server.json",
        BodyModel::of::<Server>(),
    ),
    (
        "go__TestServerClientGetByID__get_servers_id_200.json",
        BodyModel::of::<ServerResponse>(),
    ),
    (
        "py__images__image_response.json",
        BodyModel::of::<ImageResponse>(),
    ),
    (
        "py__images__two_images_response.json",
        BodyModel::of::<ImagesPage>(),
    ),
    (
        "py__images__response_update_image.json",
        BodyModel::of::<ImageResponse>(),
    ),
    (
        "py__servers__response_simple_server.json",
        BodyModel::of::<ServerResponse>(),
    ),
    (
        "py__servers__response_create_simple_server.json",
        BodyModel::of::<CreateServerResponse>(),
    ),
    (
        "py__servers__response_update_server.json",
        BodyModel::of::<ServerResponse>(),
    ),
    (
        "py__servers__response_simple_servers.json",
        BodyModel::of::<ServersPage>(),
    ),
    (
        "py__servers__response_full_server.json",
        BodyModel::of::<ServerResponse>(),
    ),
    (
        "py__servers__response_server_create_image.json",
        BodyModel::of::<CreateImageResponse>(),
    ),
];

/// A body to mutate and the model it belongs to.
struct Body {
    file: String,
    bytes: Vec<u8>,
    model: &'static BodyModel,
    /// Whether the body as it is reads into its model.
    reads: bool,
}

/// Our own data and, when present, the official examples and the client libraries' fixtures,
/// each with its model. A file without a model fails the test: it must be mapped, not skipped.
fn bodies() -> Vec<Body> {
    let listed = |table: &'static [(&str, BodyModel)], table_name: &str, file: &Path| {
        let name = file.file_name().unwrap().to_string_lossy();
        table
            .iter()
            .find(|(listed, _)| *listed == name)
            .map(|(_, model)| model)
            .unwrap_or_else(|| panic!("{name}: add it to {table_name} with its model"))
    };
    let mut mapped: Vec<(PathBuf, &'static BodyModel)> = Vec::new();
    for file in json_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../model/examples/data")) {
        let model = listed(OWN_DATA, "OWN_DATA", &file);
        mapped.push((file, model));
    }
    if let Some(reference) = reference_dir_or_skip(
        "mutated_bodies_never_panic_nor_allocate_without_bound_and_errors_name_the_field",
    ) {
        let examples = reference.join("examples");
        let index = example_index(&reference);
        for file in json_files(&examples) {
            let key = file.strip_prefix(&examples).unwrap().to_string_lossy();
            let model = index
                .get(key.as_ref())
                .and_then(model_of)
                .unwrap_or_else(|| panic!("{key}: no model for it in INDEX.md's operations"));
            mapped.push((file, model));
        }
        for file in json_files(&reference.join("fixtures")) {
            let model = listed(FIXTURES, "FIXTURES", &file);
            mapped.push((file, model));
        }
    }
    mapped
        .into_iter()
        .map(|(file, model)| {
            let bytes = std::fs::read(&file).unwrap();
            Body {
                file: file.file_name().unwrap().to_string_lossy().into_owned(),
                reads: (model.read)(&bytes).is_ok(),
                bytes,
                model,
            }
        })
        .collect()
}

/// One step from a JSON value to a value inside it.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// The JSON pointer of a position (`/servers/0/labels/example.com~1my`).
fn pointer(steps: &[Step]) -> String {
    steps
        .iter()
        .map(|step| match step {
            Step::Key(key) => format!("/{}", key.replace('~', "~0").replace('/', "~1")),
            Step::Index(index) => format!("/{index}"),
        })
        .collect()
}

/// Every position below `value`, parents before their children.
fn positions(value: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    let children: Vec<(Step, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Step::Index(i), v))
            .collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        at.push(step);
        out.push(at.clone());
        positions(child, at, out);
        at.pop();
    }
}

/// What the model makes of the value at a position.
enum Reading {
    /// The model reads it as `shape`; an error about it names `path`.
    Read { path: String, shape: Shape },
    /// The model does not read it (a key it ignores, or a field of any JSON).
    Ignored,
}

/// Follows `steps` through the model's shape: a field is named by its wire key, an element by
/// its index (`servers[0].image.architecture`), and a value inside a map by the map's field
/// (`labels`), as the map's entries have no field of their own.
fn reading(model: Shape, steps: &[Step]) -> Reading {
    let mut shape = model;
    let mut path = String::new();
    for step in steps {
        while let Shape::Nullable(inner) = shape {
            shape = inner();
        }
        shape = match (shape, step) {
            (Shape::Object { fields, .. }, Step::Key(key)) => {
                let Some(field) = fields.iter().find(|f| f.wire_name() == key) else {
                    return Reading::Ignored;
                };
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                field.shape()
            }
            (Shape::Array(inner), Step::Index(index)) => {
                path.push_str(&format!("[{index}]"));
                inner()
            }
            // A map's entries are no fields: the map's own field is the one named.
            (Shape::Map(inner), Step::Key(_)) => inner(),
            _ => return Reading::Ignored,
        };
    }
    Reading::Read { path, shape }
}

/// Whether a value of `shape` accepts `value`: `None` when it depends on more than the JSON type
/// (the entries of a non-empty container, an integer's exact Rust type).
fn accepts(shape: Shape, value: &Value) -> Option<bool> {
    match shape {
        Shape::Nullable(_) if value.is_null() => Some(true),
        Shape::Nullable(inner) => accepts(inner(), value),
        Shape::Any => Some(true),
        Shape::Boolean => Some(value.is_boolean()),
        Shape::Number => Some(value.is_number()),
        Shape::String => Some(value.is_string()),
        Shape::Integer { format } => match value {
            Value::Number(n) if n.is_f64() => Some(false),
            // No int32-format type (i8 to u16, i32) holds a number beyond an i32's range; the
            // int64-format types (i64, u32, u64, usize) have no range in common to go by.
            Value::Number(n) if format == "int32" => {
                let in_i32 = n.as_i64().is_some_and(|n| i32::try_from(n).is_ok());
                (!in_i32).then_some(false)
            }
            Value::Number(_) => None,
            _ => Some(false),
        },
        Shape::Enum { values, open, .. } => match value {
            Value::String(text) => Some(open || values.iter().any(|v| v.wire_value() == text)),
            _ => Some(false),
        },
        Shape::Array(_) => match value {
            Value::Array(items) => items.is_empty().then_some(true),
            _ => Some(false),
        },
        Shape::Map(_) => match value {
            Value::Object(map) => map.is_empty().then_some(true),
            _ => Some(false),
        },
        Shape::Object { .. } => (!value.is_object()).then_some(false),
        _ => None,
    }
}

/// A value of another JSON type than `value`.
fn other_type(rng: &mut Rng, value: &Value) -> Value {
    let choices = [
        Value::from(42),
        Value::from("text"),
        Value::from(true),
        Value::Null,
        Value::Array(vec![]),
        Value::Object(Default::default()),
        Value::from(1.5),
    ];
    loop {
        let candidate = choices[rng.below(choices.len())].clone();
        let same = std::mem::discriminant(&candidate) == std::mem::discriminant(value)
            || (candidate.is_number() && value.is_number());
        if !same {
            return candidate;
        }
    }
}

/// Integers beyond what some integer types hold: each is an invalid value for a field of such a
/// type (`u64::MAX` for an `i64`, 2^32 for an `i32`, a negative for a `u64`).
const OUT_OF_RANGE: &[&str] = &["18446744073709551615", "4294967296", "-4294967296", "-1"];

/// What a mutated body must do besides never panicking nor allocating without bound.
enum Expect {
    /// Nothing more: the bytes were damaged anywhere.
    Anything,
    /// The value at a position was replaced: a wrong value is reported at the position it was
    /// put at (`must_fail` when the model cannot accept it), and an ignored one reads.
    Value {
        at: String,
        reading: Reading,
        must_fail: Option<bool>,
    },
    /// A key was renamed away: a missing-field error names exactly the field it left.
    Renamed { at: String, path: Option<String> },
    /// A deeply nested array replaced a value: a model that reads the position rejects it
    /// (no model holds arrays of arrays), and nothing overflows the stack.
    Nested {
        at: String,
        depth: usize,
        reading: Reading,
    },
}

/// One mutation of a body read by a model of `shape`, and what reading it must give.
fn mutate(rng: &mut Rng, body: &[u8], shape: Shape) -> (Vec<u8>, Expect) {
    let mut bytes = body.to_vec();
    match rng.below(10) {
        0 => {
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
        }
        1 => bytes.truncate(rng.below(bytes.len())),
        2 => {
            let at = rng.below(bytes.len());
            bytes.splice(
                at..at,
                [0xff, 0xfe, 0xc3].iter().copied().take(1 + rng.below(3)),
            );
        }
        3 => {
            let number = [
                "1e400",
                "-1e400",
                "99999999999999999999999999999",
                "-0",
                "1.7976931348623157e309",
                "123456789012345678901234567890.5",
            ][rng.below(6)];
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if let Some(at) = text.find(|c: char| c.is_ascii_digit()) {
                let end = at
                    + text[at..]
                        .find(|c: char| !c.is_ascii_digit() && c != '.')
                        .unwrap_or(0);
                bytes = format!("{}{number}{}", &text[..at], &text[end..]).into_bytes();
            }
        }
        4 => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if let Some(at) = text.find(": \"").or_else(|| text.find(":\"")) {
                let long = "x".repeat(1 << (10 + rng.below(11)));
                bytes = format!("{}: \"{long}{}", &text[..at], &text[at + 3..]).into_bytes();
            }
        }
        kind => {
            let mut value: Value = serde_json::from_slice(&bytes).expect("bodies are JSON");
            let mut all = Vec::new();
            positions(&value, &mut Vec::new(), &mut all);
            if all.is_empty() {
                return (bytes, Expect::Anything);
            }
            let steps = all.swap_remove(rng.below(all.len()));
            let at = pointer(&steps);
            match kind {
                5 => {
                    let Some(Step::Key(key)) = steps.last() else {
                        return (bytes, Expect::Anything);
                    };
                    let (parent, _) = at.rsplit_once('/').unwrap();
                    let Some(Value::Object(map)) = value.pointer_mut(parent) else {
                        unreachable!("a key's parent is an object");
                    };
                    let inner = map.remove(key).unwrap();
                    map.insert(format!("{key}_renamed"), inner);
                    let path = match reading(shape, &steps) {
                        Reading::Read { path, .. } => Some(path),
                        Reading::Ignored => None,
                    };
                    let expect = Expect::Renamed { at, path };
                    return (serde_json::to_vec(&value).unwrap(), expect);
                }
                6 => {
                    // Spliced into the text: a `Value` this deep would overflow while dropping.
                    let depth = 1 + rng.below(100_000);
                    const PLACEHOLDER: &str = "nested-arrays-go-here";
                    *value.pointer_mut(&at).unwrap() = Value::from(PLACEHOLDER);
                    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
                    let text = serde_json::to_string(&value).unwrap();
                    let text = text.replacen(&format!("\"{PLACEHOLDER}\""), &nested, 1);
                    let expect = Expect::Nested {
                        at,
                        depth,
                        reading: reading(shape, &steps),
                    };
                    return (text.into_bytes(), expect);
                }
                7 if value.pointer(&at).is_some_and(Value::is_number) => {
                    let number = OUT_OF_RANGE[rng.below(OUT_OF_RANGE.len())];
                    let replacement: Value = serde_json::from_str(number).unwrap();
                    *value.pointer_mut(&at).unwrap() = replacement.clone();
                    return expect_value(value, at, &steps, shape, &replacement);
                }
                _ => {
                    let target = value.pointer_mut(&at).unwrap();
                    let replacement = other_type(rng, target);
                    *target = replacement.clone();
                    return expect_value(value, at, &steps, shape, &replacement);
                }
            }
        }
    }
    (bytes, Expect::Anything)
}

/// The body with `replacement` put at `steps`, and what its model must make of it.
fn expect_value(
    value: Value,
    at: String,
    steps: &[Step],
    shape: Shape,
    replacement: &Value,
) -> (Vec<u8>, Expect) {
    let reading = reading(shape, steps);
    let must_fail = match &reading {
        Reading::Read { shape, .. } => accepts(*shape, replacement).map(|accepted| !accepted),
        Reading::Ignored => Some(false),
    };
    let expect = Expect::Value {
        at,
        reading,
        must_fail,
    };
    (serde_json::to_vec(&value).unwrap(), expect)
}

/// The error's message without serde_json's ` at line … column …`.
fn message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    message
        .strip_suffix(&position)
        .map_or(message.clone(), str::to_owned)
}

/// The path an error names (`` for `servers[0].image.id` ``), if it names one.
fn named_path(error: &serde_json::Error) -> Option<String> {
    let message = message(error);
    let (_, path) = message.rsplit_once(" for `")?;
    path.strip_suffix('`').map(str::to_owned)
}

/// Tallies of what the mutations exercised, so the test can say it checked something.
#[derive(Default, Debug)]
struct Tally {
    accepted: u64,
    rejected: u64,
    invalid_type: u64,
    invalid_value: u64,
    missing_field: u64,
    nested: u64,
}

/// Checks one outcome against what the mutation expects; the problem, if any.
fn check(
    expect: &Expect,
    outcome: &Result<(), serde_json::Error>,
    tally: &mut Tally,
) -> Option<String> {
    match expect {
        Expect::Anything => None,
        Expect::Value {
            at,
            reading,
            must_fail,
        } => check_value(at, reading, *must_fail, outcome, tally),
        Expect::Renamed { at, path } => {
            let Err(error) = outcome else { return None };
            let message = message(error);
            if !(error.is_data() && message.starts_with("missing field")) {
                return None;
            }
            tally.missing_field += 1;
            let expected = path.as_ref().map(|path| format!("missing field `{path}`"));
            (expected.as_ref() != Some(&message)).then(|| {
                let expected = expected.unwrap_or_else(|| "no missing field".to_owned());
                format!("the key at {at} was renamed: expected {expected}, got {error}")
            })
        }
        Expect::Nested { at, depth, reading } => {
            tally.nested += 1;
            let read =
                matches!(reading, Reading::Read { shape, .. } if !matches!(shape, Shape::Any));
            (read && *depth > 1 && outcome.is_ok())
                .then(|| format!("arrays nested {depth} deep at {at} were accepted"))
        }
    }
}

/// A replaced value: rejected when its model cannot take it, accepted when it can, and an
/// invalid type or value error names exactly the path where the value was put.
fn check_value(
    at: &str,
    reading: &Reading,
    must_fail: Option<bool>,
    outcome: &Result<(), serde_json::Error>,
    tally: &mut Tally,
) -> Option<String> {
    let error = match (outcome, must_fail) {
        (Ok(()), Some(true)) => return Some(format!("the wrong value at {at} was accepted")),
        (Ok(()), _) => return None,
        (Err(error), Some(false)) => {
            return Some(format!(
                "the acceptable value at {at} was rejected: {error}"
            ));
        }
        (Err(error), _) => error,
    };
    let Reading::Read { path, .. } = reading else {
        unreachable!("an ignored value is never expected to fail");
    };
    let message = message(error);
    if error.is_data() && message.starts_with("invalid value") {
        tally.invalid_value += 1;
    } else if error.is_data() && message.starts_with("invalid type") {
        tally.invalid_type += 1;
    } else if must_fail == Some(true) {
        return Some(format!(
            "the wrong value at {at} should give an invalid type or value error: {error}"
        ));
    } else {
        return None;
    }
    (named_path(error).as_deref() != Some(path.as_str()))
        .then(|| format!("the value at {at} was replaced: the error should name `{path}`: {error}"))
}

#[test]
fn mutated_bodies_never_panic_nor_allocate_without_bound_and_errors_name_the_field() {
    let count = cases("HCLOUD_MUTATION_CASES", 4_000);
    let bodies = bodies();
    assert!(!bodies.is_empty(), "no bodies to mutate");
    let mut tally = Tally::default();
    let mut failures = Vec::new();
    for seed in 0..count {
        let mut rng = Rng(seed);
        let body = &bodies[rng.below(bodies.len())];
        let (input, expect) = mutate(&mut rng, &body.bytes, (body.model.shape)());
        // The exact expectations hold for a body whose only fault is the mutation; a fixture
        // that differs from the spec (a key the models require is missing) is only read.
        let expect = if body.reads { expect } else { Expect::Anything };
        LARGEST.with(|largest| largest.set(0));
        let outcome = catch_unwind(AssertUnwindSafe(|| (body.model.read)(&input)));
        let largest = LARGEST.with(Cell::get);
        let case = format!("seed {seed} ({} as {})", body.file, body.model.name);
        // Reading never needs more than a small multiple of the input in one allocation.
        let bound = (input.len() * 8).max(1 << 20);
        if largest > bound {
            failures.push(format!(
                "{case}: one allocation of {largest} bytes for {} bytes of input",
                input.len()
            ));
        }
        let Ok(outcome) = outcome else {
            failures.push(format!("{case}: panicked"));
            continue;
        };
        match &outcome {
            Ok(()) => tally.accepted += 1,
            Err(_) => tally.rejected += 1,
        }
        if let Some(problem) = check(&expect, &outcome, &mut tally) {
            failures.push(format!("{case}: {problem}"));
        }
    }
    let exact = bodies.iter().filter(|body| body.reads).count();
    println!(
        "{count} mutated bodies of {} files ({exact} read as they are: their errors are checked exactly): {tally:?}",
        bodies.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Each kind of check ran, so the test cannot pass by checking nothing.
    for (what, times) in [
        ("invalid type errors", tally.invalid_type),
        ("invalid value errors", tally.invalid_value),
        ("missing field errors", tally.missing_field),
        ("nested values", tally.nested),
    ] {
        assert!(times > 0, "no {what} among {count} mutations: {tally:?}");
    }
}
