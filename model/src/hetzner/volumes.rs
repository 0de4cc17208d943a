//! Volumes: block storage attached to Servers, and the requests that make, change and move them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use crate::hetzner::images::Protection;
use crate::hetzner::locations::Location;
use hcloud_model_macros::ApiModel;

/// A Volume: block storage in one Location, attached to at most one Server there.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Volume {
    /// ID of the [Volume](https://docs.hetzner.cloud/#tag/volumes).
    pub id: i64,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// ID of the Server the Volume is attached to, null if it is not attached at all.
    pub server: Option<i64>,
    /// Location of the Volume. Volume can only be attached to Servers in the same Location.
    pub location: Location,
    /// Size in GB of the Volume.
    pub size: f64,
    /// Device path on the file system for the Volume.
    pub linux_device: String,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Status of the Volume.
    pub status: VolumeStatus,
    /// Filesystem of the Volume if formatted on creation, null if not formatted on creation.
    pub format: Option<String>,
}

/// Status of the Volume.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum VolumeStatus {
    /// The Volume can be used: `available`.
    Available,
    /// The Volume is still being created: `creating`.
    Creating,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The body of `GET /volumes/{id}` and of `PUT /volumes/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct VolumeResponse {
    /// The Volume.
    pub volume: Volume,
}

crate::list_response! {
    /// The body of `GET /volumes`: one page of Volumes.
    pub struct VolumesPage { volumes: Vec<Volume> }
}

/// The body of `POST /volumes`: the new Volume, in a Location or attached to a Server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateVolumeRequest")]
pub struct CreateVolumeRequest {
    /// Size of the Volume in GB.
    pub size: i64,
    /// Name of the volume.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Auto-mount Volume after attach. `server` must be provided.
    #[api(optional)]
    pub automount: Option<bool>,
    /// Format Volume after creation. One of: `xfs`, `ext4`.
    #[api(optional)]
    pub format: Option<String>,
    /// Location to create the Volume in (can be omitted if Server is specified).
    #[api(optional)]
    pub location: Option<String>,
    /// Server to which to attach the Volume once it's created (Volume will be created in the same Location as the server).
    #[api(optional)]
    pub server: Option<i64>,
}

/// The body of `POST /volumes`'s response: the new Volume and the Actions creating it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateVolumeResponse {
    /// The Volume being created.
    pub volume: Volume,
    /// The Action creating the Volume.
    pub action: Action,
    /// Actions that run after the creation, such as attaching the Volume to its Server.
    pub next_actions: Vec<Action>,
}

/// The body of `PUT /volumes/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "UpdateVolumeRequest")]
pub struct UpdateVolumeRequest {
    /// New Volume name.
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

/// The body of `POST /volumes/{id}/actions/attach`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "AttachVolumeRequest")]
pub struct AttachVolumeRequest {
    /// ID of the Server the Volume will be attached to.
    pub server: i64,
    /// Auto-mount the Volume after attaching it.
    #[api(optional)]
    pub automount: Option<bool>,
}

/// The body of `POST /volumes/{id}/actions/change_protection`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeVolumeProtectionRequest {
    /// If true, prevents the Volume from being deleted.
    #[api(optional)]
    pub delete: Option<bool>,
}

/// The body of `POST /volumes/{id}/actions/resize`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ResizeVolumeRequest {
    /// New Volume size in GB (must be greater than current size).
    pub size: f64,
}
