// A user crate needs only `hcloud-model` (serde_json just to have a format): no serde dependency.
#![deny(warnings, missing_docs, clippy::all)]
//! A user's crate.

use hcloud_model::ApiModel;

/// A firewall rule, written by a user.
#[derive(ApiModel, Debug, PartialEq)]
#[api(rename_all = "camelCase")]
pub struct Rule {
    /// Direction of traffic.
    pub direction: Direction,
    /// Source IPs, as CIDRs.
    pub source_ips: Vec<String>,
    /// Port or port range.
    pub port: Option<String>,
    /// Description, left out when unset.
    #[api(optional)]
    pub description: Option<String>,
}

/// Direction of traffic.
#[derive(ApiModel, Debug, PartialEq)]
pub enum Direction {
    /// Incoming.
    In,
    /// Outgoing.
    Out,
}

fn main() {
    let rule = Rule {
        direction: Direction::In,
        source_ips: vec!["0.0.0.0/0".into()],
        port: Some("80".into()),
        description: None,
    };
    let json = serde_json::to_string(&rule).unwrap();
    assert_eq!(json, r#"{"direction":"in","sourceIps":["0.0.0.0/0"],"port":"80"}"#);
    assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), rule);
}
