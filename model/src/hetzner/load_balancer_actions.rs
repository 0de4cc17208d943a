//! The request bodies of the Load Balancer Actions: services and targets added, changed and
//! removed, Networks, algorithm, type and protection.

use crate::Patch;
use crate::hetzner::load_balancers::{
    HealthCheckProtocol, LoadBalancerTargetIp, LoadBalancerTargetLabelSelector,
    LoadBalancerTargetServerRequest, LoadBalancerTargetType,
};
use hcloud_model_macros::ApiModel;

/// The body of `POST /load_balancers/{id}/actions/add_service`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AddLoadBalancerServiceRequest {
    /// Protocol of the Load Balancer.
    pub protocol: LoadBalancerServiceProtocol,
    /// Port the Load Balancer listens on.
    pub listen_port: i64,
    /// Port the Load Balancer will balance to.
    pub destination_port: i64,
    /// Is Proxyprotocol enabled or not.
    pub proxyprotocol: bool,
    /// Service health check.
    pub health_check: AddLoadBalancerServiceHealthCheck,
    /// Configuration option for protocols http and https.
    #[api(optional)]
    pub http: Option<LoadBalancerServiceHttp>,
}

/// The protocol of a service to add or change.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoadBalancerServiceProtocol {
    /// TCP: `tcp`.
    Tcp,
    /// HTTP: `http`.
    Http,
    /// HTTPS: `https`.
    Https,
}

/// The health check of a service to add: every setting but the HTTP one is needed.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AddLoadBalancerServiceHealthCheck {
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
    pub http: Option<HealthCheckHttpRequest>,
}

/// What an HTTP health check to set asks for and expects; what is left out keeps its default.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct HealthCheckHttpRequest {
    /// Host header to send in the HTTP request. May not contain spaces, percent or backslash symbols. Can be null, in that case no host header is sent.
    pub domain: Patch<String>,
    /// HTTP path to use for health checks. May not contain literal spaces, use percent-encoding instead.
    #[api(optional)]
    pub path: Option<String>,
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

/// The HTTP configuration of a service to add or change; what is left out keeps its default.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerServiceHTTP")]
pub struct LoadBalancerServiceHttp {
    /// Name of the cookie used for sticky sessions.
    #[api(optional)]
    pub cookie_name: Option<String>,
    /// Lifetime of the cookie used for sticky sessions (in seconds).
    #[api(optional)]
    pub cookie_lifetime: Option<i64>,
    /// Idle timeout in seconds for the client and server side.
    #[api(optional)]
    pub timeout_idle: Option<i64>,
    /// IDs of the Certificates to use for TLS/SSL termination by the Load Balancer; empty for TLS/SSL passthrough or if `protocol` is `http`.
    #[api(optional)]
    pub certificates: Option<Vec<i64>>,
    /// Redirect HTTP requests to HTTPS. Only available if `protocol` is `https`.
    #[api(optional)]
    pub redirect_http: Option<bool>,
    /// Use sticky sessions. Only available if `protocol` is `http` or `https`.
    #[api(optional)]
    pub sticky_sessions: Option<bool>,
}

/// The body of `POST /load_balancers/{id}/actions/update_service`: the service by its listen
/// port, and what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "UpdateLoadBalancerService")]
pub struct UpdateLoadBalancerServiceRequest {
    /// Protocol of the Load Balancer.
    #[api(optional)]
    pub protocol: Option<LoadBalancerServiceProtocol>,
    /// Port the Load Balancer listens on.
    pub listen_port: i64,
    /// Port the Load Balancer will balance to.
    #[api(optional)]
    pub destination_port: Option<i64>,
    /// Is Proxyprotocol enabled or not.
    #[api(optional)]
    pub proxyprotocol: Option<bool>,
    /// Service health check.
    #[api(optional)]
    pub health_check: Option<UpdateLoadBalancerServiceHealthCheck>,
    /// Configuration option for protocols http and https.
    #[api(optional)]
    pub http: Option<LoadBalancerServiceHttp>,
}

/// The health check settings of a service to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerServiceHealthCheck")]
pub struct UpdateLoadBalancerServiceHealthCheck {
    /// Type of the health check.
    #[api(optional)]
    pub protocol: Option<HealthCheckProtocol>,
    /// Port the health check will be performed on.
    #[api(optional)]
    pub port: Option<i64>,
    /// Time interval in seconds health checks are performed.
    #[api(optional)]
    pub interval: Option<i64>,
    /// Time in seconds after an attempt is considered a timeout.
    #[api(optional)]
    pub timeout: Option<i64>,
    /// Unsuccessful retries needed until a target is considered unhealthy; an unhealthy target needs the same number of successful retries to become healthy again.
    #[api(optional)]
    pub retries: Option<i64>,
    /// Additional configuration for protocol http.
    #[api(optional)]
    pub http: Option<HealthCheckHttpRequest>,
}

/// The body of `POST /load_balancers/{id}/actions/delete_service`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct DeleteLoadBalancerServiceRequest {
    /// The listen port of the service you want to delete.
    pub listen_port: i64,
}

/// The body of `POST /load_balancers/{id}/actions/remove_target`: the target as it was added,
/// without `use_private_ip`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "LoadBalancerTarget")]
pub struct RemoveLoadBalancerTargetRequest {
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
}

/// The body of `POST /load_balancers/{id}/actions/attach_to_network`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct AttachLoadBalancerToNetworkRequest {
    /// ID of an existing network to attach the Load Balancer to.
    pub network: i64,
    /// IP to request to be assigned to this Load Balancer; if you do not provide this then you will be auto assigned an IP address.
    #[api(optional)]
    pub ip: Option<String>,
    /// IP range in CIDR block notation of the subnet to attach to.
    ///
    /// This allows for auto assigning an IP address for a specific subnet.
    /// Providing `ip` that is not part of `ip_range` will result in an error.
    #[api(optional)]
    pub ip_range: Option<String>,
}

/// The body of `POST /load_balancers/{id}/actions/detach_from_network`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct DetachLoadBalancerFromNetworkRequest {
    /// ID of an existing network to detach the Load Balancer from.
    pub network: i64,
}

/// The body of `POST /load_balancers/{id}/actions/change_protection`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ChangeLoadBalancerProtectionRequest {
    /// If true, prevents the Load Balancer from being deleted.
    #[api(optional)]
    pub delete: Option<bool>,
}

/// The body of `POST /load_balancers/{id}/actions/change_type`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ChangeTypeRequest")]
pub struct ChangeLoadBalancerTypeRequest {
    /// ID or name of Load Balancer type the Load Balancer should migrate to.
    pub load_balancer_type: String,
}
