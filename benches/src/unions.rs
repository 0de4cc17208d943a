//! Our side of the union figures: the Hetzner spec's load balancer targets (a union tagged by
//! `type`) and an ID-or-name reference (an untagged union), derived with `ApiModel`, and their
//! deterministic corpora.

use crate::Rng;
use hcloud_model::ApiModel;

const TARGETS: usize = 10_000;
const ID_OR_NAMES: usize = 100_000;

/// A load balancer target.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(tag = "type")]
pub enum Target {
    /// One server.
    Server(ServerTarget),
    /// Servers chosen by a label selector.
    LabelSelector(LabelSelectorTarget),
    /// An IP address.
    Ip(IpTarget),
}

/// A server the load balancer routes to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerTarget {
    /// The server.
    pub server: ServerRef,
    /// The health of each service on the server.
    pub health_status: Vec<HealthStatus>,
    /// Use the private network IP instead of the public one.
    pub use_private_ip: bool,
}

/// A reference to a server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerRef {
    /// ID of the server.
    pub id: i64,
}

/// The health of one service of a target.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct HealthStatus {
    /// The port the service listens on.
    pub listen_port: i64,
    /// `healthy`, `unhealthy` or `unknown`.
    pub status: String,
}

/// Servers chosen by a label selector.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LabelSelectorTarget {
    /// The selector.
    pub label_selector: Selector,
    /// Use the private network IPs instead of the public ones.
    pub use_private_ip: bool,
}

/// A label selector.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Selector {
    /// The selector expression.
    pub selector: String,
}

/// An IP address outside Hetzner.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct IpTarget {
    /// The IP.
    pub ip: IpRef,
    /// The health of each service at the address.
    pub health_status: Vec<HealthStatus>,
}

/// A reference to an IP.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct IpRef {
    /// The address.
    pub ip: String,
}

/// A resource given by ID or by name.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(untagged)]
pub enum IdOrName {
    /// By ID.
    Id(i64),
    /// By name.
    Name(String),
}

fn health_status(rng: &mut Rng) -> Vec<HealthStatus> {
    (0..rng.below(4))
        .map(|_| HealthStatus {
            listen_port: *rng.pick(&[80, 443, 8080, 5432, 6379]),
            status: (*rng.pick(&["healthy", "unhealthy", "unknown"])).to_owned(),
        })
        .collect()
}

/// 10,000 targets: half servers, a quarter each label selectors and IPs, 0–3 health statuses.
pub fn targets() -> Vec<Target> {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    (0..TARGETS)
        .map(|_| match rng.below(4) {
            0 | 1 => Target::Server(ServerTarget {
                server: ServerRef {
                    id: 1 + rng.below(90_000_000) as i64,
                },
                health_status: health_status(&mut rng),
                use_private_ip: rng.below(2) == 0,
            }),
            2 => Target::LabelSelector(LabelSelectorTarget {
                label_selector: Selector {
                    selector: format!(
                        "env={},tier in (web,api{})",
                        rng.pick(&["prod", "staging", "dev"]),
                        rng.below(10)
                    ),
                },
                use_private_ip: rng.below(2) == 0,
            }),
            _ => Target::Ip(IpTarget {
                ip: IpRef {
                    ip: format!("203.0.{}.{}", rng.below(256), 1 + rng.below(254)),
                },
                health_status: health_status(&mut rng),
            }),
        })
        .collect()
}

/// The targets as JSON with the tag after the variant's fields: each variant's object written
/// alone, then the tag appended before its closing brace.
pub fn targets_tag_last(targets: &[Target]) -> String {
    let objects: Vec<String> = targets
        .iter()
        .map(|target| {
            let (object, tag) = match target {
                Target::Server(server) => (serde_json::to_string(server), "server"),
                Target::LabelSelector(selector) => {
                    (serde_json::to_string(selector), "label_selector")
                }
                Target::Ip(ip) => (serde_json::to_string(ip), "ip"),
            };
            let object = object.unwrap();
            let fields = object.strip_suffix('}').unwrap();
            format!(r#"{fields},"type":"{tag}"}}"#)
        })
        .collect();
    format!("[{}]", objects.join(","))
}

/// 100,000 references: half IDs, half names (location names and generated server names).
pub fn id_or_names() -> Vec<IdOrName> {
    let mut rng = Rng(0x4f1b_bcdc_bfa5_3e0b);
    (0..ID_OR_NAMES)
        .map(|_| match rng.below(4) {
            0 | 1 => IdOrName::Id(1 + rng.below(90_000_000) as i64),
            2 => IdOrName::Name((*rng.pick(&["fsn1", "nbg1", "hel1", "ash", "hil", "sin"])).into()),
            _ => IdOrName::Name(format!("web-server-{}", rng.below(100_000))),
        })
        .collect()
}
