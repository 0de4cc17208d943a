//! The field-kind table, row by row, through the four ways serde_json hands keys to a model:
//! borrowed (`from_str`, `from_slice`) and owned (`from_reader`, `from_value`).

use hcloud_model::ApiModel;
use hcloud_model_tests::names_word;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// One field of each kind.
#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Kinds {
    /// Required: always present, never null.
    required: i64,
    /// Nullable: always present, may be null.
    nullable: Option<String>,
    /// Optional: may be absent.
    #[api(optional)]
    optional: Option<bool>,
    /// Defaulted from `Default`.
    #[api(default)]
    counted: u32,
    /// Defaulted from a function.
    #[api(default = default_zone)]
    zone: String,
    /// Nested model.
    #[api(optional)]
    inner: Option<Inner>,
}

fn default_zone() -> String {
    "eu-central".to_owned()
}

/// A nested model, for paths in errors.
#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Inner {
    /// A required number.
    id: i64,
    /// Labels.
    #[api(default)]
    labels: BTreeMap<String, String>,
    /// A list of numbers.
    #[api(default)]
    list: Vec<u8>,
}

type Reader = fn(&str) -> Result<Kinds, serde_json::Error>;

/// The four input kinds, by name.
const READERS: [(&str, Reader); 4] = [
    ("from_str", |s| serde_json::from_str(s)),
    ("from_slice", |s| serde_json::from_slice(s.as_bytes())),
    ("from_reader", |s| serde_json::from_reader(s.as_bytes())),
    ("from_value", |s| {
        serde_json::from_value(serde_json::from_str::<Value>(s)?)
    }),
];

fn read_all(input: &Value) -> Kinds {
    let text = input.to_string();
    let mut results = READERS
        .iter()
        .map(|(name, read)| read(&text).unwrap_or_else(|e| panic!("{name} failed on {text}: {e}")));
    let first = results.next().unwrap();
    for other in results {
        assert_eq!(other, first, "input kinds disagree on {text}");
    }
    first
}

fn error_all(input: &str) -> Vec<String> {
    READERS
        .iter()
        .filter(|(name, _)| *name != "from_value" || serde_json::from_str::<Value>(input).is_ok())
        .map(|(name, read)| match read(input) {
            Ok(value) => panic!("{name} accepted {input}: {value:?}"),
            Err(error) => error.to_string(),
        })
        .collect()
}

fn full() -> Value {
    json!({"required": 1, "nullable": "n", "optional": true, "counted": 3, "zone": "us-east", "inner": {"id": 7, "labels": {"k": "v"}, "list": [1, 2]}})
}

#[test]
fn all_keys_present_round_trip_in_every_input_kind() {
    let kinds = read_all(&full());
    assert_eq!(kinds.required, 1);
    assert_eq!(kinds.inner.as_ref().unwrap().labels["k"], "v");
    assert_eq!(serde_json::to_value(&kinds).unwrap(), full());
}

#[test]
fn required_rejects_missing_and_null_naming_the_field() {
    for input in [
        r#"{"nullable": null}"#,
        r#"{"required": null, "nullable": null}"#,
    ] {
        for message in error_all(input) {
            assert!(names_word(&message, "required"), "{input}: {message}");
        }
    }
}

#[test]
fn nullable_reads_null_and_missing_as_none_and_always_writes() {
    let with_null = read_all(&json!({"required": 1, "nullable": null}));
    let missing = read_all(&json!({"required": 1}));
    assert_eq!(with_null.nullable, None);
    assert_eq!(missing, with_null);
    let written = serde_json::to_value(&missing).unwrap();
    assert_eq!(
        written["nullable"],
        Value::Null,
        "a nullable key is always written"
    );
}

#[test]
fn optional_reads_null_and_missing_as_none_and_writes_only_some() {
    let missing = read_all(&json!({"required": 1, "nullable": null}));
    let with_null = read_all(&json!({"required": 1, "nullable": null, "optional": null}));
    assert_eq!(missing.optional, None);
    assert_eq!(with_null, missing);
    let written = serde_json::to_value(&missing).unwrap();
    assert!(
        written.get("optional").is_none(),
        "None is not written: {written}"
    );
    assert!(written.get("inner").is_none());
    let some = Kinds {
        optional: Some(false),
        ..missing
    };
    assert_eq!(
        serde_json::to_value(&some).unwrap()["optional"],
        json!(false)
    );
}

#[test]
fn defaults_fill_missing_keys_and_are_always_written() {
    let kinds = read_all(&json!({"required": 1, "nullable": null}));
    assert_eq!(kinds.counted, 0);
    assert_eq!(kinds.zone, "eu-central");
    let written = serde_json::to_value(&kinds).unwrap();
    assert_eq!(written["counted"], json!(0));
    assert_eq!(written["zone"], json!("eu-central"));
    // A default is for an absent key; `null` is still a wrong value.
    for message in error_all(r#"{"required": 1, "nullable": null, "zone": null}"#) {
        assert!(names_word(&message, "zone"), "{message}");
    }
}

#[test]
fn unknown_keys_are_ignored_whatever_their_value() {
    let kinds = read_all(
        &json!({"required": 1, "nullable": null, "new_key": {"deep": [1, {"x": null}]}, "rebuild": true}),
    );
    assert_eq!(kinds.required, 1);
}

#[test]
fn duplicate_keys_are_an_error_naming_the_field() {
    // Only text can repeat a key: a `serde_json::Value` already kept one of them.
    let input = r#"{"required": 1, "nullable": null, "required": 2}"#;
    for (name, read) in &READERS[..3] {
        let message = read(input).unwrap_err().to_string();
        assert!(
            message.contains("duplicate field `required`"),
            "{name}: {message}"
        );
    }
}

#[test]
fn wrong_values_name_the_field_and_the_path_to_it() {
    let cases = [
        (r#"{"required": "42", "nullable": null}"#, "required"),
        (r#"{"required": 42.5, "nullable": null}"#, "required"),
        (r#"{"required": 1, "nullable": 5}"#, "nullable"),
        (
            r#"{"required": 1, "nullable": null, "optional": "yes"}"#,
            "optional",
        ),
        (
            r#"{"required": 1, "nullable": null, "counted": -1}"#,
            "counted",
        ),
        (
            r#"{"required": 1, "nullable": null, "inner": {"id": "x"}}"#,
            "inner.id",
        ),
        (
            r#"{"required": 1, "nullable": null, "inner": {}}"#,
            "inner.id",
        ),
        (
            r#"{"required": 1, "nullable": null, "inner": {"id": 1, "labels": {"a": 1}}}"#,
            "inner.labels",
        ),
        (
            r#"{"required": 1, "nullable": null, "inner": {"id": 1, "list": [1, 300]}}"#,
            "inner.list[1]",
        ),
        (r#"{"required": 1, "nullable": null, "inner": 3}"#, "inner"),
    ];
    for (input, path) in cases {
        for message in error_all(input) {
            assert!(
                message.contains(&format!("`{path}`")),
                "{input}: `{message}` does not name `{path}`"
            );
        }
    }
}

#[test]
fn syntax_errors_and_truncation_stay_errors_without_a_field() {
    let inputs = [
        r#"{"required": 1, "nullable": "#,
        r#"{"required": 1 "nullable": null}"#,
        r#"{"required": 1, "nullable": null, "inner": {"id": 1,"#,
        r#"{"required": 1, "nullable": "abc"#,
        r#"{"required": 1, "nullable": null, "inner": {"id": 1, "labels": {"a": "#,
        "",
    ];
    for input in inputs {
        let error = serde_json::from_str::<Kinds>(input).unwrap_err();
        assert!(
            error.is_syntax() || error.is_eof(),
            "{input}: {error} is {:?}",
            error.classify()
        );
        let message = error.to_string();
        for field in ["required", "nullable", "inner", "id"] {
            assert!(
                !names_word(&message, field),
                "{input}: `{message}` names a field"
            );
        }
    }
}

#[test]
fn a_type_error_keeps_its_category_and_one_position() {
    let error = serde_json::from_str::<Kinds>(r#"{"required": "42"}"#).unwrap_err();
    assert!(error.is_data());
    assert_eq!((error.line(), error.column()), (1, 17));
    assert_eq!(error.to_string().matches(" at line ").count(), 1, "{error}");
}

/// An `Option` by another name, as a user's crate may spell it: the derive cannot tell.
type Maybe<T> = Option<T>;

/// Nullable fields whose `Option` is behind an alias, made nullable by the key.
#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Aliased<T> {
    /// Always present, may be null.
    #[api(nullable)]
    note: Maybe<String>,
    /// Generic, and nullable the same way.
    #[api(nullable)]
    items: Maybe<Vec<T>>,
}

#[test]
fn nullable_marks_an_aliased_option_as_nullable_on_the_wire_and_in_the_metadata() {
    let missing: Aliased<u8> = serde_json::from_value(json!({})).unwrap();
    let with_null: Aliased<u8> =
        serde_json::from_value(json!({"note": null, "items": null})).unwrap();
    assert_eq!(
        missing,
        Aliased {
            note: None,
            items: None
        }
    );
    assert_eq!(with_null, missing);
    assert_eq!(
        serde_json::to_value(&missing).unwrap(),
        json!({"note": null, "items": null}),
        "`None` is written as `null`"
    );
    let full: Aliased<u8> = serde_json::from_value(json!({"note": "n", "items": [1]})).unwrap();
    assert_eq!(full.note.as_deref(), Some("n"));
    assert_eq!(full.items, Some(vec![1]));
    // Nullable, not required by the builder.
    assert_eq!(Aliased::<u8>::builder().build(), missing);

    for field in Aliased::<u8>::FIELDS {
        assert!(
            field.is_nullable() && field.is_required(),
            "{}",
            field.name()
        );
        assert!(!field.is_optional(), "{}", field.name());
    }
    let schema = Aliased::<u8>::openapi_schema();
    assert_eq!(schema["required"], json!(["note", "items"]));
    assert_eq!(
        schema["properties"]["note"]["type"],
        json!(["string", "null"])
    );
    assert_eq!(
        schema["properties"]["items"]["type"],
        json!(["array", "null"])
    );
}

/// A tuple field: an array of exactly its items, each of its own type.
#[derive(ApiModel, Debug, Clone, PartialEq)]
struct Sample {
    /// A timestamp and a value.
    point: (f64, String),
}

#[test]
fn a_tuple_is_an_array_of_its_items_on_the_wire_and_in_the_schema() {
    let sample: Sample = serde_json::from_value(json!({"point": [1.5, "42"]})).unwrap();
    assert_eq!(sample.point, (1.5, "42".to_owned()));
    assert_eq!(
        serde_json::to_value(&sample).unwrap(),
        json!({"point": [1.5, "42"]})
    );
    let error = serde_json::from_str::<Sample>(r#"{"point": [1.5, 3]}"#).unwrap_err();
    assert!(error.to_string().contains("`point[1]`"), "{error}");
    // Too short and too long are errors too (std's tuple reading, without the path so far).
    for input in [r#"{"point": [1.5]}"#, r#"{"point": [1, "a", 2]}"#] {
        assert!(serde_json::from_str::<Sample>(input).is_err(), "{input}");
    }
    assert_eq!(
        Sample::openapi_schema()["properties"]["point"],
        json!({
            "type": "array",
            "prefixItems": [{"type": "number"}, {"type": "string"}],
            "minItems": 2,
            "maxItems": 2,
            "description": "A timestamp and a value.",
        })
    );
}
