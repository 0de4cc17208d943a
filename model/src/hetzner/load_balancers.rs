//! Load Balancers: their services and targets (unions by `protocol` and by `type`), and the
//! requests that make, change and reconfigure them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use crate::hetzner::images::Protection;
use crate::hetzner::load_balancer_types::LoadBalancerType;
use crate::hetzner::locations::Location;
use hcloud_model_macros::ApiModel;

/// A Load Balancer: distributes the traffic of its services to its targets.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancer {
    /// ID of the [Load Balancer](https://docs.hetzner.cloud/#tag/load-balancers).
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// Public network information.
    pub public_net: LoadBalancerPublicNet,
    /// Private networks information.
    pub private_net: Vec<LoadBalancerPrivateNet>,
    /// Location of the Load Balancer.
    pub location: Location,
    /// Type of the Load Balancer.
    pub load_balancer_type: LoadBalancerType,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// List of services that belong to this Load Balancer.
    pub services: Vec<LoadBalancerService>,
    /// List of targets that belong to this Load Balancer.
    pub targets: Vec<LoadBalancerTarget>,
    /// Algorithm of the Load Balancer.
    pub algorithm: LoadBalancerAlgorithm,
    /// Outbound Traffic for the current billing period in bytes.
    pub outgoing_traffic: Option<i64>,
    /// Inbound Traffic for the current billing period in bytes.
    pub ingoing_traffic: Option<i64>,
    /// Free Traffic for the current billing period in bytes.
    pub included_traffic: i64,
}

/// The public interface of a Load Balancer and its addresses.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerPublicNet {
    /// Public Interface enabled or not.
    pub enabled: bool,
    /// IP address (v4).
    pub ipv4: LoadBalancerIpv4,
    /// IP address (v6).
    pub ipv6: LoadBalancerIpv6,
}

/// The public IPv4 address of a Load Balancer and its reverse DNS entry.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerIpv4 {
    /// IP address (v4) of this Load Balancer.
    pub ip: Option<String>,
    /// Reverse DNS PTR entry for the IPv4 address of this Load Balancer.
    pub dns_ptr: Option<String>,
}

/// The public IPv6 address of a Load Balancer and its reverse DNS entry.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerIpv6 {
    /// IP address (v6) of this Load Balancer.
    pub ip: Option<String>,
    /// Reverse DNS PTR entry for the IPv6 address of this Load Balancer.
    pub dns_ptr: Option<String>,
}

/// A private Network a Load Balancer is attached to, and its address there.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerPrivateNet {
    /// ID of the Network.
    pub network: i64,
    /// IP address (v4) of this Load Balancer in this Network.
    pub ip: String,
}

/// A service of a Load Balancer, told apart by its `protocol`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(tag = "protocol", title = "LoadBalancerService")]
pub enum LoadBalancerService {
    /// A TCP service: `tcp`.
    Tcp(LoadBalancerServiceTcp),
    /// An HTTP service: `http`.
    Http(LoadBalancerServiceHttpProtocol),
    /// An HTTPS service: `https`.
    Https(LoadBalancerServiceHttpsProtocol),
}

/// A TCP service: the ports it balances between and its health check.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerServiceTCP")]
pub struct LoadBalancerServiceTcp {
    /// Port the Load Balancer listens on.
    pub listen_port: i64,
    /// Port the Load Balancer will balance to.
    pub destination_port: i64,
    /// Is Proxyprotocol enabled or not.
    pub proxyprotocol: bool,
    /// Service health check.
    pub health_check: LoadBalancerServiceHealthCheck,
}

/// An HTTP service: a TCP service's settings and its HTTP configuration.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerServiceHTTPProtocol")]
pub struct LoadBalancerServiceHttpProtocol {
    /// Port the Load Balancer listens on.
    pub listen_port: i64,
    /// Port the Load Balancer will balance to.
    pub destination_port: i64,
    /// Is Proxyprotocol enabled or not.
    pub proxyprotocol: bool,
    /// Service health check.
    pub health_check: LoadBalancerServiceHealthCheck,
    /// Configuration option for protocol http.
    pub http: LoadBalancerServiceHttpConfig,
}

/// An HTTPS service: a TCP service's settings and its HTTPS configuration.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerServiceHTTPSProtocol")]
pub struct LoadBalancerServiceHttpsProtocol {
    /// Port the Load Balancer listens on.
    pub listen_port: i64,
    /// Port the Load Balancer will balance to.
    pub destination_port: i64,
    /// Is Proxyprotocol enabled or not.
    pub proxyprotocol: bool,
    /// Service health check.
    pub health_check: LoadBalancerServiceHealthCheck,
    /// Configuration option for protocol https.
    pub http: LoadBalancerServiceHttpsConfig,
}

/// How a service checks that its targets are healthy.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerServiceHealthCheck")]
pub struct LoadBalancerServiceHealthCheck {
    /// Type of the health check.
    pub protocol: HealthCheckProtocol,
    /// Port the health check will be performed on.
    pub port: i64,
    /// Time interval in seconds health checks are performed.
    pub interval: i64,
    /// Time in seconds after an attempt is considered a timeout.
    pub timeout: i64,
    /// Unsuccessful retries needed until a target is considered unhealthy; an unhealthy target needs the same number of successful retries to become healthy again.
    pub retries: i64,
    /// Additional configuration for protocol http.
    #[api(optional)]
    pub http: Option<HealthCheckHttp>,
}

/// The protocol of a health check.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum HealthCheckProtocol {
    /// A TCP connection: `tcp`.
    Tcp,
    /// An HTTP request: `http`.
    Http,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// What an HTTP health check asks for and expects.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct HealthCheckHttp {
    /// Host header to send in the HTTP request. May not contain spaces, percent or backslash symbols. Can be null, in that case no host header is sent.
    pub domain: Option<String>,
    /// HTTP path to use for health checks. May not contain literal spaces, use percent-encoding instead.
    pub path: String,
    /// String that must be contained in HTTP response in order to pass the health check.
    #[api(optional)]
    pub response: Option<String>,
    /// List of returned HTTP status codes in order to pass the health check. Supports the wildcards `?` for exactly one character and `*` for multiple ones.
    #[api(optional)]
    pub status_codes: Option<Vec<String>>,
    /// Use HTTPS for health check.
    #[api(optional)]
    pub tls: Option<bool>,
}

/// The HTTP configuration of an HTTP service.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerServiceHTTPConfig")]
pub struct LoadBalancerServiceHttpConfig {
    /// Name of the cookie used for sticky sessions.
    pub cookie_name: String,
    /// Lifetime of the cookie used for sticky sessions (in seconds).
    pub cookie_lifetime: i64,
    /// Idle timeout in seconds for the client and server side.
    pub timeout_idle: i64,
    /// Use sticky sessions.
    pub sticky_sessions: bool,
}

/// The HTTP configuration of an HTTPS service, with its certificates.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerServiceHTTPSConfig")]
pub struct LoadBalancerServiceHttpsConfig {
    /// Name of the cookie used for sticky sessions.
    pub cookie_name: String,
    /// Lifetime of the cookie used for sticky sessions (in seconds).
    pub cookie_lifetime: i64,
    /// Idle timeout in seconds for the client and server side.
    pub timeout_idle: i64,
    /// IDs of the Certificates to use for TLS/SSL termination by the Load Balancer; empty for TLS/SSL passthrough.
    pub certificates: Vec<i64>,
    /// Redirect HTTP requests to HTTPS.
    pub redirect_http: bool,
    /// Use sticky sessions.
    pub sticky_sessions: bool,
}

/// A target of a Load Balancer, told apart by its `type`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(tag = "type", title = "LoadBalancerTarget")]
pub enum LoadBalancerTarget {
    /// One Server: `server`.
    Server(LoadBalancerTargetTypeServer),
    /// The Servers a label selector picks: `label_selector`.
    LabelSelector(LoadBalancerTargetTypeLabelSelector),
    /// An IP address: `ip`.
    Ip(LoadBalancerTargetTypeIp),
}

/// A Server as a target.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTargetTypeServer")]
pub struct LoadBalancerTargetTypeServer {
    /// Server where the traffic should be routed to. Only present for target type "server".
    pub server: LoadBalancerTargetServer,
    /// List of health statuses of the services on this target. Only present for target types "server" and "ip".
    pub health_status: Vec<LoadBalancerTargetHealthStatus>,
    /// Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector".
    pub use_private_ip: bool,
}

/// The Servers a label selector picks, as a target.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTargetTypeLabelSelector")]
pub struct LoadBalancerTargetTypeLabelSelector {
    /// Label selector used to determine targets. Only present for target type "label_selector".
    pub label_selector: LoadBalancerTargetLabelSelector,
    /// List of resolved label selector target Servers.
    pub targets: Vec<LoadBalancerTargetTarget>,
    /// Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector".
    pub use_private_ip: bool,
}

/// An IP address as a target.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTargetTypeIP")]
pub struct LoadBalancerTargetTypeIp {
    /// IP target where the traffic should be routed to. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only present for target type `ip`.
    pub ip: LoadBalancerTargetIp,
    /// List of health statuses of the services on this target. Only present for target types "server" and "ip".
    pub health_status: Vec<LoadBalancerTargetHealthStatus>,
}

/// The Server of a target and the address the traffic goes to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTargetServer")]
pub struct LoadBalancerTargetServer {
    /// ID of the Server.
    pub id: i64,
    /// IP of the Server that the traffic is routed to. Either the Server's primary IPv4 or, if an IPv6 was specified when adding the target, an IPv6 within the Server's /64 subnet.
    pub ip: String,
}

/// The health of one service on one target.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerTargetHealthStatus {
    /// The listen port of the service.
    pub listen_port: i64,
    /// Whether the service is healthy on this target.
    pub status: TargetHealth,
}

/// The health of a service on a target.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum TargetHealth {
    /// The health checks pass: `healthy`.
    Healthy,
    /// The health checks fail: `unhealthy`.
    Unhealthy,
    /// Not checked yet: `unknown`.
    Unknown,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// A label selector, picking Servers by their labels.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTargetLabelSelector")]
pub struct LoadBalancerTargetLabelSelector {
    /// Label selector.
    pub selector: String,
}

/// A Server a label selector resolved to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTargetTarget")]
pub struct LoadBalancerTargetTarget {
    /// Type of the resource. Here always "server".
    pub r#type: String,
    /// Server where the traffic should be routed to. Only present for target type "server".
    pub server: LoadBalancerTargetServer,
    /// List of health statuses of the services on this target. Only present for target types "server" and "ip".
    pub health_status: Vec<LoadBalancerTargetHealthStatus>,
    /// Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector".
    pub use_private_ip: bool,
}

/// An IP address a Load Balancer routes to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTargetIP")]
pub struct LoadBalancerTargetIp {
    /// IP of a server that belongs to the same customer (public IPv4/IPv6) or private IP in a subnet type vswitch.
    pub ip: String,
}

/// How a Load Balancer distributes the traffic; also the body of
/// `POST /load_balancers/{id}/actions/change_algorithm`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerAlgorithm")]
pub struct LoadBalancerAlgorithm {
    /// Type of the algorithm.
    pub r#type: LoadBalancerAlgorithmType,
}

/// The algorithm a Load Balancer distributes the traffic by.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum LoadBalancerAlgorithmType {
    /// Each target in turn: `round_robin`.
    RoundRobin,
    /// The target with the fewest connections: `least_connections`.
    LeastConnections,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The body of `GET /load_balancers/{id}` and of `PUT /load_balancers/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerResponse {
    /// The Load Balancer.
    pub load_balancer: LoadBalancer,
}

crate::list_response! {
    /// The body of `GET /load_balancers`: one page of Load Balancers.
    pub struct LoadBalancersPage { load_balancers: Vec<LoadBalancer> }
}

/// The body of `POST /load_balancers`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreateLoadBalancerRequest")]
pub struct CreateLoadBalancerRequest {
    /// Name of the Load Balancer.
    pub name: String,
    /// ID or name of the Load Balancer type this Load Balancer should be created with.
    pub load_balancer_type: String,
    /// Algorithm of the Load Balancer.
    #[api(optional)]
    pub algorithm: Option<LoadBalancerAlgorithm>,
    /// Array of services.
    #[api(optional)]
    pub services: Option<Vec<LoadBalancerService>>,
    /// Array of targets.
    #[api(optional)]
    pub targets: Option<Vec<AddLoadBalancerTargetRequest>>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Enable or disable the public interface of the Load Balancer.
    #[api(optional)]
    pub public_interface: Option<bool>,
    /// ID of the network the Load Balancer should be attached to on creation.
    #[api(optional)]
    pub network: Option<i64>,
    /// Name of network zone.
    #[api(optional)]
    pub network_zone: Option<String>,
    /// ID or name of Location to create Load Balancer in.
    #[api(optional)]
    pub location: Option<String>,
}

/// The body of `POST /load_balancers`'s response: the new Load Balancer and the Action creating it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateLoadBalancerResponse {
    /// The Load Balancer being created.
    pub load_balancer: LoadBalancer,
    /// The Action creating the Load Balancer.
    pub action: Action,
}

/// The body of `PUT /load_balancers/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct UpdateLoadBalancerRequest {
    /// New Load Balancer name.
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

/// The type of a target in a request.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum LoadBalancerTargetType {
    /// One Server: `server`.
    Server,
    /// The Servers a label selector picks: `label_selector`.
    LabelSelector,
    /// An IP address: `ip`.
    Ip,
}

/// A target to add: in `POST /load_balancers`' `targets` and the body of
/// `POST /load_balancers/{id}/actions/add_target`. The spec gives requests one object with a
/// `type` and a key per type, not a union, so this is one struct.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AddLoadBalancerTargetRequest {
    /// Type of the resource.
    pub r#type: LoadBalancerTargetType,
    /// Configuration for type Server, only valid and required if type is `server`.
    #[api(optional)]
    pub server: Option<LoadBalancerTargetServerRequest>,
    /// Configuration for label selector targets, only valid and required if type is `label_selector`.
    #[api(optional)]
    pub label_selector: Option<LoadBalancerTargetLabelSelector>,
    /// Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`.
    #[api(optional)]
    pub ip: Option<LoadBalancerTargetIp>,
    /// Use the private network IP instead of the public IP of the Server, requires the Server and Load Balancer to be in the same network. Only valid for target types `server` and `label_selector`.
    #[api(optional)]
    pub use_private_ip: Option<bool>,
}

/// The Server of a target to add or remove, and optionally its public address to use.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTargetServer")]
pub struct LoadBalancerTargetServerRequest {
    /// ID of the Server.
    pub id: i64,
    /// Optional public IP of the Server to use as target.
    /// Must be the Primary IPv4 of the Server, or an IPv6 host address within IPv6 /64 subnet of the Server. If omitted, the Primary IPv4 of the Server is used. Must not be a private IP and is only valid for public targets.
    #[api(optional)]
    pub ip: Option<String>,
}

/// Which metrics of a Load Balancer to get.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoadBalancerMetricType {
    /// Open connections: `open_connections`.
    OpenConnections,
    /// New connections per second: `connections_per_second`.
    ConnectionsPerSecond,
    /// HTTP requests per second: `requests_per_second`.
    RequestsPerSecond,
    /// Bytes in and out per second: `bandwidth`.
    Bandwidth,
}
