//! Pricing: what every kind of resource costs, in the currency and VAT of the Project's owner.

use crate::hetzner::common::Price;
use crate::hetzner::server_types::ServerTypePrice;
use hcloud_model_macros::ApiModel;

/// The prices of every kind of resource, as `GET /pricing` reports them.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Pricing {
    /// Currency the returned prices are expressed in, coded according to [ISO 4217](https://wikipedia.org/wiki/ISO_4217).
    pub currency: String,
    /// VAT rate used for calculating prices with VAT.
    #[api(format = "decimal")]
    pub vat_rate: String,
    /// Price of [Primary IPs](https://docs.hetzner.cloud/#tag/primary-ips) per type and per [Location](https://docs.hetzner.cloud/#tag/locations).
    pub primary_ips: Vec<PrimaryIpPricing>,
    /// Price of [Floating IPs](https://docs.hetzner.cloud/#tag/floating-ips) per type and per [Location](https://docs.hetzner.cloud/#tag/locations).
    pub floating_ips: Vec<FloatingIpPricing>,
    /// Price of [Images](https://docs.hetzner.cloud/#tag/images).
    pub image: ImagePricing,
    /// Price of [Volumes](https://docs.hetzner.cloud/#tag/volumes).
    pub volume: VolumePricing,
    /// Price of [Server](https://docs.hetzner.cloud/#tag/servers) backups.
    pub server_backup: ServerBackupPricing,
    /// Price of Server per [type](https://docs.hetzner.cloud/#tag/server-types) and per [Location](https://docs.hetzner.cloud/#tag/locations).
    pub server_types: Vec<ServerTypePricing>,
    /// Price of Load Balancer per [type](https://docs.hetzner.cloud/#tag/load-balancer-types) and per [Location](https://docs.hetzner.cloud/#tag/locations).
    pub load_balancer_types: Vec<LoadBalancerTypePricing>,
    /// Price of [Floating IPs](https://docs.hetzner.cloud/#tag/floating-ips).
    ///
    /// **Deprecated**: This field is deprecated, please refer to the `floating_ips` field instead.
    ///
    /// See the [Changelog](https://docs.hetzner.cloud/changelog#2024-08-29-field-floating_ip-in-pricing-response-is-now-deprecated) for more details.
    pub floating_ip: FloatingIpPricingDeprecated,
}

/// The type of an IP address: version 4 or 6.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum IpType {
    /// An IPv4 address: `ipv4`.
    Ipv4,
    /// An IPv6 network: `ipv6`.
    Ipv6,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// What one type of [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) costs per Location.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct PrimaryIpPricing {
    /// Type of [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) the price is for.
    pub r#type: IpType,
    /// Price of the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) type per [Location](https://docs.hetzner.cloud/#tag/locations).
    pub prices: Vec<HourlyLocationPrice>,
}

/// What one type of [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) costs per
/// Location.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct FloatingIpPricing {
    /// Type of [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) the price is for.
    pub r#type: IpType,
    /// Price of the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) type per [Location](https://docs.hetzner.cloud/#tag/locations).
    pub prices: Vec<MonthlyLocationPrice>,
}

/// A price per hour and per month in one Location.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct HourlyLocationPrice {
    /// Name of the [Location](https://docs.hetzner.cloud/#tag/locations) the price is for.
    pub location: String,
    /// Hourly price in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub price_hourly: Price,
    /// Monthly price in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub price_monthly: Price,
}

/// A price per month in one Location.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct MonthlyLocationPrice {
    /// Name of the [Location](https://docs.hetzner.cloud/#tag/locations) the price is for.
    pub location: String,
    /// Monthly price in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub price_monthly: Price,
}

/// What storing Images costs.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ImagePricing {
    /// Price of [Images](https://docs.hetzner.cloud/#tag/images) per GB/month.
    pub price_per_gb_month: Price,
}

/// What Volumes cost.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct VolumePricing {
    /// Price of [Volumes](https://docs.hetzner.cloud/#tag/volumes) per GB/month.
    pub price_per_gb_month: Price,
}

/// What Server backups cost.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerBackupPricing {
    /// Price increase of the [Server](https://docs.hetzner.cloud/#tag/servers) base price in percentage.
    #[api(format = "decimal")]
    pub percentage: String,
}

/// What one Server type costs per Location.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerTypePricing {
    /// ID of the [Server Types](https://docs.hetzner.cloud/#tag/server-types) the price is for.
    pub id: i64,
    /// Name of the [Server Types](https://docs.hetzner.cloud/#tag/server-types) the price is for.
    pub name: String,
    /// Price of the [Server Types](https://docs.hetzner.cloud/#tag/server-types) per [Location](https://docs.hetzner.cloud/#tag/locations).
    pub prices: Vec<ServerTypePrice>,
}

/// What one Load Balancer type costs per Location.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerTypePricing {
    /// ID of the [Load Balancer Types](https://docs.hetzner.cloud/#tag/load-balancer-types) the price is for.
    pub id: i64,
    /// Name of the [Load Balancer Types](https://docs.hetzner.cloud/#tag/load-balancer-types) the price is for.
    pub name: String,
    /// Price of the [Load Balancer Types](https://docs.hetzner.cloud/#tag/load-balancer-types) per [Location](https://docs.hetzner.cloud/#tag/locations).
    ///
    /// The same four prices as a Server type's in one Location, so [`ServerTypePrice`] serves.
    pub prices: Vec<ServerTypePrice>,
}

/// What one Floating IP costs per month, in no particular Location (deprecated: see
/// [`Pricing::floating_ips`]).
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct FloatingIpPricingDeprecated {
    /// Price of one [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) per month.
    pub price_monthly: Price,
}

/// The body of `GET /pricing`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct PricingResponse {
    /// The prices.
    pub pricing: Pricing,
}
