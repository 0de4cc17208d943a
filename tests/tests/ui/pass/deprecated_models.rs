// A deprecated model, field or variant is no use of itself: the derive's code for it raises no
// deprecation warning, which `deny(warnings)` would make an error.
#![deny(warnings)]

use hcloud_model::ApiModel;

/// A firewall, kept for old clients.
#[deprecated = "use `Firewall`"]
#[derive(ApiModel, Debug, PartialEq)]
struct LegacyFirewall {
    /// Its name.
    name: String,
    /// Its rules, as text.
    #[deprecated]
    rules: Option<String>,
    /// How it is applied.
    #[allow(deprecated)] // The user's own use of `Applied`, which rustc reports without a derive.
    applied: Applied,
}

/// How a firewall is applied.
#[deprecated]
#[derive(ApiModel, Debug, PartialEq)]
enum Applied {
    /// To servers.
    Servers,
    /// To label selectors.
    #[deprecated]
    LabelSelector,
    /// Anything else.
    #[api(other)]
    Other(String),
}

/// A model that is current, with one field on its way out.
#[derive(ApiModel, Debug, PartialEq)]
struct Firewall {
    /// Its id.
    id: i64,
    /// The old name of `id`.
    #[deprecated]
    #[api(optional)]
    legacy_id: Option<i64>,
}

/// An id, kept for old clients.
#[deprecated]
#[derive(ApiModel, Debug, PartialEq)]
#[api(transparent)]
struct LegacyId(i64);

#[allow(deprecated)]
fn legacy() {
    let firewall = LegacyFirewall::builder()
        .name("web")
        .applied(Applied::LabelSelector)
        .build();
    let json = serde_json::to_string(&firewall).unwrap();
    assert_eq!(json, r#"{"name":"web","rules":null,"applied":"label_selector"}"#);
    assert_eq!(serde_json::from_str::<LegacyFirewall>(&json).unwrap(), firewall);
    assert_eq!(Applied::LabelSelector.as_str(), "label_selector");
    assert_eq!(LegacyFirewall::DOC, "A firewall, kept for old clients.");
    assert_eq!(serde_json::from_str::<LegacyId>("7").unwrap(), LegacyId(7));
}

fn main() {
    legacy();
    let firewall: Firewall = serde_json::from_str(r#"{"id": 1}"#).unwrap();
    assert_eq!(firewall, Firewall::builder().id(1).build());
    assert_eq!(Firewall::FIELDS.len(), 2);
}
