//! Server Actions: the request and response bodies of the actions on a Server (`POST
//! /servers/{id}/actions/…`) that are more than an [`ActionResponse`](crate::ActionResponse).

use crate::hetzner::actions::Action;
use hcloud_model_macros::ApiModel;

/// The body of `POST /servers/{id}/actions/add_to_placement_group`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "AddToPlacementGroupRequest")]
pub struct AddToPlacementGroupRequest {
    /// ID of Placement Group the Server should be added to.
    pub placement_group: i64,
}

/// The body of `POST /servers/{id}/actions/attach_iso`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AttachIsoRequest {
    /// ID or name of ISO to attach to the Server as listed in GET `/isos`.
    pub iso: String,
}

/// The body of `POST /servers/{id}/actions/attach_to_network`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "AttachToNetworkRequest")]
pub struct AttachToNetworkRequest {
    /// ID of an existing network to attach the Server to.
    pub network: i64,
    /// IP to request to be assigned to this Server; if you do not provide this then you will be auto assigned an IP address.
    #[api(optional)]
    pub ip: Option<String>,
    /// Additional IPs to be assigned to this Server.
    #[api(optional)]
    pub alias_ips: Option<Vec<String>>,
    /// IP range in CIDR block notation of the subnet to attach to.
    ///
    /// This allows for auto assigning an IP address for a specific subnet.
    /// Providing `ip` that is not part of `ip_range` will result in an error.
    #[api(optional)]
    pub ip_range: Option<String>,
}

/// The body of `POST /servers/{id}/actions/change_alias_ips`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeAliasIpsRequest {
    /// ID of an existing Network already attached to the Server.
    pub network: i64,
    /// New alias IPs to set for this Server.
    pub alias_ips: Vec<String>,
}

/// The body of `POST /servers/{id}/actions/change_protection`: what to change; what is left out
/// stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeServerProtectionRequest {
    /// If true, prevents the Server from being deleted (currently delete and rebuild attribute needs to have the same value).
    #[api(optional)]
    pub delete: Option<bool>,
    /// If true, prevents the Server from being rebuilt (currently delete and rebuild attribute needs to have the same value).
    #[api(optional)]
    pub rebuild: Option<bool>,
}

/// The body of `POST /servers/{id}/actions/change_type`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeServerTypeRequest {
    /// If false, do not upgrade the disk (this allows downgrading the Server type later).
    pub upgrade_disk: bool,
    /// ID or name of Server type the Server should migrate to.
    pub server_type: String,
}

/// The body of `POST /servers/{id}/actions/detach_from_network`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "DetachFromNetworkRequest")]
pub struct DetachFromNetworkRequest {
    /// ID of an existing network to detach the Server from.
    pub network: i64,
}

/// The body of `POST /servers/{id}/actions/enable_rescue`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct EnableRescueRequest {
    /// Type of rescue system to boot.
    ///
    /// The API takes `linux64` when it is left out.
    #[api(optional)]
    pub r#type: Option<RescueType>,
    /// Array of SSH key IDs which should be injected into the rescue system.
    #[api(optional)]
    pub ssh_keys: Option<Vec<i64>>,
}

/// Type of rescue system to boot.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RescueType {
    /// A 64-bit Linux: `linux64`.
    Linux64,
}

/// The body of `POST /servers/{id}/actions/enable_rescue`'s response.
///
/// The `root_password` key in the reply contains the root password that can be used to access the booted rescue system.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct EnableRescueResponse {
    /// Password that will be set for this Server once the Action succeeds.
    pub root_password: String,
    /// The Action enabling the rescue mode.
    pub action: Action,
}

/// The body of `POST /servers/{id}/actions/rebuild`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "RebuildServerRequest")]
pub struct RebuildServerRequest {
    /// ID or name of Image to rebuilt from.
    pub image: String,
    /// Cloud-Init user data to use during Server rebuild. This field is limited to 32KiB. If not specified, the Server's previous user_data value will be re-used (if any was set).
    #[api(optional)]
    pub user_data: Option<String>,
}

/// The body of `POST /servers/{id}/actions/rebuild`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct RebuildServerResponse {
    /// New root password when not using SSH keys.
    pub root_password: Option<String>,
    /// The Action rebuilding the Server.
    pub action: Action,
}

/// The body of `POST /servers/{id}/actions/request_console`'s response: where and how to reach
/// the Server's console over VNC.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct RequestConsoleResponse {
    /// URL of websocket proxy to use; this includes a token which is valid for a limited time only.
    pub wss_url: String,
    /// VNC password to use for this connection (this password only works in combination with a wss_url with valid token).
    pub password: String,
    /// The Action requesting the console.
    pub action: Action,
}

/// The body of `POST /servers/{id}/actions/reset_password`'s response.
///
/// The `root_password` key in the reply contains the new root password that will be active if the Action succeeds.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ResetPasswordResponse {
    /// Password that will be set for this Server once the Action succeeds.
    pub root_password: String,
    /// The Action resetting the password.
    pub action: Action,
}
