//! The models under bad JSON: random models round-trip, mutated bodies never panic nor allocate
//! without bound, and an error about a value names its field.
//!
//! Seeded and reproducible. `HCLOUD_PROPERTY_CASES` (default 2,000) and `HCLOUD_MUTATION_CASES`
//! (default 4,000) set the counts; the long run is
//! `HCLOUD_PROPERTY_CASES=100000 HCLOUD_MUTATION_CASES=100000 cargo test --release -p hcloud-model-tests --test robustness -- --nocapture`.
// The counting allocator below is the one use of `unsafe` in the project: `GlobalAlloc` is an
// unsafe trait. Everything else forbids it.
#![allow(unsafe_code)]

use hcloud_model::{
    Architecture, CreateImageResponse, CreateServerResponse, CreatedFrom, ErrorResponse,
    ImageResponse, ImageStatus, ImageType, ImagesPage, OsFlavor, Protection, ServerImage,
    ServerResponse, ServersPage,
};
use hcloud_model_tests::{json_files, names_word, reference_dir_or_skip};
use serde_json::Value;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

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

type Parse = fn(&[u8]) -> Result<(), serde_json::Error>;

fn parse<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<(), serde_json::Error> {
    serde_json::from_slice::<T>(bytes).map(|_| ())
}

/// Every model a body may be read into.
const MODELS: &[(&str, Parse)] = &[
    ("ServerImage", parse::<ServerImage>),
    ("ImagesPage", parse::<ImagesPage>),
    ("ImageResponse", parse::<ImageResponse>),
    ("ServersPage", parse::<ServersPage>),
    ("ServerResponse", parse::<ServerResponse>),
    ("CreateServerResponse", parse::<CreateServerResponse>),
    ("CreateImageResponse", parse::<CreateImageResponse>),
    ("ErrorResponse", parse::<ErrorResponse>),
];

/// The bodies to mutate: the official examples and fixtures when present, and our own data.
fn bodies() -> Vec<Vec<u8>> {
    let own = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../model/examples/data");
    let mut files = json_files(&own);
    if let Some(reference) = reference_dir_or_skip(
        "mutated_bodies_never_panic_nor_allocate_without_bound_and_errors_name_the_field",
    ) {
        files.extend(json_files(&reference.join("examples")));
        files.extend(json_files(&reference.join("fixtures")));
    }
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// Every (path, value) in a JSON value, for mutations that target one key.
fn leaves<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                // JSON pointer escapes: label keys such as `example.com/my` hold a `/`.
                let escaped = key.replace('~', "~0").replace('/', "~1");
                let child = if path.is_empty() {
                    escaped
                } else {
                    format!("{path}/{escaped}")
                };
                out.push((child.clone(), inner));
                leaves(inner, child, out);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                leaves(inner, format!("{path}/{i}"), out);
            }
        }
        _ => {}
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

/// One mutation of a body; `Some(key)` when the mutation put a wrong-typed value under `key`.
fn mutate(rng: &mut Rng, body: &[u8]) -> (Vec<u8>, Option<String>) {
    let mut bytes = body.to_vec();
    match rng.below(9) {
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
            let depth = 1 + rng.below(100_000);
            let at = rng.below(bytes.len());
            let nested: Vec<u8> = std::iter::repeat_n(b'[', depth)
                .chain(std::iter::repeat_n(b']', depth))
                .collect();
            bytes.splice(at..at, nested);
        }
        4 => {
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
        5 => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if let Some(at) = text.find(": \"").or_else(|| text.find(":\"")) {
                let long = "x".repeat(1 << (10 + rng.below(11)));
                bytes = format!("{}: \"{long}{}", &text[..at], &text[at + 3..]).into_bytes();
            }
        }
        _ => {
            let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
                return (bytes, None);
            };
            let mut paths = Vec::new();
            leaves(&value, String::new(), &mut paths);
            let paths: Vec<String> = paths.into_iter().map(|(p, _)| p).collect();
            if paths.is_empty() {
                return (bytes, None);
            }
            let path = paths[rng.below(paths.len())].clone();
            let pointer = format!("/{path}");
            if rng.chance(30) {
                // Rename the key: the model sees a key it ignores, and perhaps a missing one.
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                if let Some(Value::Object(map)) = value.pointer_mut(parent)
                    && let Some(inner) = map.remove(key)
                {
                    map.insert(format!("{key}_renamed"), inner);
                }
                return (serde_json::to_vec(&value).unwrap(), None);
            }
            let target = value.pointer_mut(&pointer).unwrap();
            *target = other_type(rng, target);
            let key = path
                .rsplit('/')
                .next()
                .unwrap()
                .replace("~1", "/")
                .replace("~0", "~");
            let key = (!key.chars().all(|c| c.is_ascii_digit())).then_some(key);
            return (serde_json::to_vec(&value).unwrap(), key);
        }
    }
    (bytes, None)
}

#[test]
fn mutated_bodies_never_panic_nor_allocate_without_bound_and_errors_name_the_field() {
    let count = cases("HCLOUD_MUTATION_CASES", 4_000);
    let bodies = bodies();
    assert!(!bodies.is_empty(), "no bodies to mutate");
    let (mut rejected, mut accepted, mut named, mut type_errors) = (0u64, 0u64, 0u64, 0u64);
    let mut failures = Vec::new();
    for seed in 0..count {
        let mut rng = Rng(seed);
        let body = &bodies[rng.below(bodies.len())];
        let (input, swapped_key) = mutate(&mut rng, body);
        for (model, parse) in MODELS {
            LARGEST.with(|largest| largest.set(0));
            let outcome = catch_unwind(AssertUnwindSafe(|| parse(&input)));
            let largest = LARGEST.with(Cell::get);
            // Reading never needs more than a small multiple of the input in one allocation.
            let bound = (input.len() * 8).max(1 << 20);
            if largest > bound {
                failures.push(format!(
                    "seed {seed} {model}: one allocation of {largest} bytes for {} bytes of input",
                    input.len()
                ));
            }
            match outcome {
                Err(_) => failures.push(format!("seed {seed} {model}: panicked")),
                Ok(Ok(())) => accepted += 1,
                Ok(Err(error)) => {
                    rejected += 1;
                    // A wrong-typed value is the fault of its field: when the error is about
                    // types, it names the key (or the key is one this model does not read).
                    let message = error.to_string();
                    if let Some(key) = &swapped_key
                        && error.is_data()
                        && message.starts_with("invalid type")
                    {
                        type_errors += 1;
                        if names_word(&message, key) {
                            named += 1;
                        } else if !message.contains(" for `") {
                            failures.push(format!("seed {seed} {model}: `{error}` names no field (the value under `{key}` was replaced)"));
                        }
                    }
                }
            }
        }
    }
    println!(
        "{count} mutated bodies x {} models: {accepted} accepted, {rejected} rejected; {type_errors} type errors after a value swap, {named} of them naming the swapped key",
        MODELS.len()
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
}
