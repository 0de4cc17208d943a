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
mod datacenters;
mod images;
mod isos;
mod locations;
mod placement_groups;
mod pricing;
mod server_types;
mod servers;
mod ssh_keys;
mod volumes;
mod zone_rrsets;
mod zones;

pub use actions::*;
pub use datacenters::*;
pub use images::*;
pub use isos::*;
pub use locations::*;
pub use placement_groups::*;
pub use pricing::*;
pub use server_types::*;
pub use servers::*;
pub use ssh_keys::*;
pub use volumes::*;
pub use zone_rrsets::*;
pub use zones::*;

use crate::OperationInfo;
use hcloud_model_macros::ApiModel;

/// Every operation modeled, in the spec's order of tags.
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
