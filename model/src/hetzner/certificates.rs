//! Certificates: TLS Certificates for Load Balancers, uploaded or managed by the API
//! (*Let's Encrypt*), and the requests that make and change them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// A Certificate: uploaded in PEM format, or issued and renewed by the API.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "Certificate")]
pub struct Certificate {
    /// ID of the [Certificate](https://docs.hetzner.cloud/#tag/certificates).
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Type of the Certificate.
    #[api(optional)]
    pub r#type: Option<CertificateType>,
    /// Certificate and chain in PEM format, in order so that each record directly certifies the one preceding.
    pub certificate: Option<String>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// Point in time when the Certificate becomes valid (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub not_valid_before: Option<String>,
    /// Point in time when the Certificate stops being valid (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub not_valid_after: Option<String>,
    /// Domains and subdomains covered by the Certificate.
    pub domain_names: Vec<String>,
    /// SHA256 fingerprint of the Certificate.
    pub fingerprint: Option<String>,
    /// Current status of a type `managed` Certificate, always *null* for type `uploaded` Certificates.
    pub status: Patch<CertificateStatus>,
    /// Resources currently using the Certificate.
    pub used_by: Vec<CertificateUser>,
}

/// Type of the Certificate.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificateType {
    /// Uploaded in PEM format, renewed by its owner: `uploaded`.
    Uploaded,
    /// Issued and renewed by *Let's Encrypt* through the API: `managed`.
    Managed,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Current status of a type `managed` Certificate, always *null* for type `uploaded` Certificates.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CertificateStatus {
    /// Status of the issuance process of the Certificate.
    #[api(optional)]
    pub issuance: Option<CertificateIssuance>,
    /// Status of the renewal process of the Certificate.
    #[api(optional)]
    pub renewal: Option<CertificateRenewal>,
    /// If issuance or renewal reports `failed`, this property contains information about what happened.
    pub error: Patch<CertificateError>,
}

/// Status of the issuance process of the Certificate.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificateIssuance {
    /// The Certificate is being issued: `pending`.
    Pending,
    /// The Certificate has been issued: `completed`.
    Completed,
    /// The issuance failed: `failed`.
    Failed,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Status of the renewal process of the Certificate.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificateRenewal {
    /// A renewal is planned: `scheduled`.
    Scheduled,
    /// The Certificate is being renewed: `pending`.
    Pending,
    /// The renewal failed: `failed`.
    Failed,
    /// No renewal is possible: `unavailable`.
    Unavailable,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// If issuance or renewal reports `failed`, this property contains information about what happened.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CertificateError {
    /// Fixed error code for machines.
    #[api(optional)]
    pub code: Option<String>,
    /// Error message for humans.
    #[api(optional)]
    pub message: Option<String>,
}

/// A resource using the Certificate.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CertificateUser {
    /// ID of resource referenced.
    pub id: i64,
    /// Type of resource referenced.
    pub r#type: String,
}

/// The body of `GET /certificates/{id}` and of `PUT /certificates/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CertificateResponse")]
pub struct CertificateResponse {
    /// The Certificate.
    pub certificate: Certificate,
}

crate::list_response! {
    /// The body of `GET /certificates`: one page of Certificates.
    #[api(title = "CertificatesResponse")]
    pub struct CertificatesPage { certificates: Vec<Certificate> }
}

/// The body of `POST /certificates`: an uploaded Certificate, or domains to get a managed one
/// for.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateCertificateRequest")]
pub struct CreateCertificateRequest {
    /// Name of the Certificate.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Choose between uploading a Certificate in PEM format or requesting a managed *Let's Encrypt* Certificate.
    ///
    /// Left out, the API takes `uploaded`.
    #[api(optional)]
    pub r#type: Option<CertificateType>,
    /// Certificate and chain in PEM format, in order so that each record directly certifies the one preceding. Required for type `uploaded` Certificates.
    #[api(optional)]
    pub certificate: Option<String>,
    /// Certificate key in PEM format. Required for type `uploaded` Certificates.
    #[api(optional)]
    pub private_key: Option<String>,
    /// Domains and subdomains that should be contained in the Certificate issued by *Let's Encrypt*. Required for type `managed` Certificates.
    #[api(optional)]
    pub domain_names: Option<Vec<String>>,
}

/// The body of `POST /certificates`'s response: the new Certificate and, for a managed one, the
/// Action issuing it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateCertificateResponse")]
pub struct CreateCertificateResponse {
    /// The Certificate created.
    pub certificate: Certificate,
    /// The Action issuing a managed Certificate; `null` for an uploaded one.
    pub action: Option<Action>,
}

/// The body of `PUT /certificates/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "UpdateCertificateRequest")]
pub struct UpdateCertificateRequest {
    /// New Certificate name.
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
