//! Annotating a resource in a few lines, as if the crate had no model of it: SSH keys, written
//! here the way this crate writes its own (`hcloud_model::SshKey` is the crate's, with every field).
//!
//! `cargo run --example new_model` decodes a key, builds a create request and prints its schema.

use hcloud_model::{ApiModel, Labels};

/// An SSH key stored in the project, to inject into new Servers.
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
    pub labels: Labels,
    /// Point in time when the Resource was created (in RFC3339 format).
    #[api(format = "date-time")]
    pub created: String,
}

/// The body of `POST /ssh_keys`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateSshKeyRequest {
    /// Name of the SSH key.
    pub name: String,
    /// Public key.
    pub public_key: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    #[api(optional)]
    pub labels: Option<Labels>,
}

fn main() {
    let key: SshKey = serde_json::from_str(
        r#"{"id": 2323, "name": "laptop", "fingerprint": "b7:2f:30:a0:2f:6c:58:6c:21:04:58:61:ba:06:3b:2f",
            "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG4rT3vTt99Ox5kndS4HmgTrKBT8SKzhK4rhGkEVGlCI",
            "labels": {}, "created": "2026-11-02T10:12:00Z"}"#,
    )
    .expect("an SSH key");
    println!("decoded {} ({})", key.name, key.fingerprint);

    let request = CreateSshKeyRequest::builder()
        .name("ci")
        .public_key(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q",
        )
        .build();
    println!(
        "POST /ssh_keys {}",
        serde_json::to_string(&request).expect("JSON")
    );

    println!(
        "{}",
        serde_json::to_string_pretty(&SshKey::openapi_schema()).expect("JSON")
    );
}
