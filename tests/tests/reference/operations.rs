//! Every operation of the official spec against `hcloud_model::ops`, driven by the spec itself:
//! method and path, request and response bodies present where the spec has them, every example
//! body and bodies synthesized from the field-level examples round-tripped by value, and each
//! body's schema compared with the spec's. A table per tag is printed; any miss inside the tags
//! this crate claims fails the test.

use hcloud_model::OperationInfo;
use hcloud_model::operation::BodyInfo;
use hcloud_model_tests::conformance::{self, Deviation};
use hcloud_model_tests::spec_bodies::{Synthesis, examples, synthesize, within_union_branches};
use hcloud_model_tests::{reference_dir_or_skip, same_json};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The tags whose every operation is modeled: a miss inside them fails the test.
const CLAIMED: &[&str] = &[
    "Actions",
    "Images",
    "Image Actions",
    "ISOs",
    "Placement Groups",
    "Server Actions",
    "Server Types",
    "Servers",
    "Data Centers",
    "Locations",
    "Pricing",
    "SSH Keys",
    "Volumes",
    "Volume Actions",
    "Load Balancer Types",
    "Certificates",
    "Certificate Actions",
    "Firewalls",
    "Firewall Actions",
    "Networks",
    "Network Actions",
    "Floating IPs",
    "Floating IP Actions",
    "Primary IPs",
    "Primary IP Actions",
    "Load Balancers",
    "Load Balancer Actions",
    "Zones",
    "Zone Actions",
    "Zone RRSets",
    "Zone RRSet Actions",
];

/// The deliberate differences of our schemas from the spec's, with their reasons. Only format,
/// title and description may differ, or enum values the live API sends beyond the spec's.
const DEVIATIONS: &[Deviation] = &[
    Deviation {
        path: "zone[branch 0]",
        aspect: "title",
        reason: "zones: both branches hold one `ZoneProperties` (the spec's two are the same object), which can carry one title, not \"Primary Zone\" and \"Secondary Zone\"",
    },
    Deviation {
        path: "zone[branch 1]",
        aspect: "title",
        reason: "zones: as for the first branch",
    },
    Deviation {
        path: "zones[items][branch 0]",
        aspect: "title",
        reason: "zones: as in a Zone response",
    },
    Deviation {
        path: "zones[items][branch 1]",
        aspect: "title",
        reason: "zones: as in a Zone response",
    },
    Deviation {
        path: "",
        aspect: "title",
        reason: "one `ActionResponse` serves every operation that reports one Action; the spec titles only some of those bodies",
    },
    Deviation {
        path: "type",
        aspect: "enum",
        reason: "images: the seed's `temporary`, which the spec has since dropped, stays readable",
    },
    Deviation {
        path: "placement_group",
        aspect: "title",
        reason: "the spec titles this use `PlacementGroupNullable`; the model is `PlacementGroup`, nullable by its field",
    },
    Deviation {
        path: "action",
        aspect: "title",
        reason: "the spec titles the optional Action of `POST /placement_groups` `ActionNullable`; the model is `Action`, nullable by its field",
    },
    Deviation {
        path: "size",
        aspect: "format",
        reason: "volumes: an `i64` is `int64`; the spec gives the requested size in GB no format",
    },
    Deviation {
        path: "ipv4",
        aspect: "format",
        reason: "an `i64` is `int64`; the spec gives these IDs no format",
    },
    Deviation {
        path: "ipv6",
        aspect: "format",
        reason: "an `i64` is `int64`; the spec gives these IDs no format",
    },
    Deviation {
        path: "listen_port",
        aspect: "format",
        reason: "load balancers: an `i64` is `int64`; the spec gives ports, counts and seconds no format",
    },
    Deviation {
        path: "destination_port",
        aspect: "format",
        reason: "load balancers: an `i64` is `int64`; the spec gives ports, counts and seconds no format",
    },
    Deviation {
        path: "port",
        aspect: "format",
        reason: "load balancers: an `i64` is `int64`; the spec gives ports, counts and seconds no format",
    },
    Deviation {
        path: "interval",
        aspect: "format",
        reason: "load balancers: an `i64` is `int64`; the spec gives ports, counts and seconds no format",
    },
    Deviation {
        path: "timeout",
        aspect: "format",
        reason: "load balancers: an `i64` is `int64`; the spec gives ports, counts and seconds no format",
    },
    Deviation {
        path: "retries",
        aspect: "format",
        reason: "load balancers: an `i64` is `int64`; the spec gives ports, counts and seconds no format",
    },
    Deviation {
        path: "cookie_lifetime",
        aspect: "format",
        reason: "load balancers: an `i64` is `int64`; the spec gives ports, counts and seconds no format",
    },
    Deviation {
        path: "timeout_idle",
        aspect: "format",
        reason: "load balancers: an `i64` is `int64`; the spec gives ports, counts and seconds no format",
    },
    Deviation {
        path: "health_status",
        aspect: "title",
        reason: "load balancers: the spec titles this list `LoadBalancerTargetHealthStatus`; a field's list has no title of its own",
    },
    Deviation {
        path: "use_private_ip",
        aspect: "title",
        reason: "load balancers: the spec titles this boolean `LoadBalancerTargetUsePrivateIP`; a field's `bool` has no title of its own",
    },
    Deviation {
        path: "algorithm",
        aspect: "title",
        reason: "load balancers: one `LoadBalancerAlgorithm` serves the Load Balancer's `algorithm` and the requests; the spec titles it only in the requests",
    },
    Deviation {
        path: "ttl",
        aspect: "format",
        reason: "zones: an `i64` is `int64`; the spec gives TTLs (up to 2147483647s) no format",
    },
    Deviation {
        path: "record_count",
        aspect: "format",
        reason: "zones: an `i64` is `int64`; the spec gives the record count no format",
    },
    Deviation {
        path: "port",
        aspect: "format",
        reason: "zones: an `i64` is `int64`; the spec gives a primary nameserver's port no format",
    },
    Deviation {
        path: "mode",
        aspect: "description",
        reason: "the shape of unions: a Zone's `mode` is the tag the derive adds to each branch, with no doc of its own; `ZoneMode` documents it",
    },
];

/// `list_ssh_keys` is `ListSshKeys`: every `_`-separated word capitalized.
fn type_name(operation_id: &str) -> String {
    operation_id
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// One operation of the spec.
struct SpecOperation<'s> {
    tag: &'s str,
    id: &'s str,
    method: String,
    path: &'s str,
    request: Option<&'s Value>,
    /// The JSON body of the success response, if it has one.
    response: Option<&'s Value>,
}

fn operations(spec: &Value) -> Vec<SpecOperation<'_>> {
    let mut found = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(id) = operation["operationId"].as_str() else {
                continue;
            };
            let success = operation["responses"]
                .as_object()
                .unwrap()
                .iter()
                .find(|(status, _)| status.starts_with('2'))
                .map(|(_, response)| response);
            found.push(SpecOperation {
                tag: operation["tags"][0].as_str().unwrap(),
                id,
                method: method.to_uppercase(),
                path,
                request: operation["requestBody"]["content"].get("application/json"),
                response: success.and_then(|r| r["content"].get("application/json")),
            });
        }
    }
    found
}

/// A success response's content with every top-level key required, as the operations' contract
/// has it: the API always sends them, though the spec leaves some out of `required` (`server`,
/// `image`, `action`, `root_password`, …). A nullable one stays nullable. A key one of the spec's
/// own examples leaves out is the exception: the API does not always send it (`action` of
/// `POST /placement_groups`), so it stays optional.
fn with_top_level_keys_required(content: &Value) -> Value {
    let examples = examples(content);
    let mut content = content.clone();
    let schema = &mut content["schema"];
    if let Some(keys) = schema["properties"].as_object().map(|p| {
        p.keys()
            .filter(|key| examples.iter().all(|example| example.get(key).is_some()))
            .cloned()
            .collect::<Vec<_>>()
    }) {
        schema["required"] = json!(keys);
    }
    content
}

/// The bodies one body schema is held to: its examples (each union object cut to its branch's
/// keys, see [`within_union_branches`]; `dropped` gets what was cut), and one synthesized per mode
/// and branch.
fn bodies(content: &Value, dropped: &mut Vec<String>) -> Vec<(String, Value)> {
    let schema = &content["schema"];
    let mut all: Vec<(String, Value)> = examples(content)
        .into_iter()
        .enumerate()
        .map(|(i, body)| {
            let name = format!("example {i}");
            let body = within_union_branches(&body, schema, &name, dropped);
            (name, body)
        })
        .collect();
    let branches = max_branches(schema).max(1);
    for branch in 0..branches {
        for (name, mode) in [
            ("all keys", Synthesis::AllKeys),
            ("required keys with nulls", Synthesis::RequiredWithNulls),
            ("all keys with nulls", Synthesis::AllWithNulls),
        ] {
            all.push((
                format!("synthesized, {name}, branch {branch}"),
                synthesize(schema, mode, branch),
            ));
        }
    }
    all
}

/// The most `oneOf` branches any schema inside `schema` has.
fn max_branches(schema: &Value) -> usize {
    match schema {
        Value::Object(map) => {
            let own = map
                .get("oneOf")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            map.values().map(max_branches).fold(own, usize::max)
        }
        Value::Array(items) => items.iter().map(max_branches).max().unwrap_or(0),
        _ => 0,
    }
}

#[derive(Default)]
struct TagReport {
    operations: usize,
    modeled: usize,
    bodies: usize,
    round_tripped: usize,
    schema_differences: usize,
    /// Differences in property names, `required`, nullability, types, map values or enum values,
    /// counted with no exception list.
    strict_differences: usize,
    /// Keys of the spec's examples outside their union branch, cut before the round trip.
    cut_from_examples: Vec<String>,
    failures: Vec<String>,
}

fn check_body(what: &str, ours: Option<BodyInfo>, content: Option<&Value>, report: &mut TagReport) {
    match (ours, content) {
        (None, None) => {}
        (Some(ours), None) => report.failures.push(format!(
            "{what}: `{}`, the spec has no JSON body",
            ours.name
        )),
        (None, Some(_)) => report
            .failures
            .push(format!("{what}: none, the spec has a JSON body")),
        (Some(ours), Some(content)) => {
            let mut cut = Vec::new();
            let all = bodies(content, &mut cut);
            report
                .cut_from_examples
                .extend(cut.into_iter().map(|key| format!("{what} {key}")));
            for (name, body) in all {
                report.bodies += 1;
                match (ours.round_trip)(&body.to_string()) {
                    Ok(back) if same_json(&back, &body) => report.round_tripped += 1,
                    Ok(back) => report.failures.push(format!(
                        "{what} ({name}): round trip changed the body\n    sent: {body}\n    back: {back}"
                    )),
                    Err(error) => report
                        .failures
                        .push(format!("{what} ({name}): does not read: {error}\n    body: {body}")),
                }
            }
            let differences: Vec<String> =
                conformance::compare(&(ours.schema)(), &content["schema"], DEVIATIONS)
                    .into_iter()
                    // One list serves every body: a deviation another body needs is no error here.
                    .filter(|line| !line.contains("but there is no such difference any more"))
                    .collect();
            report.schema_differences += differences.len();
            let strict =
                hcloud_model_tests::strict::differences(&(ours.schema)(), &content["schema"]);
            report.strict_differences += strict.len();
            for difference in strict {
                report
                    .failures
                    .push(format!("{what} (no exceptions): {difference}"));
            }
            for difference in differences {
                report.failures.push(format!("{what} schema: {difference}"));
            }
        }
    }
}

#[test]
fn every_operation_of_the_spec_against_ops() {
    let Some(reference) = reference_dir_or_skip("every_operation_of_the_spec_against_ops") else {
        return;
    };
    let text = std::fs::read_to_string(reference.join("hetzner-cloud-openapi.json")).unwrap();
    let spec: Value = serde_json::from_str(&text).unwrap();
    let ours: BTreeMap<&str, &OperationInfo> = hcloud_model::ops::ALL
        .iter()
        .map(|op| (op.name, op))
        .collect();
    let mut reports: BTreeMap<&str, TagReport> = BTreeMap::new();
    let mut seen = Vec::new();
    for operation in operations(&spec) {
        let report = reports.entry(operation.tag).or_default();
        report.operations += 1;
        let name = type_name(operation.id);
        let Some(info) = ours.get(name.as_str()) else {
            report
                .failures
                .push(format!("{} ({}): not modeled", operation.id, name));
            continue;
        };
        seen.push(info.name);
        report.modeled += 1;
        if (info.method, info.path) != (operation.method.as_str(), operation.path) {
            report.failures.push(format!(
                "{name}: {} {}, the spec says {} {}",
                info.method, info.path, operation.method, operation.path
            ));
        }
        check_body(
            &format!("{name} request"),
            info.request,
            operation.request,
            report,
        );
        let response = operation.response.map(with_top_level_keys_required);
        check_body(
            &format!("{name} response"),
            info.response,
            response.as_ref(),
            report,
        );
    }
    let unknown: Vec<&str> = ours
        .keys()
        .filter(|name| !seen.contains(name))
        .copied()
        .collect();
    assert!(
        unknown.is_empty(),
        "operations the spec does not have: {unknown:?}"
    );

    let mut table = String::from(
        "| tag | operations modeled | bodies round-tripped | schema differences | strict differences |\n|---|---|---|---|---|\n",
    );
    let mut claimed_failures = Vec::new();
    for (tag, report) in &reports {
        table.push_str(&format!(
            "| {tag}{} | {} / {} | {} / {} | {} | {} |\n",
            if CLAIMED.contains(tag) {
                " (claimed)"
            } else {
                ""
            },
            report.modeled,
            report.operations,
            report.round_tripped,
            report.bodies,
            report.schema_differences,
            report.strict_differences
        ));
        if CLAIMED.contains(tag) {
            claimed_failures.extend(report.failures.iter().map(|f| format!("[{tag}] {f}")));
        }
    }
    let total_modeled: usize = reports.values().map(|r| r.modeled).sum();
    let total: usize = reports.values().map(|r| r.operations).sum();
    table.push_str(&format!("| all | {total_modeled} / {total} | | | |\n"));
    for (tag, report) in &reports {
        for key in &report.cut_from_examples {
            table.push_str(&format!(
                "[{tag}] cut from the spec's example, outside its union branch: {key}\n"
            ));
        }
    }
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{table}");
    assert!(
        claimed_failures.is_empty(),
        "{} misses inside the claimed tags:\n{}",
        claimed_failures.len(),
        claimed_failures.join("\n")
    );
}

#[test]
fn names_follow_the_operation_id() {
    assert_eq!(type_name("list_ssh_keys"), "ListSshKeys");
    assert_eq!(type_name("create_server_image"), "CreateServerImage");
    assert_eq!(type_name("get_actions"), "GetActions");
}

#[test]
fn the_strict_check_counts_what_a_body_may_hold() {
    let spec = json!({"type": "object", "required": ["id", "kind"], "properties": {
        "id": {"type": "integer"},
        "kind": {"type": "string", "enum": ["a", "b"]},
        "labels": {"type": "object", "additionalProperties": {"type": "string"}}
    }});
    let ours = json!({"type": "object", "required": ["id"], "properties": {
        "id": {"type": ["integer", "null"], "format": "int64", "description": "ignored"},
        "kind": {"type": "string", "enum": ["a", "c"]},
        "labels": {"type": "object"}
    }});
    let found = hcloud_model_tests::strict::differences(&ours, &spec);
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(hcloud_model_tests::strict::differences(&spec, &spec).is_empty());
}

/// A spec union the way the Load Balancer's `services` are written: each branch an `allOf` of the
/// shared part (the tag with every value) and the branch's own (the tag with its one value).
fn spec_union() -> Value {
    let shared = json!({"type": "object", "required": ["kind", "port"], "properties": {
        "kind": {"type": "string", "enum": ["a", "b"]},
        "port": {"type": "integer"}
    }});
    json!({"discriminator": {"propertyName": "kind"}, "oneOf": [
        {"title": "A", "allOf": [shared, {"type": "object", "properties": {
            "kind": {"type": "string", "enum": ["a"]}
        }}]},
        {"title": "B", "allOf": [shared, {"type": "object", "required": ["extra"], "properties": {
            "kind": {"type": "string", "enum": ["b"]},
            "extra": {"type": "boolean"}
        }}]}
    ]})
}

#[test]
fn union_branches_are_compared_with_their_all_of_merged() {
    let branch = |title: &str, kind: &str, extra: bool| {
        let mut branch = json!({"title": title, "type": "object", "required": ["kind", "port"],
        "properties": {
            "kind": {"type": "string", "enum": [kind]},
            "port": {"type": "integer"}
        }});
        if extra {
            branch["required"] = json!(["kind", "port", "extra"]);
            branch["properties"]["extra"] = json!({"type": "boolean"});
        }
        branch
    };
    let ours = json!({"oneOf": [branch("A", "a", false), branch("B", "b", true)]});
    let spec = spec_union();
    assert_eq!(
        conformance::compare(&ours, &spec, &[]),
        Vec::<String>::new()
    );
    assert!(hcloud_model_tests::strict::differences(&ours, &spec).is_empty());

    let without_extra = json!({"oneOf": [branch("A", "a", false), branch("B", "b", false)]});
    let found = conformance::compare(&without_extra, &spec, &[]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found.iter().all(|line| line.starts_with("[branch 1]")),
        "{found:#?}"
    );

    let one_branch = json!({"oneOf": [branch("A", "a", false)]});
    let found = conformance::compare(&one_branch, &spec, &[]);
    assert_eq!(found, ["the object: 1 branches, the spec has 2"]);
}

#[test]
fn an_example_is_cut_to_the_keys_of_its_union_branch() {
    let schema = json!({"type": "object", "properties": {"items": {"type": "array", "items": spec_union()}}});
    let example = json!({"items": [
        {"kind": "a", "port": 80, "extra": true},
        {"kind": "b", "port": 81, "extra": false, "unknown": 1}
    ], "outside": 2});
    let mut dropped = Vec::new();
    let cut = within_union_branches(&example, &schema, "example", &mut dropped);
    assert_eq!(
        cut,
        json!({"items": [
            {"kind": "a", "port": 80},
            {"kind": "b", "port": 81, "extra": false}
        ], "outside": 2})
    );
    assert_eq!(
        dropped,
        ["example.items[0].extra", "example.items[1].unknown"]
    );
}

#[test]
fn the_comparison_lines_up_union_branches_with_the_specs_all_of_parts() {
    let part = |properties: Value, required: Value| json!({"type": "object", "properties": properties, "required": required});
    let spec = json!({"title": "Zone", "oneOf": [{
        "title": "Primary Zone",
        "allOf": [
            part(json!({"id": {"type": "integer"}}), json!(["id"])),
            part(json!({"mode": {"type": "string", "enum": ["primary"]}}), json!(["mode"])),
        ]
    }]});
    let branch = |id_type: &str| {
        part(
            json!({"mode": {"type": "string", "enum": ["primary"]}, "id": {"type": id_type}}),
            json!(["mode", "id"]),
        )
    };
    let titled = |id_type: &str| {
        let mut branch = branch(id_type);
        branch["title"] = json!("Primary Zone");
        branch
    };
    let ours = json!({"title": "Zone", "oneOf": [titled("integer")], "discriminator": {"propertyName": "mode"}});
    assert_eq!(
        conformance::compare(&ours, &spec, &[]),
        Vec::<String>::new()
    );
    // The title the spec gives a composed branch is compared, as the title of any object is.
    let untitled = json!({"title": "Zone", "oneOf": [branch("integer")]});
    assert_eq!(
        conformance::compare(&untitled, &spec, &[]),
        ["[branch 0]: title null, the spec says \"Primary Zone\""]
    );
    // A difference inside a branch is found at the branch's path, as are the union's own
    // title and its count of branches.
    let ours = json!({"title": "Zones", "oneOf": [titled("string"), titled("integer")]});
    let found = conformance::compare(&ours, &spec, &[]);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().any(|f| f.starts_with("[branch 0].id: type")));
    assert!(
        found
            .iter()
            .any(|f| f.contains("2 branches, the spec has 1"))
    );
}
