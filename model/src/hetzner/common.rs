//! Pieces the resources share: labels, prices, deprecation info, pagination, errors, list pages,
//! references by ID or name, reverse DNS requests and metrics.

use crate::runtime::patch::Patch;
use crate::runtime::shape::{Describe, Shape, TupleItem};
use hcloud_model_macros::ApiModel;
use serde_core::de::{Deserialize, Deserializer};
use serde_core::ser::{Serialize, Serializer};
use std::collections::BTreeMap;

/// User-defined labels (`key/value` pairs) of a resource.
pub type Labels = BTreeMap<String, String>;

/// Describes if, when and how the resource is deprecated.
///
/// Where a key holds it, `null` means the resource is not deprecated.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "DeprecationInfo")]
pub struct DeprecationInfo {
    /// Date of the deprecated resource removal.
    ///
    /// Once this date is reached, the resource will not be returned
    /// by resource type "list" endpoint, and the resource can not be
    /// used to create new resources. For example, if this is an
    /// image, you can not create new servers with this image after
    /// the mentioned date.
    #[api(format = "date-time")]
    pub unavailable_after: String,
    /// Date of the deprecation announcement.
    #[api(format = "date-time")]
    pub announced: String,
}

/// A price, without and with VAT, as decimal strings (`"1.0000000000"`) so no digit is lost.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Price {
    /// Price without VAT.
    #[api(format = "decimal")]
    pub net: String,
    /// Price with VAT added.
    #[api(format = "decimal")]
    pub gross: String,
}

/// The `meta` of a list response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ListMeta")]
pub struct ListMeta {
    /// See "[Pagination](https://docs.hetzner.cloud/#description/pagination)" for more information.
    pub pagination: Pagination,
}

/// Where a list response stands among the pages of its query.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Pagination {
    /// Current page number.
    pub page: i64,
    /// Maximum number of entries returned per page.
    pub per_page: i64,
    /// Page number of the previous page. Can be null if the current page is the first one.
    pub previous_page: Option<i64>,
    /// Page number of the next page. Can be null if the current page is the last one.
    pub next_page: Option<i64>,
    /// Page number of the last page available. Can be null if the current page is the last one.
    pub last_page: Option<i64>,
    /// Total number of entries that exist for this query. Can be null if unknown.
    pub total_entries: Option<i64>,
}

/// The body of every failed request (`4xx`, `5xx`).
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ErrorResponse {
    /// What went wrong.
    pub error: ApiError,
}

/// An error the API reports.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ApiError {
    /// Error code for machines.
    pub code: String,
    /// Error message for humans.
    pub message: String,
    /// Details about the error.
    ///
    /// Free-form JSON whose shape depends on `code`; absent or `null` for most errors.
    pub details: Patch<serde_json::Value>,
}

/// A resource named in a request by its ID or by its name: `42` or `"fsn1"` on the wire (a
/// Floating IP's `home_location`, a Primary IP's `location`).
///
/// The variants follow the spec's order of the branches (the name first); which one a value is
/// depends only on its kind, so the order changes nothing in reading or writing.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
#[api(untagged)]
pub enum IdOrName {
    /// By name, such as `"fsn1"`.
    Name(String),
    /// By ID, such as `42`.
    Id(i64),
}

/// The body of every `change_dns_ptr` action (Servers, Floating IPs, Primary IPs, Load
/// Balancers): which IP address gets which reverse DNS entry.
///
/// `dns_ptr` must be a fully qualified domain name (FQDN) without trailing dot.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeDnsPtrRequest {
    /// Single IPv4 or IPv6 address to create pointer for.
    pub ip: String,
    /// Domain Name to point to.
    ///
    /// PTR record content used for reverse DNS. Set to null to reset (IPv4) to the default value or remove (IPv6) the record.
    pub dns_ptr: Patch<String>,
}

/// The body of `GET /servers/{id}/metrics` and `GET /load_balancers/{id}/metrics`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct MetricsResponse {
    /// The metrics asked for.
    pub metrics: Metrics,
}

/// The time series of a resource's metrics over a period.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Metrics {
    /// Start of period of metrics reported (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub start: String,
    /// End of period of metrics reported (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub end: String,
    /// Resolution of results in seconds.
    pub step: f64,
    /// Hash with timeseries information, containing the name of timeseries as key.
    ///
    /// The names depend on the metric types asked for (`cpu`, `disk.0.iops.read`,
    /// `network.0.bandwidth.in`, …).
    pub time_series: BTreeMap<String, TimeSeries>,
}

/// One time series of [`Metrics`]: its samples, oldest first.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct TimeSeries {
    /// Metrics timestamps with values.
    pub values: Vec<MetricsSample>,
}

/// One sample of a [`TimeSeries`]: on the wire a pair, `[1435781470.622, "42"]`, the timestamp
/// as a number and the value as a string.
///
/// ```
/// use hcloud_model::{ApiModel, MetricsSample, TimeSeries};
///
/// let series: TimeSeries = serde_json::from_str(r#"{"values": [[1435781470.622, "42"]]}"#)?;
/// assert_eq!(series.values, [MetricsSample { timestamp: 1435781470.622, value: "42".into() }]);
/// assert_eq!(serde_json::to_string(&series)?, r#"{"values":[[1435781470.622,"42"]]}"#);
/// // The schema says the same: a pair of a number and a string.
/// let pair = &TimeSeries::openapi_schema()["properties"]["values"]["items"];
/// assert_eq!(pair["prefixItems"][0]["type"], "number");
/// assert_eq!(pair["prefixItems"][1]["type"], "string");
/// assert_eq!((&pair["minItems"], &pair["maxItems"]), (&2.into(), &2.into()));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsSample {
    /// Timestamp: seconds since the Unix epoch, with a fraction.
    pub timestamp: f64,
    /// Value, as the API writes it: a decimal string, so no digit is lost.
    pub value: String,
}

impl Serialize for MetricsSample {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (self.timestamp, &self.value).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for MetricsSample {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (timestamp, value) = <(f64, String)>::deserialize(deserializer)?;
        Ok(MetricsSample { timestamp, value })
    }
}

impl Describe for MetricsSample {
    fn shape() -> Shape {
        Shape::Tuple(
            const {
                &[
                    TupleItem::new("Timestamp.", <f64 as Describe>::shape),
                    TupleItem::new("Value.", <String as Describe>::shape),
                ]
            },
        )
    }
}

/// Declares the body of a list endpoint: one page of a resource, under its key, beside the
/// [`ListMeta`] the API sends with every page (`"meta": {"pagination": …}`).
///
/// It writes an ordinary derived model, with `Debug`, `Clone` and `PartialEq`: the key's field
/// (`pub`, a `Vec` of the resource) and `pub meta: ListMeta`. The attributes written above it go
/// onto the struct, docs and `#[api(…)]` keys alike; the struct needs a doc, like every model.
/// A doc written above the key becomes the field's (where the spec describes the list); without
/// one the field says it holds the page's resources.
///
/// ```
/// use hcloud_model::{ApiModel, list_response};
///
/// /// An SSH key stored in the project.
/// #[derive(ApiModel, Debug, Clone, PartialEq)]
/// pub struct SshKey {
///     /// ID of the SSH key.
///     pub id: i64,
/// }
///
/// list_response! {
///     /// The body of `GET /ssh_keys`: one page of SSH keys.
///     pub struct SshKeysPage { ssh_keys: Vec<SshKey> }
/// }
///
/// let body = r#"{
///     "ssh_keys": [{"id": 2323}],
///     "meta": {"pagination": {"page": 1, "per_page": 25, "previous_page": null,
///                             "next_page": null, "last_page": 1, "total_entries": 1}}
/// }"#;
/// let page: SshKeysPage = serde_json::from_str(body)?;
/// assert_eq!(page.ssh_keys, [SshKey { id: 2323 }]);
/// assert_eq!(page.meta.pagination.next_page, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[macro_export]
macro_rules! list_response {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident { $key:ident: Vec<$item:ty> $(,)? }
    ) => {
        $crate::list_response! {
            $(#[$attr])*
            $vis struct $name {
                /// The resources of this page, in the order the API sent them.
                $key: Vec<$item>
            }
        }
    };
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident { $(#[$key_attr:meta])+ $key:ident: Vec<$item:ty> $(,)? }
    ) => {
        // The derive first: `#[api(…)]` among the attributes is its helper.
        #[derive(
            $crate::ApiModel,
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::cmp::PartialEq
        )]
        $(#[$attr])*
        $vis struct $name {
            $(#[$key_attr])+
            pub $key: ::std::vec::Vec<$item>,
            /// Pagination of the list.
            pub meta: $crate::ListMeta,
        }
    };
}
