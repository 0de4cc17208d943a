//! Enum string conversions: every value round-trips, `VARIANTS` matches the spec, and values the
//! API adds later survive a read-modify-write.

use hcloud_model::{
    ApiModel, Architecture, ImageStatus, ImageType, OsFlavor, ParseEnumError, ServerImage,
};
use hcloud_model_tests::{reference_dir_or_skip, same_json};
use serde_json::{Value, json};
use std::collections::HashSet;
use std::fmt::Debug;
use std::str::FromStr;

/// How a load balancer spreads requests (a closed enum: no catch-all).
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
enum Algorithm {
    /// Each target in turn.
    RoundRobin,
    /// The target with the fewest connections.
    LeastConnections,
}

/// Renamed values, to check `rename_all` and `rename` together.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq)]
#[api(rename_all = "SCREAMING-KEBAB-CASE")]
enum Shouting {
    /// Becomes `VERY-LOUD`.
    VeryLoud,
    /// Renamed outright.
    #[api(rename = "whisper")]
    Quiet,
}

fn round_trips<T>(values: &[&str])
where
    T: FromStr<Err = ParseEnumError> + std::fmt::Display + AsRef<str> + Debug + PartialEq,
    T: serde::Serialize + serde::de::DeserializeOwned,
    T: for<'a> TryFrom<&'a str, Error = ParseEnumError>,
{
    for &value in values {
        let parsed: T = value.parse().unwrap();
        assert_eq!(parsed.to_string(), value);
        assert_eq!(parsed.as_ref(), value);
        assert_eq!(T::try_from(value).unwrap(), parsed);
        let json = serde_json::to_string(&parsed).unwrap();
        assert_eq!(json, format!("\"{value}\""));
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), parsed);
        assert_eq!(
            serde_json::from_reader::<_, T>(json.as_bytes()).unwrap(),
            parsed
        );
        assert_eq!(serde_json::from_value::<T>(json!(value)).unwrap(), parsed);
    }
}

#[test]
fn every_declared_value_round_trips() {
    round_trips::<Architecture>(Architecture::VARIANTS);
    round_trips::<OsFlavor>(OsFlavor::VARIANTS);
    round_trips::<ImageStatus>(ImageStatus::VARIANTS);
    round_trips::<ImageType>(ImageType::VARIANTS);
    round_trips::<Algorithm>(Algorithm::VARIANTS);
    round_trips::<Shouting>(Shouting::VARIANTS);
    assert_eq!(Shouting::VARIANTS, ["VERY-LOUD", "whisper"]);
    assert_eq!(Algorithm::VARIANTS, ["round_robin", "least_connections"]);
}

#[test]
fn known_values_map_to_their_variants_in_declaration_order() {
    assert_eq!(Architecture::VARIANTS, ["x86", "arm"]);
    assert_eq!("x86".parse::<Architecture>().unwrap(), Architecture::X86);
    assert_eq!("arm".parse::<Architecture>().unwrap(), Architecture::Arm);
    assert_eq!("opensuse".parse::<OsFlavor>().unwrap(), OsFlavor::Opensuse);
    assert_eq!(
        "temporary".parse::<ImageType>().unwrap(),
        ImageType::Temporary
    );
    // The API's own `unknown` is an ordinary value, not the catch-all.
    assert_eq!("unknown".parse::<OsFlavor>().unwrap(), OsFlavor::Unknown);
    assert_eq!(OsFlavor::Unknown.as_str(), "unknown");
}

#[test]
fn unknown_values_are_kept_by_the_catch_all() {
    let other = "riscv64".parse::<Architecture>().unwrap();
    assert_eq!(other, Architecture::Other("riscv64".into()));
    assert_eq!(other.as_str(), "riscv64");
    assert_eq!(other.to_string(), "riscv64");
    assert_eq!(serde_json::to_string(&other).unwrap(), r#""riscv64""#);
    // Not normalised: a hand-built `Other` with a known value is a different variant.
    assert_ne!(Architecture::Other("x86".into()), Architecture::X86);
    let distinct: HashSet<Architecture> =
        [Architecture::Other("x86".into()), Architecture::X86].into();
    assert_eq!(distinct.len(), 2);
}

#[test]
fn closed_enums_reject_unknown_values_listing_the_accepted_ones() {
    let error = "random".parse::<Algorithm>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid Algorithm `random`: expected one of `round_robin`, `least_connections`"
    );
    assert_eq!(error.type_name(), "Algorithm");
    assert_eq!(error.input(), "random");
    assert_eq!(error.expected(), ["round_robin", "least_connections"]);
    assert_eq!(
        Algorithm::try_from("RoundRobin").unwrap_err().input(),
        "RoundRobin"
    );

    let json_error = serde_json::from_str::<Algorithm>(r#""random""#).unwrap_err();
    assert_eq!(
        json_error.to_string(),
        "invalid value: string \"random\", expected one of `round_robin`, `least_connections` at line 1 column 8"
    );
    let json_error = serde_json::from_value::<Algorithm>(json!("random")).unwrap_err();
    assert!(
        json_error
            .to_string()
            .contains("`round_robin`, `least_connections`"),
        "{json_error}"
    );
    assert!(serde_json::from_str::<Algorithm>("3").is_err());
}

fn image_with_new_values() -> Value {
    json!({
        "architecture": "riscv64", "bound_to": null, "created": "2026-01-30T23:55:00Z",
        "created_from": null, "deleted": null, "deprecated": null, "description": "NixOS 26.05",
        "disk_size": 10, "id": 42, "image_size": null, "labels": {}, "name": null,
        "os_flavor": "nixos", "os_version": "26.05", "protection": {"delete": false},
        "status": "migrating", "type": "ephemeral"
    })
}

#[test]
fn an_image_with_values_added_later_round_trips_identically() {
    let input = image_with_new_values();
    let text = input.to_string();
    let from_str: ServerImage = serde_json::from_str(&text).unwrap();
    let from_reader: ServerImage = serde_json::from_reader(text.as_bytes()).unwrap();
    assert_eq!(from_str, from_reader);
    assert_eq!(from_str.architecture, Architecture::Other("riscv64".into()));
    assert_eq!(from_str.os_flavor, OsFlavor::Other("nixos".into()));
    assert_eq!(from_str.status, ImageStatus::Other("migrating".into()));
    assert_eq!(from_str.r#type, ImageType::Other("ephemeral".into()));
    let written = serde_json::to_value(&from_str).unwrap();
    assert!(same_json(&written, &input), "{written}");
}

/// The enum values of one property of the spec's image schema.
fn spec_enum(spec: &Value, property: &str) -> Vec<String> {
    spec.pointer(&format!(
        "/paths/~1images~1{{id}}/get/responses/200/content/application~1json/schema/properties/image/properties/{property}/enum"
    ))
    .and_then(Value::as_array)
    .unwrap_or_else(|| panic!("the spec lists no enum for {property}"))
    .iter()
    .map(|v| v.as_str().unwrap().to_owned())
    .collect()
}

#[test]
fn variants_match_the_spec_enums() {
    let Some(reference) = reference_dir_or_skip("variants_match_the_spec_enums") else {
        return;
    };
    let spec: Value = serde_json::from_str(
        &std::fs::read_to_string(reference.join("hetzner-cloud-openapi.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(Architecture::VARIANTS, spec_enum(&spec, "architecture"));
    assert_eq!(OsFlavor::VARIANTS, spec_enum(&spec, "os_flavor"));
    assert_eq!(ImageStatus::VARIANTS, spec_enum(&spec, "status"));
    // The one deliberate deviation: the seed's `temporary`, which the spec has since dropped.
    let mut image_types = spec_enum(&spec, "type");
    image_types.push("temporary".to_owned());
    assert_eq!(ImageType::VARIANTS, image_types);
}

#[test]
fn display_honours_width_and_precision_like_a_str() {
    assert_eq!(format!("[{:<6}]", Architecture::Arm), "[arm   ]");
    assert_eq!(format!("[{:>6}]", ImageType::Backup), "[backup]");
    assert_eq!(format!("[{:.3}]", OsFlavor::Opensuse), "[ope]");
    assert_eq!(
        format!("[{:^7}]", Architecture::Other("mips".into())),
        "[ mips  ]"
    );
}
