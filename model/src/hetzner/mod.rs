//! The Hetzner Cloud models: one file per resource family, named after the spec's tag
//! (`server_types` for "Server Types"), and the pieces they share in `common`. The crate root
//! re-exports every model; the builders go to [`builders`], which a new model's builder joins in
//! the list at the end of this file (a test holds the list to the models).

mod actions;
mod certificates;
mod common;
mod datacenters;
mod firewalls;
mod floating_ips;
mod images;
mod isos;
mod load_balancer_actions;
mod load_balancer_types;
mod load_balancers;
mod locations;
mod networks;
pub mod ops;
mod placement_groups;
mod pricing;
mod primary_ips;
mod server_actions;
mod server_types;
mod servers;
mod ssh_keys;
mod volumes;
mod zone_rrsets;
mod zones;

pub use actions::*;
pub use certificates::*;
pub use common::*;
pub use datacenters::*;
pub use firewalls::*;
pub use floating_ips::*;
pub use images::*;
pub use isos::*;
pub use load_balancer_actions::*;
pub use load_balancer_types::*;
pub use load_balancers::*;
pub use locations::*;
pub use networks::*;
pub use placement_groups::*;
pub use pricing::*;
pub use primary_ips::*;
pub use server_actions::*;
pub use server_types::*;
pub use servers::*;
pub use ssh_keys::*;
pub use volumes::*;
pub use zone_rrsets::*;
pub use zones::*;

/// Declares the module `builders` with each family's builders, and re-exports them here hidden
/// from the docs: the globs above put every builder beside its model, where each stays nameable
/// (`hcloud_model::ServerImageBuilder`), and only a re-export by name takes a name out of a
/// glob's docs. One list, read twice, so the two cannot drift apart.
macro_rules! builders {
    (
        $(#[$doc:meta])*
        $($family:ident: [$($builder:ident),* $(,)?]),* $(,)?
    ) => {
        $(#[$doc])*
        pub mod builders {
            $(pub use super::$family::{$($builder),*};)*
        }

        #[doc(hidden)]
        pub use builders::{$($($builder),*),*};
    };
}

builders! {
    /// The builder of each Hetzner model, out of the way of the models at the crate root.
    ///
    /// [`ServerImage::builder()`](crate::ServerImage::builder) returns a [`ServerImageBuilder`]: set the fields with its setters,
    /// which carry the fields' docs, then call `build()`. Its type parameters record which required
    /// fields are set, so a missing one or one set twice is a compile error; they are the
    /// builder's machinery, not something to write out (see [`builder`](crate::builder) for the
    /// rules and the state types). Each builder is also nameable at the crate root
    /// (`hcloud_model::ServerImageBuilder`), as before this module existed.
    actions: [ActionBuilder, ActionResourceBuilder, ActionErrorBuilder, ActionResponseBuilder, ActionsResponseBuilder, ActionsPageBuilder],
    certificates: [CertificateBuilder, CertificateStatusBuilder, CertificateErrorBuilder, CertificateUserBuilder, CertificateResponseBuilder, CertificatesPageBuilder, CreateCertificateRequestBuilder, CreateCertificateResponseBuilder, UpdateCertificateRequestBuilder],
    common: [DeprecationInfoBuilder, PriceBuilder, ListMetaBuilder, PaginationBuilder, ErrorResponseBuilder, ApiErrorBuilder, ChangeDnsPtrRequestBuilder, MetricsBuilder, MetricsResponseBuilder, TimeSeriesBuilder],
    datacenters: [DatacenterBuilder, DatacenterResponseBuilder, DatacenterServerTypesBuilder, DatacentersPageBuilder],
    firewalls: [FirewallBuilder, FirewallRuleBuilder, FirewallRuleRequestBuilder, FirewallAppliedToBuilder, FirewallAppliedToResourceBuilder, FirewallResourceServerBuilder, FirewallResourceLabelSelectorBuilder, FirewallResourceBuilder, FirewallResponseBuilder, FirewallsPageBuilder, CreateFirewallRequestBuilder, CreateFirewallResponseBuilder, UpdateFirewallRequestBuilder, ApplyToResourcesRequestBuilder, RemoveFromResourcesRequestBuilder, SetRulesRequestBuilder],
    floating_ips: [AssignFloatingIpRequestBuilder, CreateFloatingIpRequestBuilder, CreateFloatingIpResponseBuilder, DnsPtrRecordBuilder, FloatingIpBuilder, FloatingIpResponseBuilder, FloatingIpsPageBuilder, UpdateFloatingIpRequestBuilder],
    images: [ServerImageBuilder, CreatedFromBuilder, ProtectionBuilder, ImageResponseBuilder, ImagesPageBuilder, UpdateImageRequestBuilder, CreateImageRequestBuilder, CreateImageResponseBuilder, ChangeImageProtectionRequestBuilder],
    isos: [IsoBuilder, IsoResponseBuilder, IsosPageBuilder],
    load_balancer_actions: [AddLoadBalancerServiceRequestBuilder, AddLoadBalancerServiceHealthCheckBuilder, HealthCheckHttpRequestBuilder, LoadBalancerServiceHttpBuilder, UpdateLoadBalancerServiceRequestBuilder, UpdateLoadBalancerServiceHealthCheckBuilder, DeleteLoadBalancerServiceRequestBuilder, RemoveLoadBalancerTargetRequestBuilder, AttachLoadBalancerToNetworkRequestBuilder, DetachLoadBalancerFromNetworkRequestBuilder, ChangeLoadBalancerProtectionRequestBuilder, ChangeLoadBalancerTypeRequestBuilder],
    load_balancer_types: [LoadBalancerTypeBuilder, LoadBalancerTypeResponseBuilder, LoadBalancerTypesPageBuilder],
    load_balancers: [LoadBalancerBuilder, LoadBalancerPublicNetBuilder, LoadBalancerIpv4Builder, LoadBalancerIpv6Builder, LoadBalancerPrivateNetBuilder, LoadBalancerServiceTcpBuilder, LoadBalancerServiceHttpProtocolBuilder, LoadBalancerServiceHttpsProtocolBuilder, LoadBalancerServiceHealthCheckBuilder, HealthCheckHttpBuilder, LoadBalancerServiceHttpConfigBuilder, LoadBalancerServiceHttpsConfigBuilder, LoadBalancerTargetTypeServerBuilder, LoadBalancerTargetTypeLabelSelectorBuilder, LoadBalancerTargetTypeIpBuilder, LoadBalancerTargetServerBuilder, LoadBalancerTargetHealthStatusBuilder, LoadBalancerTargetLabelSelectorBuilder, LoadBalancerTargetTargetBuilder, LoadBalancerTargetIpBuilder, LoadBalancerAlgorithmBuilder, LoadBalancerResponseBuilder, LoadBalancersPageBuilder, CreateLoadBalancerRequestBuilder, CreateLoadBalancerResponseBuilder, UpdateLoadBalancerRequestBuilder, AddLoadBalancerTargetRequestBuilder, LoadBalancerTargetServerRequestBuilder],
    locations: [LocationBuilder, LocationResponseBuilder, LocationsPageBuilder],
    networks: [AddRouteRequestBuilder, AddSubnetRequestBuilder, ChangeIpRangeRequestBuilder, ChangeNetworkProtectionRequestBuilder, CreateNetworkRequestBuilder, DeleteRouteRequestBuilder, DeleteSubnetRequestBuilder, NetworkBuilder, NetworkResponseBuilder, NetworksPageBuilder, NewSubnetBuilder, RouteBuilder, SubnetBuilder, UpdateNetworkRequestBuilder],
    placement_groups: [PlacementGroupBuilder, CreatePlacementGroupRequestBuilder, CreatePlacementGroupResponseBuilder, PlacementGroupResponseBuilder, PlacementGroupsPageBuilder, UpdatePlacementGroupRequestBuilder],
    pricing: [FloatingIpPricingBuilder, FloatingIpPricingDeprecatedBuilder, HourlyLocationPriceBuilder, ImagePricingBuilder, LoadBalancerTypePricingBuilder, MonthlyLocationPriceBuilder, PricingBuilder, PricingResponseBuilder, PrimaryIpPricingBuilder, ServerBackupPricingBuilder, ServerTypePricingBuilder, VolumePricingBuilder],
    primary_ips: [AssignPrimaryIpRequestBuilder, CreatePrimaryIpRequestBuilder, CreatePrimaryIpResponseBuilder, PrimaryIpBuilder, PrimaryIpResponseBuilder, PrimaryIpsPageBuilder, UpdatePrimaryIpRequestBuilder],
    server_actions: [AddToPlacementGroupRequestBuilder, AttachIsoRequestBuilder, AttachToNetworkRequestBuilder, ChangeAliasIpsRequestBuilder, ChangeServerProtectionRequestBuilder, ChangeServerTypeRequestBuilder, DetachFromNetworkRequestBuilder, EnableRescueRequestBuilder, EnableRescueResponseBuilder, RebuildServerRequestBuilder, RebuildServerResponseBuilder, RequestConsoleResponseBuilder, ResetPasswordResponseBuilder],
    server_types: [ServerTypeBuilder, ServerTypePriceBuilder, ServerTypeLocationBuilder, ServerTypeResponseBuilder, ServerTypesPageBuilder],
    servers: [ServerBuilder, ServerProtectionBuilder, PublicNetBuilder, Ipv4Builder, Ipv6Builder, DnsPtrBuilder, ServerPublicNetFirewallBuilder, PrivateNetBuilder, ServerResponseBuilder, ServersPageBuilder, CreateServerRequestBuilder, CreateServerFirewallBuilder, CreateServerPublicNetBuilder, CreateServerResponseBuilder, UpdateServerRequestBuilder],
    ssh_keys: [CreateSshKeyRequestBuilder, SshKeyBuilder, SshKeyResponseBuilder, SshKeysPageBuilder, UpdateSshKeyRequestBuilder],
    volumes: [AttachVolumeRequestBuilder, ChangeVolumeProtectionRequestBuilder, CreateVolumeRequestBuilder, CreateVolumeResponseBuilder, ResizeVolumeRequestBuilder, UpdateVolumeRequestBuilder, VolumeBuilder, VolumeResponseBuilder, VolumesPageBuilder],
    zone_rrsets: [RrsetBuilder, RrsetProtectionBuilder, RecordBuilder, RrsetResponseBuilder, RrsetsPageBuilder, CreateZoneRrsetRequestBuilder, CreateZoneRrsetResponseBuilder, UpdateZoneRrsetRequestBuilder, ChangeZoneRrsetProtectionRequestBuilder, ChangeZoneRrsetTtlRequestBuilder, SetZoneRrsetRecordsRequestBuilder, AddZoneRrsetRecordsRequestBuilder, RemoveZoneRrsetRecordsRequestBuilder, UpdateZoneRrsetRecordsRequestBuilder, RecordUpdateBuilder],
    zones: [ZonePropertiesBuilder, PrimaryNameserverBuilder, AuthoritativeNameserversBuilder, ZoneResponseBuilder, ZonesPageBuilder, CreateZoneRequestBuilder, CreateZoneResponseBuilder, UpdateZoneRequestBuilder, ZonefileResponseBuilder, ChangeZonePrimaryNameserversRequestBuilder, ChangeZoneProtectionRequestBuilder, ChangeZoneTtlRequestBuilder, ImportZoneZonefileRequestBuilder],
}
