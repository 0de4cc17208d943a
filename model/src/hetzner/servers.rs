//! Servers: the virtual machines of a project, their networks, and the requests that make and
//! change them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use crate::hetzner::images::ServerImage;
use crate::hetzner::isos::Iso;
use crate::hetzner::locations::Location;
use crate::hetzner::placement_groups::PlacementGroup;
use crate::hetzner::server_types::ServerType;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// A Server: a virtual machine, with its type, location, image and networks.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Server {
    /// ID of the [Server](https://docs.hetzner.cloud/#tag/servers).
    pub id: i64,
    /// Name of the Server (must be unique per Project and a valid hostname as per RFC 1123).
    pub name: String,
    /// Status of the Server.
    pub status: ServerStatus,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// Public network information. The Server's IPv4 address can be found in `public_net->ipv4->ip`.
    pub public_net: PublicNet,
    /// Private networks information.
    pub private_net: Vec<PrivateNet>,
    /// The Server type this Server was created with.
    pub server_type: ServerType,
    /// Location this Resource is located at.
    pub location: Location,
    /// Image the server is based on.
    pub image: Option<ServerImage>,
    /// ISO Image that is attached to this Server. Null if no ISO is attached.
    pub iso: Option<Iso>,
    /// True if rescue mode is enabled. Server will then boot into rescue system on next reboot.
    pub rescue_enabled: bool,
    /// True if Server has been locked and is not available to user.
    pub locked: bool,
    /// Time window (UTC) in which the backup will run, or null if the backups are not enabled.
    pub backup_window: Option<String>,
    /// Outbound Traffic for the current billing period in bytes.
    pub outgoing_traffic: Option<i64>,
    /// Inbound Traffic for the current billing period in bytes.
    pub ingoing_traffic: Option<i64>,
    /// Free Traffic for the current billing period in bytes.
    pub included_traffic: Option<i64>,
    /// Protection configuration for the Server.
    pub protection: ServerProtection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// IDs of Volumes assigned to this Server.
    #[api(optional)]
    pub volumes: Option<Vec<i64>>,
    /// Load Balancer IDs assigned to the server.
    #[api(optional)]
    pub load_balancers: Option<Vec<i64>>,
    /// Size of the primary Disk.
    pub primary_disk_size: f64,
    /// The placement group the server is assigned to.
    ///
    /// Both absent (the spec's examples) and `null` (the live API) mean none; [`Patch`] keeps
    /// which one arrived, so a response writes back as it was read.
    pub placement_group: Patch<PlacementGroup>,
}

/// Status of the Server.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum ServerStatus {
    /// The Server is running: `running`.
    Running,
    /// The Server is being created: `initializing`.
    Initializing,
    /// The Server is powering on: `starting`.
    Starting,
    /// The Server is powering off: `stopping`.
    Stopping,
    /// The Server is powered off: `off`.
    Off,
    /// The Server is being deleted: `deleting`.
    Deleting,
    /// The Server is moving to another host: `migrating`.
    Migrating,
    /// The Server is being rebuilt from an image: `rebuilding`.
    Rebuilding,
    /// The API's own `unknown` status; not the catch-all [`ServerStatus::Other`].
    Unknown,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Protection configuration for the Server: against deletion and against rebuilding. An Image's
/// protection ([`Protection`](crate::Protection)) has no `rebuild`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerProtection {
    /// If true, prevents the Server from being deleted.
    pub delete: bool,
    /// If true, prevents the Server from being rebuilt.
    pub rebuild: bool,
}

/// Public network information of a Server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct PublicNet {
    /// IP address (v4) and its reverse DNS entry of this Server.
    pub ipv4: Option<Ipv4>,
    /// IPv6 network assigned to this Server and its reverse DNS entry.
    pub ipv6: Option<Ipv6>,
    /// IDs of Floating IPs assigned to this Server.
    pub floating_ips: Vec<i64>,
    /// Firewalls applied to the public network interface of this Server.
    #[api(optional)]
    pub firewalls: Option<Vec<ServerPublicNetFirewall>>,
}

/// The IPv4 address of a Server and its reverse DNS entry.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Ipv4 {
    /// ID of the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips).
    #[api(optional)]
    pub id: Option<i64>,
    /// IP address (v4) of this Server.
    pub ip: String,
    /// If the IP is blocked by our anti abuse dept.
    pub blocked: bool,
    /// Reverse DNS PTR entry for the IPv4 addresses of this Server.
    pub dns_ptr: String,
}

/// The IPv6 network of a Server and its reverse DNS entries.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Ipv6 {
    /// ID of the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips).
    #[api(optional)]
    pub id: Option<i64>,
    /// IP address (v6) of this Server.
    pub ip: String,
    /// If the IP is blocked by our anti abuse dept.
    pub blocked: bool,
    /// Reverse DNS PTR entries for the IPv6 addresses of this Server.
    pub dns_ptr: Option<Vec<DnsPtr>>,
}

/// A reverse DNS entry of one IPv6 address.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct DnsPtr {
    /// Single IPv6 address of this Server for which the reverse DNS entry has been set up.
    pub ip: String,
    /// DNS pointer for the specific IP address.
    pub dns_ptr: String,
}

/// A Firewall applied to the public network interface of a Server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ServerPublicNetFirewall")]
pub struct ServerPublicNetFirewall {
    /// ID of the [Firewall](https://docs.hetzner.cloud/#tag/firewalls).
    #[api(optional)]
    pub id: Option<i64>,
    /// Status of the Firewall on the Server.
    #[api(optional)]
    pub status: Option<FirewallStatus>,
}

/// Status of the Firewall on the Server.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum FirewallStatus {
    /// The Firewall's rules are in effect: `applied`.
    Applied,
    /// The Firewall's rules are being applied: `pending`.
    Pending,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// A private network a Server is attached to. The API may leave out any of its keys.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct PrivateNet {
    /// The Network ID the server is attached to.
    #[api(optional)]
    pub network: Option<i64>,
    /// The server IP address on the network.
    #[api(optional)]
    pub ip: Option<String>,
    /// Additional IP addresses of the server on the network.
    #[api(optional)]
    pub alias_ips: Option<Vec<String>>,
    /// The server MAC address on the network.
    #[api(optional)]
    pub mac_address: Option<String>,
}

/// The body of `GET /servers/{id}` and of `PUT /servers/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerResponse {
    /// The Server.
    pub server: Server,
}

crate::list_response! {
    /// The body of `GET /servers`: one page of Servers.
    pub struct ServersPage { servers: Vec<Server> }
}

/// The body of `POST /servers`: what the new Server is made of.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateServerRequest")]
pub struct CreateServerRequest {
    /// Name of the Server to create (must be unique per Project and a valid hostname as per RFC 1123).
    pub name: String,
    /// ID or name of the Location to create the Server in.
    #[api(optional)]
    pub location: Option<String>,
    /// ID or name of the Server type this Server should be created with.
    pub server_type: String,
    /// This automatically triggers a [Power on a Server-Server Action](https://docs.hetzner.cloud/#tag/server-actions/poweron_server) after the creation is finished and is returned in the `next_actions` response object.
    ///
    /// The API takes `true` when it is left out.
    #[api(optional)]
    pub start_after_create: Option<bool>,
    /// ID or name of the Image the Server is created from.
    pub image: String,
    /// ID of the Placement Group the Server should be in.
    #[api(optional)]
    pub placement_group: Option<i64>,
    /// SSH key IDs (`integer`) or names (`string`) which should be injected into the Server at creation time.
    #[api(optional)]
    pub ssh_keys: Option<Vec<String>>,
    /// Volume IDs which should be attached to the Server at the creation time. Volumes must be in the same Location.
    #[api(optional)]
    pub volumes: Option<Vec<i64>>,
    /// Network IDs which should be attached to the Server private network interface at the creation time.
    #[api(optional)]
    pub networks: Option<Vec<i64>>,
    /// Firewalls which should be applied on the Server's public network interface at creation time.
    #[api(optional)]
    pub firewalls: Option<Vec<CreateServerFirewall>>,
    /// Cloud-Init user data to use during Server creation. This field is limited to 32KiB.
    #[api(optional)]
    pub user_data: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Auto-mount Volumes after attach.
    #[api(optional)]
    pub automount: Option<bool>,
    /// Public Network options.
    #[api(optional)]
    pub public_net: Option<CreateServerPublicNet>,
}

/// A Firewall to apply to a new Server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateServerFirewall {
    /// ID of the Firewall.
    pub firewall: i64,
}

/// Public Network options of a new Server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateServerPublicNet {
    /// Attach an IPv4 on the public NIC. If false, no IPv4 address will be attached.
    ///
    /// The API takes `true` when it is left out.
    #[api(optional)]
    pub enable_ipv4: Option<bool>,
    /// Attach an IPv6 on the public NIC. If false, no IPv6 address will be attached.
    ///
    /// The API takes `true` when it is left out.
    #[api(optional)]
    pub enable_ipv6: Option<bool>,
    /// ID of the ipv4 Primary IP to use. If omitted and enable_ipv4 is true, a new ipv4 Primary IP will automatically be created.
    pub ipv4: Patch<i64>,
    /// ID of the ipv6 Primary IP to use. If omitted and enable_ipv6 is true, a new ipv6 Primary IP will automatically be created.
    pub ipv6: Patch<i64>,
}

/// The body of `POST /servers`'s response: the new Server and the Actions creating it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateServerResponse")]
pub struct CreateServerResponse {
    /// The Server being created.
    pub server: Server,
    /// The Action creating the Server.
    pub action: Action,
    /// Actions that run after the creation, such as powering the Server on.
    pub next_actions: Vec<Action>,
    /// Root password when no SSH keys have been specified.
    pub root_password: Option<String>,
}

/// The body of `PUT /servers/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "UpdateServerRequest")]
pub struct UpdateServerRequest {
    /// New name to set.
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

/// A kind of metrics of a Server, for `GET /servers/{id}/metrics`.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServerMetricType {
    /// Percent CPU usage: the time series `cpu`.
    Cpu,
    /// IO operations and bytes read and written per second: `disk.0.iops.read`, `disk.0.bandwidth.write`, ….
    Disk,
    /// Packets and bytes per second on the public network interface: `network.0.pps.in`, `network.0.bandwidth.out`, ….
    Network,
}
