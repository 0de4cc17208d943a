//! Zone RRSets: the resource record sets of a primary Zone, and the requests that change them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// An RRSet: the resource records of one name and type in a Zone.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "RRSet")]
pub struct Rrset {
    /// ID of the RRSet.
    ///
    /// The ID is composed of the name and type, joined with a slash (e.g. `www/AAAA`).
    pub id: String,
    /// Name of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// The name must be in lower case, and must not end with a dot or the [Zone](https://docs.hetzner.cloud/#tag/zones)
    /// name. Names containing non-ASCII characters must be transcribed to
    /// [Punycode](https://wikipedia.org/wiki/Punycode) representation with ACE prefix, e.g.
    /// `xn--4bi` (✉️).
    ///
    /// For the [Zone](https://docs.hetzner.cloud/#tag/zones) apex, use `@`.
    pub name: String,
    /// Type of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    pub r#type: RrsetType,
    /// Time To Live (TTL) of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// If not set, the [Zone's](https://docs.hetzner.cloud/#tag/zones) Default TTL is used.
    pub ttl: Option<i64>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Protection of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    pub protection: RrsetProtection,
    /// Records of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must not be empty and must only contain distinct record values.
    /// The order of records returned in responses is not guaranteed to be consistent.
    pub records: Vec<Record>,
    /// ID of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    pub zone: i64,
}

/// Type of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
#[api(rename_all = "UPPERCASE")]
pub enum RrsetType {
    /// IPv4 address: `A`.
    A,
    /// IPv6 address: `AAAA`.
    Aaaa,
    /// Certification authority authorization: `CAA`.
    Caa,
    /// Canonical name: `CNAME`.
    Cname,
    /// Delegation signer: `DS`.
    Ds,
    /// Host information: `HINFO`.
    Hinfo,
    /// HTTPS service binding: `HTTPS`.
    Https,
    /// Mail exchange: `MX`.
    Mx,
    /// Nameserver: `NS`.
    Ns,
    /// Pointer: `PTR`.
    Ptr,
    /// Responsible person: `RP`.
    Rp,
    /// Start of authority: `SOA`.
    Soa,
    /// Service locator: `SRV`.
    Srv,
    /// Service binding: `SVCB`.
    Svcb,
    /// TLS certificate association: `TLSA`.
    Tlsa,
    /// Text: `TXT`.
    Txt,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Protection of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct RrsetProtection {
    /// Prevent the Resource from being changed.
    pub change: bool,
}

/// Record of a [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
///
/// The `value` is used to identify the record in an [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "Record")]
pub struct Record {
    /// Value of the record.
    ///
    /// For details about accepted values, see the [DNS record types documentation](https://docs.hetzner.com/networking/dns/record-types/overview/).
    pub value: String,
    /// Comment of the record.
    #[api(optional)]
    pub comment: Option<String>,
}

/// The body of `GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}` and of its `PUT`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct RrsetResponse {
    /// The RRSet.
    pub rrset: Rrset,
}

crate::list_response! {
    /// The body of `GET /zones/{id_or_name}/rrsets`: one page of RRSets.
    pub struct RrsetsPage { rrsets: Vec<Rrset> }
}

/// The body of `POST /zones/{id_or_name}/rrsets`, and each RRSet of `POST /zones`: an RRSet to
/// create.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateZoneRrsetRequest {
    /// Name of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// The name must be in lower case, and must not end with a dot or the [Zone](https://docs.hetzner.cloud/#tag/zones)
    /// name. Names containing non-ASCII characters must be transcribed to
    /// [Punycode](https://wikipedia.org/wiki/Punycode) representation with ACE prefix, e.g.
    /// `xn--4bi` (✉️).
    ///
    /// For the [Zone](https://docs.hetzner.cloud/#tag/zones) apex, use `@`.
    pub name: String,
    /// Type of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    pub r#type: RrsetType,
    /// Time To Live (TTL) of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// If not set, the [Zone's](https://docs.hetzner.cloud/#tag/zones) Default TTL is used.
    pub ttl: Patch<i64>,
    /// Records of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must not be empty and must only contain distinct record values.
    /// The order of records returned in responses is not guaranteed to be consistent.
    pub records: Vec<Record>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}

/// The body of `POST /zones/{id_or_name}/rrsets`'s response: the new RRSet and the Action
/// creating it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateZoneRrsetResponse {
    /// The RRSet created.
    pub rrset: Rrset,
    /// The Action creating the RRSet.
    pub action: Action,
}

/// The body of `PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}`: what to change; what is
/// left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct UpdateZoneRrsetRequest {
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of [Labels](https://docs.hetzner.cloud/#description/labels) provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}

/// The body of `POST …/rrsets/{rr_name}/{rr_type}/actions/change_protection`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeZoneRrsetProtectionRequest {
    /// Prevent the Resource from being changed.
    pub change: bool,
}

/// The body of `POST …/rrsets/{rr_name}/{rr_type}/actions/change_ttl`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeZoneRrsetTtlRequest {
    /// Time To Live (TTL) of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// If not set, the [Zone's](https://docs.hetzner.cloud/#tag/zones) Default TTL is used.
    pub ttl: Option<i64>,
}

/// The body of `POST …/rrsets/{rr_name}/{rr_type}/actions/set_records`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct SetZoneRrsetRecordsRequest {
    /// Records to set in the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must not be empty and must only contain distinct record values.
    pub records: Vec<Record>,
}

/// The body of `POST …/rrsets/{rr_name}/{rr_type}/actions/add_records`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AddZoneRrsetRecordsRequest {
    /// Time To Live (TTL) of the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// If not set, the [Zone's](https://docs.hetzner.cloud/#tag/zones) Default TTL is used.
    /// If set, and the RRSet being updated already has a TTL, the values must be the same.
    pub ttl: Patch<i64>,
    /// Records to add to the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must not be empty and must only contain distinct record values.
    pub records: Vec<Record>,
}

/// The body of `POST …/rrsets/{rr_name}/{rr_type}/actions/remove_records`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct RemoveZoneRrsetRecordsRequest {
    /// Records to remove from the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must not be empty and must only contain distinct record values.
    pub records: Vec<Record>,
}

/// The body of `POST …/rrsets/{rr_name}/{rr_type}/actions/update_records`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct UpdateZoneRrsetRecordsRequest {
    /// Records to update in the [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets).
    ///
    /// Must not be empty and must only contain distinct record values.
    pub records: Vec<RecordUpdate>,
}

/// Record of a [RRSet](https://docs.hetzner.cloud/#tag/zone-rrsets) whose comment to change.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "Record")]
pub struct RecordUpdate {
    /// Value of the record to update.
    pub value: String,
    /// New comment for the record.
    pub comment: String,
}
