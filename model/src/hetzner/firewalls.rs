//! Firewalls: rules for the traffic of the Servers they are applied to, and the requests that
//! make, change and apply them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// A Firewall: its rules, and the resources it is applied to.
///
/// The spec titles this object `FirewallResponse`, as it does the body that holds it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "FirewallResponse")]
pub struct Firewall {
    /// ID of the [Firewall](https://docs.hetzner.cloud/#tag/firewalls).
    pub id: i64,
    /// Name of the [Firewall](https://docs.hetzner.cloud/#tag/firewalls).
    ///
    /// Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// The rules of the Firewall.
    pub rules: Vec<FirewallRule>,
    /// The resources the Firewall is applied to.
    pub applied_to: Vec<FirewallAppliedTo>,
}

/// A rule of a Firewall, as the API reports it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "RuleResponse")]
pub struct FirewallRule {
    /// Description of the rule.
    pub description: Patch<String>,
    /// Traffic direction in which the rule should be applied to.
    ///
    /// Use `source_ips` for direction `in` and `destination_ips` for direction `out` to specify IPs.
    pub direction: FirewallRuleDirection,
    /// List of permitted IPv4/IPv6 addresses for incoming traffic.
    ///
    /// The `direction` must be set to `in`.
    pub source_ips: Vec<String>,
    /// List of permitted IPv4/IPv6 addresses for outgoing traffic.
    ///
    /// The `direction` must be set to `out`.
    pub destination_ips: Vec<String>,
    /// Network protocol to apply the rule for.
    pub protocol: FirewallRuleProtocol,
    /// Port or port range to apply the rule for.
    ///
    /// Only applicable for protocols `tcp` and `udp`.
    pub port: Option<String>,
}

/// A rule of a Firewall, as `POST /firewalls` and `set_rules` take it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "Rule")]
pub struct FirewallRuleRequest {
    /// Description of the rule.
    pub description: Patch<String>,
    /// Traffic direction in which the rule should be applied to.
    ///
    /// Use `source_ips` for direction `in` and `destination_ips` for direction `out` to specify IPs.
    pub direction: FirewallRuleDirection,
    /// List of permitted IPv4/IPv6 addresses for incoming traffic.
    ///
    /// The `direction` must be set to `in`.
    ///
    /// IPs must be provided in [CIDR block notation](https://wikipedia.org/wiki/CIDR), 100 CIDR
    /// blocks at most. Use `0.0.0.0/0` to allow any IPv4 addresses and `::/0` to allow any IPv6
    /// addresses.
    #[api(optional)]
    pub source_ips: Option<Vec<String>>,
    /// List of permitted IPv4/IPv6 addresses for outgoing traffic.
    ///
    /// The `direction` must be set to `out`.
    ///
    /// IPs must be in [CIDR block notation](https://wikipedia.org/wiki/CIDR), 100 CIDR blocks at
    /// most.
    #[api(optional)]
    pub destination_ips: Option<Vec<String>>,
    /// Network protocol to apply the rule for.
    pub protocol: FirewallRuleProtocol,
    /// Port or port range to apply the rule for.
    ///
    /// Only applicable for protocols `tcp` and `udp`. A port range is its bounds separated by a
    /// dash: `1024-5000` includes every port from 1024 up to 5000.
    #[api(optional)]
    pub port: Option<String>,
}

/// Traffic direction in which a rule is applied.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum FirewallRuleDirection {
    /// Incoming traffic: `in`.
    In,
    /// Outgoing traffic: `out`.
    Out,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Network protocol a rule is applied for.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum FirewallRuleProtocol {
    /// `tcp`.
    Tcp,
    /// `udp`.
    Udp,
    /// `icmp`.
    Icmp,
    /// `esp`.
    Esp,
    /// `gre`.
    Gre,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// A resource a Firewall is applied to: a Server, or a Label Selector with the resources it
/// selects.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct FirewallAppliedTo {
    /// The type of resource to apply.
    pub r#type: FirewallResourceType,
    /// [Server](https://docs.hetzner.cloud/#tag/servers) the [Firewall](https://docs.hetzner.cloud/#tag/firewalls) is applied to.
    ///
    /// Only set for `type` `server`, otherwise `null`.
    #[api(optional)]
    pub server: Option<FirewallResourceServer>,
    /// [Label Selector](https://docs.hetzner.cloud/#description/label-selector) the [Firewall](https://docs.hetzner.cloud/#tag/firewalls) is applied to.
    ///
    /// Only set for `type` `label_selector`, otherwise `null`.
    #[api(optional)]
    pub label_selector: Option<FirewallResourceLabelSelector>,
    /// Resources applied to via this [Label Selector](https://docs.hetzner.cloud/#description/label-selector).
    #[api(optional)]
    pub applied_to_resources: Option<Vec<FirewallAppliedToResource>>,
}

/// A resource a Firewall is applied to through a Label Selector.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct FirewallAppliedToResource {
    /// Type of resource.
    #[api(optional)]
    pub r#type: Option<FirewallAppliedResourceType>,
    /// [Server](https://docs.hetzner.cloud/#tag/servers) the [Firewall](https://docs.hetzner.cloud/#tag/firewalls) is applied to.
    ///
    /// Only set for `type` `server`, otherwise `null`.
    #[api(optional)]
    pub server: Option<FirewallResourceServer>,
}

/// Type of a resource a Firewall is applied to.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum FirewallResourceType {
    /// A Server: `server`.
    Server,
    /// The resources a Label Selector selects: `label_selector`.
    LabelSelector,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Type of a resource a Firewall is applied to through a Label Selector.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum FirewallAppliedResourceType {
    /// A Server: `server`.
    Server,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The Server a Firewall is applied to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct FirewallResourceServer {
    /// ID of the [Server](https://docs.hetzner.cloud/#tag/servers).
    pub id: i64,
}

/// The Label Selector a Firewall is applied to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct FirewallResourceLabelSelector {
    /// The selector.
    pub selector: String,
}

/// A resource to apply a Firewall to or remove it from: a Server or a Label Selector.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "FirewallResource")]
pub struct FirewallResource {
    /// Type of the resource.
    pub r#type: FirewallResourceType,
    /// [Server](https://docs.hetzner.cloud/#tag/servers) the [Firewall](https://docs.hetzner.cloud/#tag/firewalls) is applied to.
    ///
    /// Only set for `type` `server`, otherwise `null`.
    #[api(optional)]
    pub server: Option<FirewallResourceServer>,
    /// [Label Selector](https://docs.hetzner.cloud/#description/label-selector) the [Firewall](https://docs.hetzner.cloud/#tag/firewalls) is applied to.
    ///
    /// Only set for `type` `label_selector`, otherwise `null`.
    #[api(optional)]
    pub label_selector: Option<FirewallResourceLabelSelector>,
}

/// The body of `GET /firewalls/{id}` and of `PUT /firewalls/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "FirewallResponse")]
pub struct FirewallResponse {
    /// The Firewall.
    pub firewall: Firewall,
}

crate::list_response! {
    /// The body of `GET /firewalls`: one page of Firewalls.
    #[api(title = "FirewallsResponse")]
    pub struct FirewallsPage { firewalls: Vec<Firewall> }
}

/// The body of `POST /firewalls`: the new Firewall, with its rules and the resources to apply it
/// to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateFirewallRequest")]
pub struct CreateFirewallRequest {
    /// Name of the [Firewall](https://docs.hetzner.cloud/#tag/firewalls).
    ///
    /// Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Array of rules.
    ///
    /// Rules are limited to 50 entries per [Firewall](https://docs.hetzner.cloud/#tag/firewalls) and [500 effective rules](https://docs.hetzner.com/cloud/firewalls/overview#limits).
    #[api(optional)]
    pub rules: Option<Vec<FirewallRuleRequest>>,
    /// Resources to apply the [Firewall](https://docs.hetzner.cloud/#tag/firewalls) to.
    ///
    /// Resources added directly are taking precedence over those added via a [Label Selector](https://docs.hetzner.cloud/#description/label-selector).
    #[api(optional)]
    pub apply_to: Option<Vec<FirewallResource>>,
}

/// The body of `POST /firewalls`'s response: the new Firewall and the Actions applying it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateFirewallResponse")]
pub struct CreateFirewallResponse {
    /// The Firewall created.
    pub firewall: Firewall,
    /// The Actions applying the Firewall to the resources asked for.
    pub actions: Vec<Action>,
}

/// The body of `PUT /firewalls/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "UpdateFirewallRequest")]
pub struct UpdateFirewallRequest {
    /// Name of the [Firewall](https://docs.hetzner.cloud/#tag/firewalls).
    ///
    /// Must be unique per Project.
    #[api(optional)]
    pub name: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of [Labels](https://docs.hetzner.cloud/#description/labels) provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}

/// The body of `POST /firewalls/{id}/actions/apply_to_resources`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ApplyToResourcesRequest")]
pub struct ApplyToResourcesRequest {
    /// Resources to apply the [Firewall](https://docs.hetzner.cloud/#tag/firewalls) to.
    ///
    /// Extends existing resources.
    pub apply_to: Vec<FirewallResource>,
}

/// The body of `POST /firewalls/{id}/actions/remove_from_resources`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "RemoveFromResourcesRequest")]
pub struct RemoveFromResourcesRequest {
    /// Resources to remove the [Firewall](https://docs.hetzner.cloud/#tag/firewalls) from.
    pub remove_from: Vec<FirewallResource>,
}

/// The body of `POST /firewalls/{id}/actions/set_rules`: the rules that replace the existing
/// ones.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "SetRulesRequest")]
pub struct SetRulesRequest {
    /// Array of rules.
    ///
    /// Rules are limited to 50 entries per [Firewall](https://docs.hetzner.cloud/#tag/firewalls) and [500 effective rules](https://docs.hetzner.com/cloud/firewalls/overview#limits).
    ///
    /// Existing rules will be replaced; an empty array removes all rules.
    pub rules: Vec<FirewallRuleRequest>,
}
