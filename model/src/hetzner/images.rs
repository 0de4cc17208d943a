//! Images: the disk images servers are created from, and the enums describing them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use hcloud_model_macros::ApiModel;
use std::collections::BTreeMap;

/// An Image: the disk image a Server is created from, as `GET /images` lists it and as a Server
/// embeds it in its `image` key.
///
/// The wire keys are the official spec's (snake_case); every key except `rapid_deploy` is always
/// present, and several of them may be `null`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerImage {
    /// CPU architecture compatible with the Image.
    ///
    /// The type of CPU architecture this Image is compatible with.
    pub architecture: Architecture,
    /// ID of Server the Image is bound to. Only set for Images of type `backup`.
    pub bound_to: Option<i64>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    ///
    /// Older responses use other ISO-8601 forms (`2016-01-30T23:50+00:00`), so it is kept as text.
    #[api(format = "date-time")]
    pub created: String,
    /// Information about the Server the Image was created from.
    pub created_from: Option<CreatedFrom>,
    /// Point in time where the Image was deleted (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub deleted: Option<String>,
    /// Point in time when the Image is considered to be deprecated (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub deprecated: Option<String>,
    /// Description of the Image.
    pub description: String,
    /// Size of the disk contained in the Image in GB.
    pub disk_size: f64,
    /// ID of the [Image](https://docs.hetzner.cloud/#tag/images).
    ///
    /// Limited to 52 bits to ensure compatibility with JSON double precision floats (the spec's
    /// maximum is 2^53 - 1).
    pub id: i64,
    /// Size of the Image file in our storage in GB. For snapshot Images this is the value relevant for calculating costs for the Image.
    pub image_size: Option<f64>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: BTreeMap<String, String>,
    /// Unique identifier of the Image. This value is only set for system Images.
    pub name: Option<String>,
    /// Flavor of operating system contained in the Image.
    pub os_flavor: OsFlavor,
    /// Operating system version.
    pub os_version: Option<String>,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// Indicates that rapid deploy of the Image is available.
    ///
    /// The only key of an Image that may be absent.
    #[api(optional)]
    pub rapid_deploy: Option<bool>,
    /// Status of the Image.
    ///
    /// Whether the Image can be used or if it's still being created or unavailable.
    pub status: ImageStatus,
    /// Type of the Image.
    pub r#type: ImageType,
}

/// Information about the Server the Image was created from.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreatedFrom {
    /// ID of the Server the Image was created from.
    pub id: i64,
    /// Server name at the time the Image was created.
    pub name: String,
}

/// Protection configuration for the Resource: for an Image, only against deletion.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Protection {
    /// Prevent the Resource from being deleted.
    pub delete: bool,
}

/// CPU architecture compatible with the Image.
///
/// Open: `arm` arrived after clients had shipped, so a value added later reads as
/// [`Architecture::Other`] instead of failing the whole response.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum Architecture {
    /// x86 processors (Intel and AMD): `x86`.
    X86,
    /// ARM processors: `arm`.
    Arm,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Flavor of operating system contained in the Image.
///
/// Open: `rocky`, `alma` and `opensuse` arrived after clients had shipped.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum OsFlavor {
    /// Ubuntu: `ubuntu`.
    Ubuntu,
    /// CentOS: `centos`.
    Centos,
    /// Debian: `debian`.
    Debian,
    /// Fedora: `fedora`.
    Fedora,
    /// Rocky Linux: `rocky`.
    Rocky,
    /// AlmaLinux: `alma`.
    Alma,
    /// openSUSE: `opensuse`.
    Opensuse,
    /// The API's own value `unknown`: the flavor is not known (snapshots of custom systems).
    /// An ordinary variant, not the catch-all [`OsFlavor::Other`].
    Unknown,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Status of the Image.
///
/// Whether the Image can be used or if it's still being created or unavailable.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageStatus {
    /// The Image can be used: `available`.
    Available,
    /// The Image is still being created: `creating`.
    Creating,
    /// The Image cannot be used: `unavailable`.
    Unavailable,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Type of the Image.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageType {
    /// An operating system image provided by Hetzner: `system`.
    System,
    /// An image with an application preinstalled: `app`.
    App,
    /// A snapshot a user took of a Server: `snapshot`.
    Snapshot,
    /// An automatic backup, bound to its Server: `backup`.
    Backup,
    /// `temporary`: in the original model of this type but no longer in the official spec,
    /// which dropped it; kept so data written with it still reads as this variant.
    Temporary,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The body of `GET /images/{id}` and of `PUT /images/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ImageResponse {
    /// The Image.
    pub image: ServerImage,
}

crate::list_response! {
    /// The body of `GET /images`: one page of Images.
    pub struct ImagesPage { images: Vec<ServerImage> }
}

/// The body of `PUT /images/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "UpdateImageRequest")]
pub struct UpdateImageRequest {
    /// New description of Image.
    #[api(optional)]
    pub description: Option<String>,
    /// Destination Image type to convert to.
    #[api(optional)]
    pub r#type: Option<UpdateImageType>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of [Labels](https://docs.hetzner.cloud/#description/labels) provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}

/// The Image types `PUT /images/{id}` can convert to: only `snapshot`, as the spec says.
///
/// Narrower than [`ImageType`] on purpose: a request cannot ask for a conversion the API refuses.
/// Closed (no catch-all): we write this value, we never read one the API invented.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateImageType {
    /// Convert the Image (a backup) to a snapshot: `snapshot`.
    Snapshot,
}

/// The body of `POST /servers/{id}/actions/create_image`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateImageRequest")]
pub struct CreateImageRequest {
    /// Description of the Image, will be auto-generated if not set.
    #[api(optional)]
    pub description: Option<String>,
    /// Type of Image to create.
    ///
    /// The API takes `snapshot` when it is left out.
    #[api(optional)]
    pub r#type: Option<CreateImageType>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}

/// The Image types `POST /servers/{id}/actions/create_image` can create.
///
/// Closed (no catch-all): we write this value, we never read one the API invented.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateImageType {
    /// A snapshot: `snapshot`.
    Snapshot,
    /// A backup: `backup`.
    Backup,
}

/// The body of `POST /servers/{id}/actions/create_image`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateImageResponse {
    /// The Image being created.
    pub image: ServerImage,
    /// The Action creating the Image.
    pub action: Action,
}

/// The body of `POST /images/{id}/actions/change_protection`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeImageProtectionRequest {
    /// If true, prevents the snapshot from being deleted.
    #[api(optional)]
    pub delete: Option<bool>,
}
