//! Zones (DNS zones, primary or secondary) and the requests that make and change them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use crate::hetzner::images::Protection;
use crate::hetzner::zone_rrsets::CreateZoneRrsetRequest;
use hcloud_model_macros::ApiModel;

/// A Zone: primary (its records are kept here) or secondary (transferred from primary
/// nameservers), told apart by `mode`.
///
/// For more information, see [Zone Modes](https://docs.hetzner.cloud/#tag/zones/zone-modes).
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(tag = "mode", title = "Zone")]
pub enum Zone {
    /// A Zone in primary mode: `primary`.
    Primary(ZoneProperties),
    /// A Zone in secondary mode: `secondary`.
    Secondary(ZoneProperties),
}

/// What every [`Zone`] has, whatever its mode.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ZoneProperties {
    /// ID of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    pub id: i64,
    /// Name of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// All names with [well-known public suffixes](https://publicsuffix.org/) (e.g. `.de`,
    /// `.com`, `.co.uk`) are supported. Subdomains are not supported.
    ///
    /// The name must be in lower case and must not end with a dot.
    /// [Internationalized domain
    /// names](https://en.wikipedia.org/wiki/Internationalized_domain_name) must be
    /// transcribed to [Punycode](https://wikipedia.org/wiki/Punycode) representation with
    /// ACE prefix, e.g. `xn--mnchen-3ya.de` (`münchen.de`).
    pub name: String,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// Primary nameservers of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// Only set if [Zone](https://docs.hetzner.cloud/#tag/zones) is in [secondary mode](https://docs.hetzner.cloud/#tag/zones/zone-modes), otherwise empty.
    #[api(optional)]
    pub primary_nameservers: Option<Vec<PrimaryNameserver>>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// Default Time To Live (TTL) of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// This TTL is used for [RRSets](https://docs.hetzner.cloud/#tag/zone-rrsets) that do not explicitly define a TTL.
    pub ttl: i64,
    /// Status of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    pub status: ZoneStatus,
    /// Number of resource records (RR) within the [Zone](https://docs.hetzner.cloud/#tag/zones).
    pub record_count: i64,
    /// The authoritative nameservers of the Zone: those assigned, and those the parent zone
    /// delegates to.
    pub authoritative_nameservers: AuthoritativeNameservers,
    /// Registrar of the domain.
    pub registrar: Registrar,
}

/// Primary nameserver that returns [Zones](https://docs.hetzner.cloud/#tag/zones) via `AXFR`.
///
/// Must allow queries from and may send `NOTIFY` queries to [Hetzner's secondary
/// nameservers](https://docs.hetzner.com/dns-console/dns/general/authoritative-name-servers#secondary-dns-servers-old-name-servers-for-robot-customers).
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct PrimaryNameserver {
    /// Public IPv4 or IPv6 address of the primary nameserver.
    ///
    /// Must be unique across all primary nameservers of this zone.
    pub address: String,
    /// Port of the primary nameserver.
    #[api(optional)]
    pub port: Option<i64>,
    /// [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) key to use
    /// for the zone transfer. Must be base64 encoded.
    #[api(optional)]
    pub tsig_key: Option<String>,
    /// [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) algorithm
    /// used to generate the TSIG key.
    #[api(optional)]
    pub tsig_algorithm: Option<TsigAlgorithm>,
}

/// [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) algorithm used to
/// generate the TSIG key.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
#[api(rename_all = "kebab-case")]
pub enum TsigAlgorithm {
    /// HMAC-MD5: `hmac-md5`.
    HmacMd5,
    /// HMAC-SHA1: `hmac-sha1`.
    HmacSha1,
    /// HMAC-SHA256: `hmac-sha256`.
    HmacSha256,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Mode of the [Zone](https://docs.hetzner.cloud/#tag/zones).
///
/// For more information, see [Zone Modes](https://docs.hetzner.cloud/#tag/zones/zone-modes).
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoneMode {
    /// The Zone's records are kept by Hetzner: `primary`.
    Primary,
    /// The Zone is transferred from its primary nameservers: `secondary`.
    Secondary,
}

/// Status of the [Zone](https://docs.hetzner.cloud/#tag/zones).
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum ZoneStatus {
    /// The Zone is pushed to the authoritative nameservers: `ok`.
    Ok,
    /// The Zone is currently being published to the authoritative nameservers: `updating`.
    Updating,
    /// The Zone could not be published to the authoritative nameservers: `error`.
    Error,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Registrar of the domain.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum Registrar {
    /// Hetzner: `hetzner`.
    Hetzner,
    /// Another registrar: `other`.
    Other,
    /// Not known: `unknown`.
    Unknown,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Unrecognized(String),
}

/// The authoritative nameservers of a [`Zone`].
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AuthoritativeNameservers {
    /// Authoritative Hetzner nameservers assigned to this [Zone](https://docs.hetzner.cloud/#tag/zones).
    pub assigned: Vec<String>,
    /// Authoritative nameservers currently delegated to by the parent DNS zone.
    ///
    /// If these don't match the assigned authoritative nameservers, the DNS zone is currently not being served by Hetzner.
    pub delegated: Vec<String>,
    /// Point in time (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format) when the DNS zone delegation was last checked.
    #[api(format = "date-time")]
    pub delegation_last_check: Option<String>,
    /// Status of the delegation.
    #[api(optional)]
    pub delegation_status: Option<DelegationStatus>,
}

/// Status of the delegation.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum DelegationStatus {
    /// Parent zone correctly delegates to assigned nameservers: `valid`.
    Valid,
    /// Parent zone delegates to additional Hetzner nameservers not assigned to this zone:
    /// `partially-valid`.
    #[api(rename = "partially-valid")]
    PartiallyValid,
    /// Parent zone does not delegate to the assigned nameservers: `invalid`.
    Invalid,
    /// Parent zone delegates to nameservers that don't know the zone: `lame`.
    Lame,
    /// Domain is not registered: `unregistered`.
    Unregistered,
    /// Not yet known: `unknown`.
    Unknown,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The body of `GET /zones/{id_or_name}` and of `PUT /zones/{id_or_name}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ZoneResponse {
    /// The Zone.
    pub zone: Zone,
}

crate::list_response! {
    /// The body of `GET /zones`: one page of Zones.
    pub struct ZonesPage { zones: Vec<Zone> }
}

/// The body of `POST /zones`: the new Zone, its mode, and for a primary Zone its first RRSets or
/// a zone file.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateZoneRequest {
    /// Name of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// All names with [well-known public suffixes](https://publicsuffix.org/) (e.g. `.de`,
    /// `.com`, `.co.uk`) are supported. Subdomains are not supported.
    ///
    /// The name must be in lower case and must not end with a dot.
    /// [Internationalized domain
    /// names](https://en.wikipedia.org/wiki/Internationalized_domain_name) must be
    /// transcribed to [Punycode](https://wikipedia.org/wiki/Punycode) representation with
    /// ACE prefix, e.g. `xn--mnchen-3ya.de` (`münchen.de`).
    pub name: String,
    /// Mode of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// For more information, see [Zone Modes](https://docs.hetzner.cloud/#tag/zones/zone-modes).
    pub mode: ZoneMode,
    /// Default Time To Live (TTL) of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// This TTL is used for [RRSets](https://docs.hetzner.cloud/#tag/zone-rrsets) that do not explicitly define a TTL.
    #[api(optional)]
    pub ttl: Option<i64>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Primary nameservers of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// Only applicable for [Zones](https://docs.hetzner.cloud/#tag/zones) in secondary mode.
    /// Ignored for [Zones](https://docs.hetzner.cloud/#tag/zones) in primary mode.
    #[api(optional)]
    pub primary_nameservers: Option<Vec<PrimaryNameserver>>,
    /// [RRSets](https://docs.hetzner.cloud/#tag/zone-rrsets) to be added to the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// Only applicable for [Zones](https://docs.hetzner.cloud/#tag/zones) in primary mode.
    /// Ignored for [Zones](https://docs.hetzner.cloud/#tag/zones) in secondary mode.
    #[api(optional)]
    pub rrsets: Option<Vec<CreateZoneRrsetRequest>>,
    /// Zone file to import.
    ///
    /// Only applicable for [Zones](https://docs.hetzner.cloud/#tag/zones) in primary mode.
    /// Ignored for [Zones](https://docs.hetzner.cloud/#tag/zones) in secondary mode.
    ///
    /// If provided, `rrsets` must be empty.
    ///
    /// See [Zone file import](https://docs.hetzner.cloud/#tag/zones/zone-file-import) for more details.
    #[api(optional)]
    pub zonefile: Option<String>,
}

/// The body of `POST /zones`'s response: the new Zone and the Action creating it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateZoneResponse {
    /// The Zone being created.
    pub zone: Zone,
    /// The Action creating the Zone.
    pub action: Action,
}

/// The body of `PUT /zones/{id_or_name}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ZoneUpdateRequest")]
pub struct UpdateZoneRequest {
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of [Labels](https://docs.hetzner.cloud/#description/labels) provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}

/// The body of `GET /zones/{id_or_name}/zonefile`: the Zone as a zone file.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ZonefileResponse {
    /// Generated zone file.
    ///
    /// In BIND (RFC 1034/1035) format: `$ORIGIN`, `$TTL`, then one line per record.
    pub zonefile: String,
}

/// The body of `POST /zones/{id_or_name}/actions/change_primary_nameservers`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeZonePrimaryNameserversRequest {
    /// Primary nameservers of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    pub primary_nameservers: Vec<PrimaryNameserver>,
}

/// The body of `POST /zones/{id_or_name}/actions/change_protection`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeZoneProtectionRequest {
    /// Prevents the [Zone](https://docs.hetzner.cloud/#tag/zones) from being deleted.
    #[api(optional)]
    pub delete: Option<bool>,
}

/// The body of `POST /zones/{id_or_name}/actions/change_ttl`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeZoneTtlRequest {
    /// Default Time To Live (TTL) of the [Zone](https://docs.hetzner.cloud/#tag/zones).
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// This TTL is used for [RRSets](https://docs.hetzner.cloud/#tag/zone-rrsets) that do not explicitly define a TTL.
    pub ttl: i64,
}

/// The body of `POST /zones/{id_or_name}/actions/import_zonefile`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ImportZoneZonefileRequest {
    /// Zone file to import.
    ///
    /// See [Zone file import](https://docs.hetzner.cloud/#tag/zones/zone-file-import) for more details.
    pub zonefile: String,
}
