//! The anchor: the same model written the way a user would without this crate, with
//! serde_derive, strum and bon, and lossless catch-alls for unknown enum values.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use strum::{AsRefStr, Display, EnumString, VariantNames};

#[derive(Serialize, Deserialize, bon::Builder, Debug, Clone, PartialEq)]
pub struct AnchorImage {
    pub architecture: AnchorArchitecture,
    pub bound_to: Option<i64>,
    pub created: String,
    pub created_from: Option<AnchorCreatedFrom>,
    pub deleted: Option<String>,
    pub deprecated: Option<String>,
    pub description: String,
    pub disk_size: f64,
    pub id: i64,
    pub image_size: Option<f64>,
    pub labels: BTreeMap<String, String>,
    pub name: Option<String>,
    pub os_flavor: AnchorOsFlavor,
    pub os_version: Option<String>,
    pub protection: AnchorProtection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rapid_deploy: Option<bool>,
    pub status: AnchorImageStatus,
    #[serde(rename = "type")]
    pub r#type: AnchorImageType,
}

#[derive(Serialize, Deserialize, bon::Builder, Debug, Clone, PartialEq)]
pub struct AnchorCreatedFrom {
    pub id: i64,
    pub name: String,
}

#[derive(Serialize, Deserialize, bon::Builder, Debug, Clone, PartialEq)]
pub struct AnchorProtection {
    pub delete: bool,
}

macro_rules! anchor_enum {
    ($name:ident { $($variant:ident),* }) => {
        #[derive(Serialize, Deserialize, EnumString, Display, AsRefStr, VariantNames, Debug, Clone, PartialEq, Eq, Hash)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name {
            $($variant,)*
            #[serde(untagged)]
            #[strum(default)]
            Other(String),
        }
    };
}

anchor_enum!(AnchorArchitecture { X86, Arm });
anchor_enum!(AnchorOsFlavor {
    Ubuntu,
    Centos,
    Debian,
    Fedora,
    Rocky,
    Alma,
    Opensuse,
    Unknown
});
anchor_enum!(AnchorImageStatus {
    Available,
    Creating,
    Unavailable
});
anchor_enum!(AnchorImageType {
    System,
    App,
    Snapshot,
    Backup,
    Temporary
});

/// The load balancer target as serde_derive reads it: an internally tagged enum, which buffers
/// each object before choosing the variant.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AnchorTarget {
    Server(AnchorServerTarget),
    LabelSelector(AnchorLabelSelectorTarget),
    Ip(AnchorIpTarget),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AnchorServerTarget {
    pub server: AnchorServerRef,
    pub health_status: Vec<AnchorHealthStatus>,
    pub use_private_ip: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AnchorServerRef {
    pub id: i64,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AnchorHealthStatus {
    pub listen_port: i64,
    pub status: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AnchorLabelSelectorTarget {
    pub label_selector: AnchorSelector,
    pub use_private_ip: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AnchorSelector {
    pub selector: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AnchorIpTarget {
    pub ip: AnchorIpRef,
    pub health_status: Vec<AnchorHealthStatus>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AnchorIpRef {
    pub ip: String,
}

/// A reference by ID or by name as serde_derive reads it: an untagged enum, which buffers the
/// value and tries each variant in turn.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(untagged)]
pub enum AnchorIdOrName {
    Id(i64),
    Name(String),
}
