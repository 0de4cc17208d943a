//! Runtime benchmark: `cargo run --release --manifest-path benches/Cargo.toml`.
//!
//! Every figure times our `ServerImage` against the anchor (serde_derive + strum + bon) and,
//! where it applies, the floor (serde_json into `IgnoredAny`), interleaved in one process, and
//! prints ratios. The anchor runs twice; the A/A ratio is the noise level of the run.

mod anchor;
mod unions;

use anchor::*;
use hcloud_model::{
    Architecture, CreatedFrom, ImageStatus, ImageType, OsFlavor, Protection, ServerImage,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Instant;

const CORPUS_SIZE: usize = 10_000;
const ENUM_VALUES: usize = 1_000_000;

/// A small deterministic generator, so every run measures the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

fn corpus() -> Vec<ServerImage> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let flavors = [
        ("ubuntu", "24.04"),
        ("debian", "12"),
        ("centos", "7"),
        ("fedora", "41"),
        ("rocky", "9"),
        ("alma", "9"),
        ("opensuse", "15.6"),
        ("unknown", ""),
    ];
    (0..CORPUS_SIZE)
        .map(|i| {
            let (flavor, version) = *rng.pick(&flavors);
            let kind: ImageType = rng.pick(ImageType::VARIANTS).parse().unwrap();
            let snapshot = matches!(kind, ImageType::Snapshot | ImageType::Backup);
            let labels: BTreeMap<String, String> = (0..rng.below(4))
                .map(|l| (format!("label-{l}"), format!("value-{}", rng.below(1000))))
                .collect();
            ServerImage {
                architecture: rng.pick(Architecture::VARIANTS).parse().unwrap(),
                bound_to: (kind == ImageType::Backup).then(|| rng.below(90_000_000) as i64),
                created: format!(
                    "20{:02}-{:02}-{:02}T{:02}:{:02}:00Z",
                    16 + rng.below(10),
                    1 + rng.below(12),
                    1 + rng.below(28),
                    rng.below(24),
                    rng.below(60)
                ),
                created_from: snapshot.then(|| CreatedFrom {
                    id: rng.below(90_000_000) as i64,
                    name: format!("server-{}", rng.below(500)),
                }),
                deleted: (rng.below(20) == 0).then(|| "2026-01-01T00:00:00Z".to_owned()),
                deprecated: (rng.below(10) == 0).then(|| "2025-06-30T00:00:00Z".to_owned()),
                description: format!("{flavor} {version} image number {i}"),
                disk_size: [5.0, 10.0, 20.0, 40.0, 80.0][rng.below(5) as usize],
                id: 1 + rng.below(1 << 52) as i64,
                image_size: snapshot.then(|| (rng.below(10_000) as f64) / 100.0),
                labels,
                name: (!snapshot).then(|| format!("{flavor}-{version}")),
                os_flavor: flavor.parse().unwrap(),
                os_version: (!version.is_empty()).then(|| version.to_owned()),
                protection: Protection {
                    delete: rng.below(2) == 0,
                },
                rapid_deploy: match rng.below(3) {
                    0 => None,
                    1 => Some(true),
                    _ => Some(false),
                },
                status: rng.pick(ImageStatus::VARIANTS).parse().unwrap(),
                r#type: kind,
            }
        })
        .collect()
}

/// The image objects of the official examples, when `../shared/reference/` is beside the repo.
fn reference_images() -> Vec<String> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/examples");
    let mut found = Vec::new();
    let mut pending = vec![dir];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let Ok(body) = serde_json::from_str::<serde_json::Value>(
                &std::fs::read_to_string(&path).unwrap_or_default(),
            ) else {
                continue;
            };
            let mut candidates = vec![&body["image"], &body["server"]["image"]];
            for list in [&body["images"], &body["servers"]] {
                if let Some(items) = list.as_array() {
                    candidates.extend(items.iter().map(|item| {
                        if item.get("image").is_some() {
                            &item["image"]
                        } else {
                            item
                        }
                    }));
                }
            }
            found.extend(
                candidates
                    .into_iter()
                    .filter(|c| c.get("os_flavor").is_some())
                    .map(|c| c.to_string()),
            );
        }
    }
    found
}

struct Timing {
    name: &'static str,
    samples: Vec<f64>,
}

impl Timing {
    fn min(&self) -> f64 {
        self.samples.iter().copied().fold(f64::INFINITY, f64::min)
    }

    fn median(&self) -> f64 {
        let mut sorted = self.samples.clone();
        sorted.sort_by(f64::total_cmp);
        sorted[sorted.len() / 2]
    }
}

/// Runs each variant once per repetition, in a rotating order, and records ns per operation.
/// One way of building `ServerImage`, timed through our builder (ours), a struct literal (the
/// anchor, twice) and bon's builder on the anchor's model; bon's ratio to the literal is printed
/// beside ours. Generic over the three, so each is called directly.
fn measure_builders(
    (figure, label): (&str, &str),
    builder: impl Fn(&ServerImage) -> ServerImage,
    literal: impl Fn(&ServerImage) -> ServerImage,
    bon: impl Fn(&AnchorImage) -> AnchorImage,
    (ours, anchors): (&[ServerImage], &[AnchorImage]),
    (reps, summary): (usize, &mut Vec<String>),
) {
    let t = measure(
        figure,
        ours.len(),
        reps,
        &mut [
            ("ours", &mut build_each(ours, &builder)),
            ("anchor", &mut build_each(ours, &literal)),
            ("anchor again", &mut build_each(ours, &literal)),
            ("bon", &mut build_each(anchors, &bon)),
        ],
    );
    println!("  (here \"anchor\" is the struct literal)");
    report(label, &t, false, summary);
    let bon_ratio = ratio(&t, "bon", "anchor");
    println!("  => bon builder / struct literal      {bon_ratio:>5.2}");
    summary.push(format!("{:<34} bon/literal {bon_ratio:>5.2}", ""));
}

/// One repetition of a builder figure: `build` on each image.
fn build_each<'a, T>(images: &'a [T], build: &'a impl Fn(&T) -> T) -> impl FnMut() + 'a {
    move || {
        for image in images {
            black_box(build(black_box(image)));
        }
    }
}

fn measure(
    figure: &str,
    ops: usize,
    reps: usize,
    variants: &mut [(&'static str, &mut dyn FnMut())],
) -> Vec<Timing> {
    let mut timings: Vec<Timing> = variants
        .iter()
        .map(|(name, _)| Timing {
            name,
            samples: Vec::new(),
        })
        .collect();
    for (_, run) in variants.iter_mut() {
        run(); // warm-up
    }
    for rep in 0..reps {
        for k in 0..variants.len() {
            let index = (k + rep) % variants.len();
            let start = Instant::now();
            (variants[index].1)();
            timings[index]
                .samples
                .push(start.elapsed().as_nanos() as f64 / ops as f64);
        }
    }
    println!("\n{figure} ({ops} ops x {reps} repetitions)");
    println!(
        "  {:<22} {:>12} {:>12}",
        "variant", "min ns/op", "median ns/op"
    );
    for timing in &timings {
        println!(
            "  {:<22} {:>12.1} {:>12.1}",
            timing.name,
            timing.min(),
            timing.median()
        );
    }
    timings
}

fn ratio(timings: &[Timing], numerator: &str, denominator: &str) -> f64 {
    let find = |name: &str| {
        timings
            .iter()
            .find(|t| t.name == name)
            .map(Timing::median)
            .unwrap()
    };
    find(numerator) / find(denominator)
}

fn report(figure: &str, timings: &[Timing], with_floor: bool, summary: &mut Vec<String>) {
    let ours = ratio(timings, "ours", "anchor");
    let noise = ratio(timings, "anchor again", "anchor");
    let mut line = format!("{figure:<34} ours/anchor {ours:>5.2}   A/A {noise:>5.2}");
    if with_floor {
        let _ = write!(
            line,
            "   ours/floor {:>5.2}   anchor/floor {:>5.2}",
            ratio(timings, "ours", "floor"),
            ratio(timings, "anchor", "floor")
        );
    }
    println!("  => {line}");
    summary.push(line);
}

fn main() {
    let reps: usize = std::env::var("BENCH_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(21);
    let ours = corpus();
    let json = serde_json::to_string(&ours).unwrap();
    let anchors: Vec<AnchorImage> = serde_json::from_str(&json).unwrap();

    // A benchmark of wrong code is void: both must read and write the corpus identically.
    assert_eq!(
        serde_json::to_string(&anchors).unwrap(),
        json,
        "anchor and ours disagree on the corpus"
    );
    let reread: Vec<ServerImage> = serde_json::from_str(&json).unwrap();
    assert_eq!(reread, ours, "ours does not round-trip the corpus");
    // From here on ours is the copy read from the JSON, as the anchor's is: the generated corpus
    // lies scattered over the heap between the generator's other allocations, and writing it
    // read 1.2 to 1.3 of the anchor for that alone (the same code read 1.0 on a fresh copy).
    let ours = reread;
    let references = reference_images();
    for text in &references {
        let a = serde_json::to_value(serde_json::from_str::<ServerImage>(text).unwrap()).unwrap();
        let b = serde_json::to_value(serde_json::from_str::<AnchorImage>(text).unwrap()).unwrap();
        assert_eq!(a, b, "anchor and ours disagree on a reference image");
    }
    println!(
        "corpus: {} images, {} bytes of JSON; {} reference example images; equal JSON checked",
        ours.len(),
        json.len(),
        references.len()
    );

    let mut summary = Vec::new();
    let t = measure_deserialize::<Vec<ServerImage>, Vec<AnchorImage>>(
        "deserialize Vec<ServerImage> from_str",
        &json,
        ours.len(),
        reps,
    );
    report("deserialize", &t, true, &mut summary);

    if !references.is_empty() {
        let n = references.len() * 200;
        let t = measure(
            "deserialize reference example images",
            n,
            reps,
            &mut [
                ("ours", &mut || {
                    for _ in 0..200 {
                        for r in &references {
                            black_box(serde_json::from_str::<ServerImage>(black_box(r)).unwrap());
                        }
                    }
                }),
                ("anchor", &mut || {
                    for _ in 0..200 {
                        for r in &references {
                            black_box(serde_json::from_str::<AnchorImage>(black_box(r)).unwrap());
                        }
                    }
                }),
                ("anchor again", &mut || {
                    for _ in 0..200 {
                        for r in &references {
                            black_box(serde_json::from_str::<AnchorImage>(black_box(r)).unwrap());
                        }
                    }
                }),
                ("floor", &mut || {
                    for _ in 0..200 {
                        for r in &references {
                            black_box(
                                serde_json::from_str::<serde::de::IgnoredAny>(black_box(r))
                                    .unwrap(),
                            );
                        }
                    }
                }),
            ],
        );
        report("deserialize reference images", &t, true, &mut summary);
    }

    let t = measure(
        "serialize Vec<ServerImage> to_string",
        ours.len(),
        reps,
        &mut [
            ("ours", &mut || {
                black_box(serde_json::to_string(black_box(&ours)).unwrap());
            }),
            ("anchor", &mut || {
                black_box(serde_json::to_string(black_box(&anchors)).unwrap());
            }),
            ("anchor again", &mut || {
                black_box(serde_json::to_string(black_box(&anchors)).unwrap());
            }),
        ],
    );
    report("serialize to String", &t, false, &mut summary);

    let (mut buf_a, mut buf_b, mut buf_c) = (
        Vec::with_capacity(json.len()),
        Vec::with_capacity(json.len()),
        Vec::with_capacity(json.len()),
    );
    let t = measure(
        "serialize Vec<ServerImage> into a reused buffer",
        ours.len(),
        reps,
        &mut [
            ("ours", &mut || {
                buf_a.clear();
                serde_json::to_writer(&mut buf_a, black_box(&ours)).unwrap();
                black_box(&buf_a);
            }),
            ("anchor", &mut || {
                buf_b.clear();
                serde_json::to_writer(&mut buf_b, black_box(&anchors)).unwrap();
                black_box(&buf_b);
            }),
            ("anchor again", &mut || {
                buf_c.clear();
                serde_json::to_writer(&mut buf_c, black_box(&anchors)).unwrap();
                black_box(&buf_c);
            }),
        ],
    );
    report("serialize into reused buffer", &t, false, &mut summary);

    let mut rng = Rng(7);
    let wire: Vec<&'static str> = (0..ENUM_VALUES)
        .map(|_| *rng.pick(OsFlavor::VARIANTS))
        .collect();
    for value in OsFlavor::VARIANTS {
        let ours: OsFlavor = value.parse().unwrap();
        let anchor: AnchorOsFlavor = value.parse().unwrap();
        assert_eq!(ours.to_string(), anchor.to_string());
    }
    let t = measure(
        "enum FromStr (OsFlavor, known values)",
        wire.len(),
        reps,
        &mut [
            ("ours", &mut || {
                for w in &wire {
                    black_box(black_box(*w).parse::<OsFlavor>().unwrap());
                }
            }),
            ("anchor", &mut || {
                for w in &wire {
                    black_box(black_box(*w).parse::<AnchorOsFlavor>().unwrap());
                }
            }),
            ("anchor again", &mut || {
                for w in &wire {
                    black_box(black_box(*w).parse::<AnchorOsFlavor>().unwrap());
                }
            }),
        ],
    );
    report("enum FromStr", &t, false, &mut summary);

    let ours_values: Vec<OsFlavor> = wire.iter().map(|w| w.parse().unwrap()).collect();
    let anchor_values: Vec<AnchorOsFlavor> = wire.iter().map(|w| w.parse().unwrap()).collect();
    let (mut out_a, mut out_b, mut out_c) = (
        String::with_capacity(16),
        String::with_capacity(16),
        String::with_capacity(16),
    );
    let t = measure(
        "enum Display (OsFlavor) into a reused String",
        wire.len(),
        reps,
        &mut [
            ("ours", &mut || {
                for v in &ours_values {
                    out_a.clear();
                    write!(out_a, "{}", black_box(v)).unwrap();
                    black_box(&out_a);
                }
            }),
            ("anchor", &mut || {
                for v in &anchor_values {
                    out_b.clear();
                    write!(out_b, "{}", black_box(v)).unwrap();
                    black_box(&out_b);
                }
            }),
            ("anchor again", &mut || {
                for v in &anchor_values {
                    out_c.clear();
                    write!(out_c, "{}", black_box(v)).unwrap();
                    black_box(&out_c);
                }
            }),
        ],
    );
    report("enum Display", &t, false, &mut summary);

    measure_builders(
        (
            "build ServerImage: builder vs struct literal",
            "builder / struct literal",
        ),
        build_with_builder,
        build_with_literal,
        build_with_bon,
        (&ours, &anchors),
        (reps, &mut summary),
    );
    measure_builders(
        (
            "build ServerImage from separate values: builder vs struct literal",
            "builder / literal, separate values",
        ),
        build_from_values_with_builder,
        build_from_values_with_literal,
        build_from_values_with_bon,
        (&ours, &anchors),
        (reps, &mut summary),
    );

    measure_unions(reps, &mut summary);

    println!("\nsummary (medians; < 1 means ours is faster)");
    for line in summary {
        println!("  {line}");
    }
}

/// The union figures: load balancer targets (tagged by `type`, first and last) and ID-or-name
/// references (untagged), each against serde_derive's enum of the same shape and the floor.
fn measure_unions(reps: usize, summary: &mut Vec<String>) {
    let targets = unions::targets();
    let tag_first = serde_json::to_string(&targets).unwrap();
    let anchors: Vec<AnchorTarget> = serde_json::from_str(&tag_first).unwrap();
    assert!(
        tag_first.starts_with(r#"[{"type":"#),
        "ours writes the tag first"
    );
    assert_eq!(
        serde_json::to_string(&anchors).unwrap(),
        tag_first,
        "anchor and ours disagree on the targets"
    );
    let reread: Vec<unions::Target> = serde_json::from_str(&tag_first).unwrap();
    assert_eq!(reread, targets, "ours does not round-trip the targets");
    let tag_last = unions::targets_tag_last(&targets);
    assert!(tag_last.contains(r#","type":"ip"}"#) && !tag_last.contains(r#"{"type""#));
    let reread: Vec<unions::Target> = serde_json::from_str(&tag_last).unwrap();
    assert_eq!(
        reread, targets,
        "ours reads the tag-last targets differently"
    );
    let reread: Vec<AnchorTarget> = serde_json::from_str(&tag_last).unwrap();
    assert_eq!(
        reread, anchors,
        "the anchor reads the tag-last targets differently"
    );

    let references = unions::id_or_names();
    let id_or_names = serde_json::to_string(&references).unwrap();
    let anchors: Vec<AnchorIdOrName> = serde_json::from_str(&id_or_names).unwrap();
    assert_eq!(
        serde_json::to_string(&anchors).unwrap(),
        id_or_names,
        "anchor and ours disagree on the references"
    );
    let reread: Vec<unions::IdOrName> = serde_json::from_str(&id_or_names).unwrap();
    assert_eq!(
        reread, references,
        "ours does not round-trip the references"
    );
    println!(
        "\nunion corpora: {} targets, {} bytes of JSON with the tag first and {} with it last; \
         {} references, {} bytes; equal JSON checked",
        targets.len(),
        tag_first.len(),
        tag_last.len(),
        references.len(),
        id_or_names.len()
    );

    for (figure, label, json, ops) in [
        (
            "deserialize Vec<Target>, tag first",
            "union targets, tag first",
            &tag_first,
            targets.len(),
        ),
        (
            "deserialize Vec<Target>, tag last",
            "union targets, tag last",
            &tag_last,
            targets.len(),
        ),
    ] {
        let t =
            measure_deserialize::<Vec<unions::Target>, Vec<AnchorTarget>>(figure, json, ops, reps);
        report(label, &t, true, summary);
    }
    let t = measure_deserialize::<Vec<unions::IdOrName>, Vec<AnchorIdOrName>>(
        "deserialize Vec<IdOrName>, untagged",
        &id_or_names,
        references.len(),
        reps,
    );
    report("untagged IdOrName", &t, true, summary);
}

/// Reads `json` as ours, as the anchor (twice) and into the floor, interleaved.
fn measure_deserialize<Ours, Anchor>(
    figure: &str,
    json: &str,
    ops: usize,
    reps: usize,
) -> Vec<Timing>
where
    Ours: serde::de::DeserializeOwned,
    Anchor: serde::de::DeserializeOwned,
{
    measure(
        figure,
        ops,
        reps,
        &mut [
            ("ours", &mut || {
                black_box(serde_json::from_str::<Ours>(black_box(json)).unwrap());
            }),
            ("anchor", &mut || {
                black_box(serde_json::from_str::<Anchor>(black_box(json)).unwrap());
            }),
            ("anchor again", &mut || {
                black_box(serde_json::from_str::<Anchor>(black_box(json)).unwrap());
            }),
            ("floor", &mut || {
                black_box(serde_json::from_str::<serde::de::IgnoredAny>(black_box(json)).unwrap());
            }),
        ],
    )
}

/// Every field of the image set through a builder, ours or bon's (their setters have the same
/// names), each value given by `$value!` from the field's place in `$image`, as
/// `build_chain!(ServerImage, image, moved)`: one chain, so the two builders make the same calls.
macro_rules! build_chain {
    ($model:ident, $image:ident, $value:ident) => {
        $model::builder()
            .architecture($value!($image.architecture))
            .maybe_bound_to($value!(copy $image.bound_to))
            .created($value!($image.created))
            .maybe_created_from($value!($image.created_from))
            .maybe_deleted($value!($image.deleted))
            .maybe_deprecated($value!($image.deprecated))
            .description($value!($image.description))
            .disk_size($value!(copy $image.disk_size))
            .id($value!(copy $image.id))
            .maybe_image_size($value!(copy $image.image_size))
            .labels($value!($image.labels))
            .maybe_name($value!($image.name))
            .os_flavor($value!($image.os_flavor))
            .maybe_os_version($value!($image.os_version))
            .protection($value!($image.protection))
            .maybe_rapid_deploy($value!(copy $image.rapid_deploy))
            .status($value!($image.status))
            .r#type($value!($image.r#type))
            .build()
    };
}

/// A field's value, moved out of its place.
macro_rules! moved {
    (copy $place:expr) => {
        $place
    };
    ($place:expr) => {
        $place
    };
}

/// A field's value, cloned from its place (copied, for a `Copy` field).
macro_rules! cloned {
    (copy $place:expr) => {
        $place
    };
    ($place:expr) => {
        $place.clone()
    };
}

/// The same fields, moved through the builder.
#[inline(never)]
fn build_with_builder(image: &ServerImage) -> ServerImage {
    let image = clone_out_of_line(image);
    build_chain!(ServerImage, image, moved)
}

/// The same fields, moved into a struct literal.
#[inline(never)]
fn build_with_literal(image: &ServerImage) -> ServerImage {
    let image = clone_out_of_line(image);
    ServerImage {
        architecture: image.architecture,
        bound_to: image.bound_to,
        created: image.created,
        created_from: image.created_from,
        deleted: image.deleted,
        deprecated: image.deprecated,
        description: image.description,
        disk_size: image.disk_size,
        id: image.id,
        image_size: image.image_size,
        labels: image.labels,
        name: image.name,
        os_flavor: image.os_flavor,
        os_version: image.os_version,
        protection: image.protection,
        rapid_deploy: image.rapid_deploy,
        status: image.status,
        r#type: image.r#type,
    }
}

/// The anchor's bon builder, for reference.
#[inline(never)]
fn build_with_bon(image: &AnchorImage) -> AnchorImage {
    let image = clone_out_of_line(image);
    build_chain!(AnchorImage, image, moved)
}

/// The same fields, each cloned on its own and set through the builder: a model built from values
/// a client holds. Unlike `build_with_literal`'s, the struct literal these are measured against
/// is not all the fields of one value, which rustc's MIR optimizer turns into a move of that
/// value.
#[inline(never)]
fn build_from_values_with_builder(image: &ServerImage) -> ServerImage {
    build_chain!(ServerImage, image, cloned)
}

/// The same fields, each cloned on its own, in a struct literal.
#[inline(never)]
fn build_from_values_with_literal(image: &ServerImage) -> ServerImage {
    ServerImage {
        architecture: image.architecture.clone(),
        bound_to: image.bound_to,
        created: image.created.clone(),
        created_from: image.created_from.clone(),
        deleted: image.deleted.clone(),
        deprecated: image.deprecated.clone(),
        description: image.description.clone(),
        disk_size: image.disk_size,
        id: image.id,
        image_size: image.image_size,
        labels: image.labels.clone(),
        name: image.name.clone(),
        os_flavor: image.os_flavor.clone(),
        os_version: image.os_version.clone(),
        protection: image.protection.clone(),
        rapid_deploy: image.rapid_deploy,
        status: image.status.clone(),
        r#type: image.r#type.clone(),
    }
}

/// The same fields, each cloned on its own, through the anchor's bon builder.
#[inline(never)]
fn build_from_values_with_bon(image: &AnchorImage) -> AnchorImage {
    build_chain!(AnchorImage, image, cloned)
}

/// The value the first builder figure builds from, made the same way for all three variants: by a
/// call. Where the clone is inlined into one variant and not into another, the figure measures
/// that inlining, not the builders: the literal of all the fields of one value is a move of it,
/// which lets the clone write straight into the result, while a builder, taking the fields one by
/// one, copies the struct once more at the end unless the clone is inlined into its chain. With
/// each variant calling `Clone::clone` directly, LLVM inlined the anchor's clone into bon's chain
/// (its only caller) and not ours' (it has several), and bon read 1.02 to 1.04 of the literal
/// where, through this call, it reads as ours does.
#[inline(never)]
fn clone_out_of_line<T: Clone>(value: &T) -> T {
    value.clone()
}
