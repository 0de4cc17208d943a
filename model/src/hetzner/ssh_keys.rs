//! SSH keys: public keys stored in the project, to inject into new Servers.

use crate::hetzner::common::Labels;
use hcloud_model_macros::ApiModel;

/// An SSH key: a public key stored in the project, to inject into new Servers.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct SshKey {
    /// ID of the [SSH Key](https://docs.hetzner.cloud/#tag/ssh-keys).
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// MD5 fingerprint of the SSH public key.
    pub fingerprint: String,
    /// Public key.
    pub public_key: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
}

/// The body of `GET /ssh_keys/{id}`, and of the responses of `POST /ssh_keys` and
/// `PUT /ssh_keys/{id}`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct SshKeyResponse {
    /// The SSH key.
    pub ssh_key: SshKey,
}

crate::list_response! {
    /// The body of `GET /ssh_keys`: one page of SSH keys.
    pub struct SshKeysPage { ssh_keys: Vec<SshKey> }
}

/// The body of `POST /ssh_keys`: the new SSH key.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateSshKeyRequest {
    /// Name of the SSH key.
    pub name: String,
    /// Public key.
    pub public_key: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}

/// The body of `PUT /ssh_keys/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct UpdateSshKeyRequest {
    /// New name Name to set.
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
