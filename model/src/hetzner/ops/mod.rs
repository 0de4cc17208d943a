//! One type per operation of the API, named after the spec's `operationId` in `UpperCamelCase`
//! (`list_servers` is [`ListServers`]): its path and query parameters as fields, its request
//! body as `body`, and [`Operation`](crate::Operation) for the method, path and bodies. One file
//! per resource family, as the models; [`ALL`] lists every operation's
//! [`OperationInfo`](crate::OperationInfo).
//!
//! Calling one with any HTTP client is a few lines:
//!
//! ```
//! use hcloud_model::{Operation, ops};
//!
//! let op = ops::GetServer { id: 42 };
//! let url = format!("https://api.hetzner.cloud/v1{}", op.path_and_query());
//! assert_eq!(url, "https://api.hetzner.cloud/v1/servers/42");
//! // client.request(ops::GetServer::METHOD, &url).bearer_auth(token).send()?…
//! let body = br#"{"server": null}"#;
//! assert!(ops::GetServer::read_response(body).is_err()); // a `server` it needs
//! ```

mod actions;
mod certificates;
mod datacenters;
mod firewalls;
mod floating_ips;
mod images;
mod isos;
mod load_balancer_types;
mod load_balancers;
mod locations;
mod networks;
mod placement_groups;
mod pricing;
mod primary_ips;
mod server_types;
mod servers;
mod ssh_keys;
mod volumes;
mod zone_rrsets;
mod zones;

pub use actions::*;
pub use certificates::*;
pub use datacenters::*;
pub use firewalls::*;
pub use floating_ips::*;
pub use images::*;
pub use isos::*;
pub use load_balancer_types::*;
pub use load_balancers::*;
pub use locations::*;
pub use networks::*;
pub use placement_groups::*;
pub use pricing::*;
pub use primary_ips::*;
pub use server_types::*;
pub use servers::*;
pub use ssh_keys::*;
pub use volumes::*;
pub use zone_rrsets::*;
pub use zones::*;

use crate::OperationInfo;
use hcloud_model_macros::ApiModel;

/// Every operation of the spec, grouped by tag.
pub const ALL: &[OperationInfo] = &[
    GetActions::INFO,
    GetAction::INFO,
    ListDatacenters::INFO,
    GetDatacenter::INFO,
    ListImages::INFO,
    GetImage::INFO,
    UpdateImage::INFO,
    DeleteImage::INFO,
    ListImagesActions::INFO,
    GetImagesAction::INFO,
    ListImageActions::INFO,
    ChangeImageProtection::INFO,
    GetImageAction::INFO,
    ListIsos::INFO,
    GetIso::INFO,
    ListLocations::INFO,
    GetLocation::INFO,
    ListPlacementGroups::INFO,
    CreatePlacementGroup::INFO,
    GetPlacementGroup::INFO,
    UpdatePlacementGroup::INFO,
    DeletePlacementGroup::INFO,
    GetPricing::INFO,
    ListServers::INFO,
    CreateServer::INFO,
    ListServersActions::INFO,
    GetServersAction::INFO,
    GetServer::INFO,
    UpdateServer::INFO,
    DeleteServer::INFO,
    ListServerActions::INFO,
    AddServerToPlacementGroup::INFO,
    AttachServerIso::INFO,
    AttachServerToNetwork::INFO,
    ChangeServerAliasIps::INFO,
    ChangeServerDnsPtr::INFO,
    ChangeServerProtection::INFO,
    ChangeServerType::INFO,
    CreateServerImage::INFO,
    DetachServerFromNetwork::INFO,
    DetachServerIso::INFO,
    DisableServerBackup::INFO,
    DisableServerRescue::INFO,
    EnableServerBackup::INFO,
    EnableServerRescue::INFO,
    PoweroffServer::INFO,
    PoweronServer::INFO,
    RebootServer::INFO,
    RebuildServer::INFO,
    RemoveServerFromPlacementGroup::INFO,
    RequestServerConsole::INFO,
    ResetServer::INFO,
    ResetServerPassword::INFO,
    ShutdownServer::INFO,
    GetServerAction::INFO,
    GetServerMetrics::INFO,
    ListServerTypes::INFO,
    GetServerType::INFO,
    ListSshKeys::INFO,
    CreateSshKey::INFO,
    GetSshKey::INFO,
    UpdateSshKey::INFO,
    DeleteSshKey::INFO,
    ListVolumes::INFO,
    CreateVolume::INFO,
    GetVolume::INFO,
    UpdateVolume::INFO,
    DeleteVolume::INFO,
    ListVolumesActions::INFO,
    GetVolumesAction::INFO,
    ListVolumeActions::INFO,
    AttachVolume::INFO,
    ChangeVolumeProtection::INFO,
    DetachVolume::INFO,
    ResizeVolume::INFO,
    GetVolumeAction::INFO,
    ListLoadBalancerTypes::INFO,
    GetLoadBalancerType::INFO,
    ListCertificates::INFO,
    CreateCertificate::INFO,
    GetCertificate::INFO,
    UpdateCertificate::INFO,
    DeleteCertificate::INFO,
    ListCertificatesActions::INFO,
    GetCertificatesAction::INFO,
    ListCertificateActions::INFO,
    RetryCertificate::INFO,
    GetCertificateAction::INFO,
    ListFirewalls::INFO,
    CreateFirewall::INFO,
    GetFirewall::INFO,
    UpdateFirewall::INFO,
    DeleteFirewall::INFO,
    ListFirewallsActions::INFO,
    GetFirewallsAction::INFO,
    ListFirewallActions::INFO,
    ApplyFirewallToResources::INFO,
    RemoveFirewallFromResources::INFO,
    SetFirewallRules::INFO,
    GetFirewallAction::INFO,
    ListNetworks::INFO,
    CreateNetwork::INFO,
    GetNetwork::INFO,
    UpdateNetwork::INFO,
    DeleteNetwork::INFO,
    ListNetworksActions::INFO,
    GetNetworksAction::INFO,
    ListNetworkActions::INFO,
    AddNetworkRoute::INFO,
    AddNetworkSubnet::INFO,
    ChangeNetworkIpRange::INFO,
    ChangeNetworkProtection::INFO,
    DeleteNetworkRoute::INFO,
    DeleteNetworkSubnet::INFO,
    GetNetworkAction::INFO,
    ListFloatingIps::INFO,
    CreateFloatingIp::INFO,
    GetFloatingIp::INFO,
    UpdateFloatingIp::INFO,
    DeleteFloatingIp::INFO,
    ListFloatingIpsActions::INFO,
    GetFloatingIpsAction::INFO,
    ListFloatingIpActions::INFO,
    AssignFloatingIp::INFO,
    ChangeFloatingIpDnsPtr::INFO,
    ChangeFloatingIpProtection::INFO,
    UnassignFloatingIp::INFO,
    GetFloatingIpAction::INFO,
    ListPrimaryIps::INFO,
    CreatePrimaryIp::INFO,
    GetPrimaryIp::INFO,
    UpdatePrimaryIp::INFO,
    DeletePrimaryIp::INFO,
    ListPrimaryIpsActions::INFO,
    GetPrimaryIpsAction::INFO,
    ListPrimaryIpActions::INFO,
    GetPrimaryIpAction::INFO,
    AssignPrimaryIp::INFO,
    ChangePrimaryIpDnsPtr::INFO,
    ChangePrimaryIpProtection::INFO,
    UnassignPrimaryIp::INFO,
    ListLoadBalancers::INFO,
    CreateLoadBalancer::INFO,
    ListLoadBalancersActions::INFO,
    GetLoadBalancersAction::INFO,
    GetLoadBalancer::INFO,
    UpdateLoadBalancer::INFO,
    DeleteLoadBalancer::INFO,
    ListLoadBalancerActions::INFO,
    AddLoadBalancerService::INFO,
    AddLoadBalancerTarget::INFO,
    AttachLoadBalancerToNetwork::INFO,
    ChangeLoadBalancerAlgorithm::INFO,
    ChangeLoadBalancerDnsPtr::INFO,
    ChangeLoadBalancerProtection::INFO,
    ChangeLoadBalancerType::INFO,
    DeleteLoadBalancerService::INFO,
    DetachLoadBalancerFromNetwork::INFO,
    DisableLoadBalancerPublicInterface::INFO,
    EnableLoadBalancerPublicInterface::INFO,
    RemoveLoadBalancerTarget::INFO,
    UpdateLoadBalancerService::INFO,
    GetLoadBalancerAction::INFO,
    GetLoadBalancerMetrics::INFO,
    ListZones::INFO,
    CreateZone::INFO,
    GetZone::INFO,
    UpdateZone::INFO,
    DeleteZone::INFO,
    GetZoneZonefile::INFO,
    ListZonesActions::INFO,
    GetZonesAction::INFO,
    ListZoneActions::INFO,
    GetZoneAction::INFO,
    ChangeZonePrimaryNameservers::INFO,
    ChangeZoneProtection::INFO,
    ChangeZoneTtl::INFO,
    ImportZoneZonefile::INFO,
    ListZoneRrsets::INFO,
    CreateZoneRrset::INFO,
    GetZoneRrset::INFO,
    UpdateZoneRrset::INFO,
    DeleteZoneRrset::INFO,
    ChangeZoneRrsetProtection::INFO,
    ChangeZoneRrsetTtl::INFO,
    SetZoneRrsetRecords::INFO,
    AddZoneRrsetRecords::INFO,
    RemoveZoneRrsetRecords::INFO,
    UpdateZoneRrsetRecords::INFO,
];

/// How a list of resources is sorted: by ID, name or creation time, ascending unless `:desc`.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResourceSort {
    /// By ID, ascending.
    Id,
    /// By ID, ascending.
    #[api(rename = "id:asc")]
    IdAsc,
    /// By ID, descending.
    #[api(rename = "id:desc")]
    IdDesc,
    /// By name, ascending.
    Name,
    /// By name, ascending.
    #[api(rename = "name:asc")]
    NameAsc,
    /// By name, descending.
    #[api(rename = "name:desc")]
    NameDesc,
    /// By creation time, ascending.
    Created,
    /// By creation time, ascending.
    #[api(rename = "created:asc")]
    CreatedAsc,
    /// By creation time, descending.
    #[api(rename = "created:desc")]
    CreatedDesc,
}

/// How a list of Actions is sorted: by ID, command, status, start or finish time, ascending
/// unless `:desc`.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionSort {
    /// By ID, ascending.
    Id,
    /// By ID, ascending.
    #[api(rename = "id:asc")]
    IdAsc,
    /// By ID, descending.
    #[api(rename = "id:desc")]
    IdDesc,
    /// By command, ascending.
    Command,
    /// By command, ascending.
    #[api(rename = "command:asc")]
    CommandAsc,
    /// By command, descending.
    #[api(rename = "command:desc")]
    CommandDesc,
    /// By status, ascending.
    Status,
    /// By status, ascending.
    #[api(rename = "status:asc")]
    StatusAsc,
    /// By status, descending.
    #[api(rename = "status:desc")]
    StatusDesc,
    /// By start time, ascending.
    Started,
    /// By start time, ascending.
    #[api(rename = "started:asc")]
    StartedAsc,
    /// By start time, descending.
    #[api(rename = "started:desc")]
    StartedDesc,
    /// By finish time, ascending.
    Finished,
    /// By finish time, ascending.
    #[api(rename = "finished:asc")]
    FinishedAsc,
    /// By finish time, descending.
    #[api(rename = "finished:desc")]
    FinishedDesc,
}

/// How a list of resources without a creation time is sorted: by ID or name, ascending unless
/// `:desc`.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameSort {
    /// By ID, ascending.
    Id,
    /// By ID, ascending.
    #[api(rename = "id:asc")]
    IdAsc,
    /// By ID, descending.
    #[api(rename = "id:desc")]
    IdDesc,
    /// By name, ascending.
    Name,
    /// By name, ascending.
    #[api(rename = "name:asc")]
    NameAsc,
    /// By name, descending.
    #[api(rename = "name:desc")]
    NameDesc,
}

/// How a list of resources sortable only by ID or creation time is sorted, ascending unless
/// `:desc`.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CreatedSort {
    /// By ID, ascending.
    Id,
    /// By ID, ascending.
    #[api(rename = "id:asc")]
    IdAsc,
    /// By ID, descending.
    #[api(rename = "id:desc")]
    IdDesc,
    /// By creation time, ascending.
    Created,
    /// By creation time, ascending.
    #[api(rename = "created:asc")]
    CreatedAsc,
    /// By creation time, descending.
    #[api(rename = "created:desc")]
    CreatedDesc,
}
