//! The attributes and shapes users reach for: each one through serde (both ways), the builder,
//! the metadata and the schema, where it applies.

use hcloud_model::{ApiModel, Describe};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use std::borrow::Cow;

/// `skip`: not on the wire, default on read, builder default, absent from metadata and schema.
#[derive(ApiModel, Debug, PartialEq)]
struct WithSkip {
    /// On the wire.
    id: i64,
    /// Local state, never sent.
    #[api(skip)]
    cache: Vec<String>,
    /// Local state with its own default.
    #[api(skip, default = initial_hits)]
    hits: u32,
}

fn initial_hits() -> u32 {
    7
}

#[test]
fn skip_keeps_a_field_off_the_wire() {
    let value = WithSkip {
        id: 1,
        cache: vec!["x".into()],
        hits: 3,
    };
    assert_eq!(serde_json::to_value(&value).unwrap(), json!({"id": 1}));
    let read: WithSkip =
        serde_json::from_str(r#"{"id": 2, "cache": ["ignored"], "hits": 99}"#).unwrap();
    assert_eq!(
        read,
        WithSkip {
            id: 2,
            cache: vec![],
            hits: 7
        }
    );
    assert_eq!(
        WithSkip::builder().id(3).build(),
        WithSkip {
            id: 3,
            cache: vec![],
            hits: 7
        }
    );
    assert_eq!(WithSkip::builder().id(3).hits(1).build().hits, 1);
    let names: Vec<&str> = WithSkip::FIELDS.iter().map(|f| f.name()).collect();
    assert_eq!(names, ["id"]);
    assert!(
        WithSkip::openapi_schema()["properties"]
            .get("cache")
            .is_none()
    );
}

/// `alias`: other keys accepted on read, never written.
#[derive(ApiModel, Debug, PartialEq)]
struct WithAlias {
    /// Was called `datacenter`, then `dc`.
    #[api(alias = "datacenter", alias = "dc")]
    location: String,
}

#[test]
fn aliases_are_read_and_never_written() {
    for input in [
        r#"{"location": "fsn1"}"#,
        r#"{"datacenter": "fsn1"}"#,
        r#"{"dc": "fsn1"}"#,
    ] {
        let value: WithAlias = serde_json::from_str(input).unwrap();
        assert_eq!(value.location, "fsn1", "{input}");
        assert_eq!(
            serde_json::to_string(&value).unwrap(),
            r#"{"location":"fsn1"}"#
        );
    }
    let error = serde_json::from_str::<WithAlias>(r#"{"location": "a", "dc": "b"}"#).unwrap_err();
    assert!(
        error.to_string().contains("duplicate field `location`"),
        "{error}"
    );
    assert_eq!(WithAlias::FIELDS[0].wire_name(), "location");
}

/// A type with its own wire form, and no schema of its own: seconds since the epoch.
#[derive(Debug, PartialEq, Clone, Copy)]
struct UnixTime(u64);

mod unix_seconds {
    use super::UnixTime;

    pub(crate) fn serialize<S: serde::Serializer>(
        value: &UnixTime,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(value.0)
    }

    pub(crate) fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<UnixTime, D::Error> {
        <u64 as serde::Deserialize>::deserialize(deserializer).map(UnixTime)
    }
}

fn id_as_text<S: serde::Serializer>(value: &u64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

fn id_from_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    let text = <String as serde::Deserialize>::deserialize(deserializer)?;
    text.parse().map_err(serde::de::Error::custom)
}

/// `with`, `serialize_with`, `deserialize_with`, and `format` so the schema says what the wire holds.
#[derive(ApiModel, Debug, PartialEq)]
struct WithFunctions {
    /// When it was created.
    #[api(with = "unix_seconds", format = "int64")]
    created: UnixTime,
    /// When it was last seen, if ever.
    #[api(with = "optional_unix_seconds", optional, format = "int64")]
    seen: Option<UnixTime>,
    /// An id the API sends as text.
    #[api(serialize_with = "id_as_text", deserialize_with = "id_from_text")]
    id: u64,
}

/// Written with the crate's re-export of serde's traits, beside modules written with `serde`'s:
/// they are one set of traits.
mod optional_unix_seconds {
    use super::UnixTime;
    use hcloud_model::serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(
        value: &Option<UnixTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(time) => serializer.serialize_some(&time.0),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<UnixTime>, D::Error> {
        Option::<u64>::deserialize(deserializer).map(|o| o.map(UnixTime))
    }
}

/// `with` on a nullable field.
#[derive(ApiModel, Debug, PartialEq)]
struct WithNullable {
    /// Maybe a time.
    #[api(with = "optional_unix_seconds", format = "int64")]
    at: Option<UnixTime>,
}

#[test]
fn with_functions_read_and_write_the_field() {
    let value = WithFunctions {
        created: UnixTime(1_700_000_000),
        seen: None,
        id: 42,
    };
    let json = serde_json::to_value(&value).unwrap();
    assert_eq!(json, json!({"created": 1_700_000_000u64, "id": "42"}));
    assert_eq!(
        serde_json::from_value::<WithFunctions>(json).unwrap(),
        value
    );
    let seen: WithFunctions =
        serde_json::from_str(r#"{"created": 1, "seen": 2, "id": "3"}"#).unwrap();
    assert_eq!(seen.seen, Some(UnixTime(2)));
    let error = serde_json::from_str::<WithFunctions>(r#"{"created": 1, "id": "x"}"#).unwrap_err();
    assert!(error.to_string().contains("invalid digit"), "{error}");
    let error =
        serde_json::from_str::<WithFunctions>(r#"{"created": "soon", "id": "1"}"#).unwrap_err();
    assert!(
        error.to_string().contains("for `created`"),
        "the field is still named: {error}"
    );
    let schema = WithFunctions::openapi_schema();
    assert_eq!(
        schema["properties"]["created"],
        json!({"type": "integer", "format": "int64", "description": "When it was created."})
    );
    assert_eq!(schema["properties"]["id"]["type"], "string");
    let nullable = WithNullable::openapi_schema();
    assert_eq!(
        nullable["properties"]["at"]["type"],
        json!(["integer", "null"])
    );
    let read: WithNullable = serde_json::from_str(r#"{"at": null}"#).unwrap();
    assert_eq!(read.at, None);
    assert_eq!(
        serde_json::to_string(&WithNullable {
            at: Some(UnixTime(5))
        })
        .unwrap(),
        r#"{"at":5}"#
    );
}

/// A strict request body.
#[derive(ApiModel, Debug, PartialEq)]
#[api(deny_unknown_fields)]
struct Strict {
    /// A name.
    name: String,
    /// Nested, also strict.
    #[api(optional)]
    inner: Option<StrictInner>,
}

/// Nested strict model.
#[derive(ApiModel, Debug, PartialEq)]
#[api(deny_unknown_fields)]
struct StrictInner {
    /// A flag.
    flag: bool,
}

#[test]
fn deny_unknown_fields_rejects_what_the_model_does_not_know() {
    let error = serde_json::from_str::<Strict>(r#"{"name": "x", "nmae": "y"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("unknown field `nmae`, expected one of `name`, `inner`"),
        "{error}"
    );
    let error =
        serde_json::from_str::<Strict>(r#"{"name": "x", "inner": {"flag": true, "extra": 1}}"#)
            .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("unknown field `extra` in `inner`"),
        "{error}"
    );
    let ok: Strict = serde_json::from_str(r#"{"name": "x", "inner": {"flag": true}}"#).unwrap();
    assert_eq!(ok.inner, Some(StrictInner { flag: true }));
    // The default stays lenient.
    assert!(serde_json::from_str::<WithAlias>(r#"{"location": "a", "new": 1}"#).is_ok());
}

/// The ID of an Image.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[api(transparent)]
struct ImageId(i64);

/// A Server's name, as a named newtype.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(transparent)]
struct ServerName {
    /// The name.
    value: String,
}

/// Uses the newtypes.
#[derive(ApiModel, Debug, PartialEq)]
struct UsesNewtypes {
    /// The image.
    image: ImageId,
    /// The server.
    server: ServerName,
}

#[test]
fn transparent_newtypes_are_their_field_on_the_wire() {
    assert_eq!(serde_json::to_string(&ImageId(42)).unwrap(), "42");
    assert_eq!(serde_json::from_str::<ImageId>("42").unwrap(), ImageId(42));
    assert_eq!(ImageId::from(7), ImageId(7));
    assert_eq!(i64::from(ImageId(7)), 7);
    let value: UsesNewtypes =
        serde_json::from_str(r#"{"image": 4711, "server": "web-1"}"#).unwrap();
    assert_eq!(value.server, ServerName::from("web-1".to_owned()));
    assert_eq!(
        serde_json::to_string(&value).unwrap(),
        r#"{"image":4711,"server":"web-1"}"#
    );
    let error =
        serde_json::from_str::<UsesNewtypes>(r#"{"image": "x", "server": "s"}"#).unwrap_err();
    assert!(error.to_string().contains("for `image`"), "{error}");
    assert_eq!(ImageId::openapi_schema()["type"], "integer");
    let schema = UsesNewtypes::openapi_schema();
    assert_eq!(schema["properties"]["image"]["format"], "int64");
    assert_eq!(schema["properties"]["server"]["type"], "string");
    assert!(ImageId::FIELDS.is_empty());
    assert_eq!(ImageId::DOC, "The ID of an Image.");
    assert_eq!(
        UsesNewtypes::builder()
            .image(ImageId(1))
            .server(ServerName { value: "s".into() })
            .build()
            .image,
        ImageId(1)
    );
}

/// Not serializable, not describable: may only sit in skipped fields.
#[derive(Debug, Default, PartialEq)]
struct Opaque;

/// Bounds are inferred per field, as serde does: `C` is only in a skipped field.
#[derive(ApiModel, Debug, PartialEq)]
struct Inferred<T, C> {
    /// Items.
    items: Vec<T>,
    /// Local cache.
    #[api(skip)]
    cache: C,
}

fn needs_serde<T: Serialize + DeserializeOwned + Describe>() {}

#[test]
fn bounds_are_inferred_only_where_a_type_is_on_the_wire() {
    needs_serde::<Inferred<u8, Opaque>>();
    let value: Inferred<u8, Opaque> = serde_json::from_str(r#"{"items": [1, 2]}"#).unwrap();
    assert_eq!(
        value,
        Inferred {
            items: vec![1, 2],
            cache: Opaque
        }
    );
    assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"items":[1,2]}"#);
}

/// What the explicit bound below asks of `T`.
trait Wire: Serialize + DeserializeOwned + Describe {}

impl Wire for u32 {}

/// `bound` replaces the inferred predicates in every generated impl.
#[derive(ApiModel, Debug, PartialEq)]
#[api(bound = "T: Wire")]
struct Bounded<T> {
    /// The value.
    value: T,
}

#[test]
fn an_explicit_bound_replaces_the_inferred_ones() {
    needs_serde::<Bounded<u32>>();
    let value: Bounded<u32> = serde_json::from_str(r#"{"value": 5}"#).unwrap();
    assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"value":5}"#);
}

/// Borrows from the input where it can.
#[derive(ApiModel, Debug, PartialEq)]
struct Borrowing<'a> {
    /// Always borrowed: a `&str` cannot own.
    name: &'a str,
    /// Borrowed when the input has no escapes.
    note: Cow<'a, str>,
    /// Borrowed too, through an option.
    #[api(optional)]
    label: Option<&'a str>,
}

#[test]
fn borrowed_fields_deserialize_zero_copy() {
    let input = String::from(r#"{"name": "web-1", "note": "plain", "label": "x"}"#);
    let value: Borrowing<'_> = serde_json::from_str(&input).unwrap();
    let range = input.as_bytes().as_ptr_range();
    assert!(
        range.contains(&value.name.as_ptr()),
        "name points into the input"
    );
    assert!(matches!(value.note, Cow::Borrowed(text) if range.contains(&text.as_ptr())));
    assert_eq!(value.label, Some("x"));
    let escaped: Borrowing<'_> =
        serde_json::from_str(r#"{"name": "a", "note": "line\nbreak"}"#).unwrap();
    assert!(matches!(escaped.note, Cow::Owned(ref text) if text == "line\nbreak"));
    assert_eq!(
        serde_json::to_string(&escaped).unwrap(),
        r#"{"name":"a","note":"line\nbreak"}"#
    );
}

/// Serde written by hand, so the derive leaves it out.
#[derive(ApiModel, Debug, PartialEq)]
#[api(serde = false)]
struct HandSerialized {
    /// A value.
    value: i64,
}

impl Serialize for HandSerialized {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value)
    }
}

/// A builder written by hand, so the derive leaves its own out.
#[derive(ApiModel, Debug, PartialEq)]
#[api(builder = false)]
struct HandBuilt {
    /// A value.
    value: i64,
}

impl HandBuilt {
    fn builder() -> i64 {
        0
    }
}

#[test]
fn halves_can_be_turned_off() {
    assert_eq!(
        serde_json::to_string(&HandSerialized { value: 3 }).unwrap(),
        "3"
    );
    assert_eq!(
        HandSerialized::builder().value(3).build(),
        HandSerialized { value: 3 }
    );
    assert_eq!(HandBuilt::builder(), 0);
    assert_eq!(
        serde_json::from_str::<HandBuilt>(r#"{"value": 1}"#).unwrap(),
        HandBuilt { value: 1 }
    );
    assert_eq!(HandBuilt::FIELDS.len(), 1);
}

/// Docs from expressions: the file's text and the `concat!`'s reach the metadata and the schema.
///
#[doc = include_str!("docs/firewall.md")]
#[derive(ApiModel, Debug, PartialEq)]
struct DocumentedElsewhere {
    #[doc = include_str!("docs/firewall_rules.md")]
    rules: Vec<String>,
    #[doc = concat!("Applied to at most ", stringify!(5), " servers.")]
    limit: u8,
    /// A literal doc, as before.
    name: String,
    /// A value whose variants are documented by expressions.
    direction: DocumentedDirection,
}

/// Which way traffic goes.
#[derive(ApiModel, Debug, PartialEq)]
enum DocumentedDirection {
    #[doc = concat!("Incoming", " traffic.")]
    In,
    /// Outgoing
    #[doc = concat!("traffic.")]
    Out,
}

#[test]
fn docs_written_as_expressions_are_the_metadata_and_schema_text() {
    let doc = "Docs from expressions: the file's text and the `concat!`'s reach the metadata and the schema.\n\nA firewall, documented in a file.\n\n    Indented: a code block.";
    assert_eq!(DocumentedElsewhere::DOC, doc);
    let rules_doc =
        "Rules of a firewall, documented in a file:\n\n- `in` rules first,\n- then `out` rules.";
    let fields: Vec<&str> = DocumentedElsewhere::FIELDS
        .iter()
        .map(|field| field.doc())
        .collect();
    assert_eq!(
        fields,
        [
            rules_doc,
            "Applied to at most 5 servers.",
            "A literal doc, as before.",
            "A value whose variants are documented by expressions."
        ]
    );
    let values: Vec<&str> = DocumentedDirection::VALUES
        .iter()
        .map(|v| v.doc())
        .collect();
    assert_eq!(values, ["Incoming traffic.", "Outgoing\ntraffic."]);

    let schema = DocumentedElsewhere::openapi_schema();
    assert_eq!(schema["description"], doc);
    assert_eq!(schema["properties"]["rules"]["description"], rules_doc);
    assert_eq!(
        schema["properties"]["limit"]["description"],
        "Applied to at most 5 servers."
    );
}

/// A field whose own function fails to write it, between two that write.
#[derive(ApiModel, Debug)]
struct FailsInTheMiddle {
    /// Written.
    first: u64,
    /// Refused by its function.
    #[api(serialize_with = "refuse")]
    middle: u64,
    /// After the failure.
    last: String,
}

fn refuse<S: serde::Serializer>(_: &u64, _: S) -> Result<S::Ok, S::Error> {
    Err(serde::ser::Error::custom("refused to write `middle`"))
}

#[test]
fn writing_stops_at_the_first_field_that_fails_and_returns_its_error() {
    let value = FailsInTheMiddle {
        first: 1,
        middle: 2,
        last: "never".to_owned(),
    };
    let mut written = Vec::new();
    let error = serde_json::to_writer(&mut written, &value).unwrap_err();
    assert_eq!(error.to_string(), "refused to write `middle`");
    // serde_json writes a key before its value; nothing after the failing value is written.
    assert_eq!(
        String::from_utf8(written).unwrap(),
        r#"{"first":1,"middle":"#
    );
}

/// A model serde_json is asked to write as an object key, which it refuses before any field.
#[derive(ApiModel, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct UsedAsAKey {
    /// Would be written.
    id: u64,
}

#[test]
fn a_format_that_refuses_the_struct_itself_gets_its_error_back_and_nothing_is_written() {
    let map = std::collections::BTreeMap::from([(UsedAsAKey { id: 7 }, 1)]);
    let mut written = Vec::new();
    let error = serde_json::to_writer(&mut written, &map).unwrap_err();
    assert_eq!(error.to_string(), "key must be a string");
    // The map's opening brace is serde_json's own; no key or value of the struct follows it.
    assert_eq!(String::from_utf8(written).unwrap(), "{");
}
