//! Servers and Server Actions.

use super::{ActionSort, ResourceSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::common::{ChangeDnsPtrRequest, MetricsResponse};
use crate::hetzner::images::{CreateImageRequest, CreateImageResponse};
use crate::hetzner::server_actions::{
    AddToPlacementGroupRequest, AttachIsoRequest, AttachToNetworkRequest, ChangeAliasIpsRequest,
    ChangeServerProtectionRequest, ChangeServerTypeRequest, DetachFromNetworkRequest,
    EnableRescueRequest, EnableRescueResponse, RebuildServerRequest, RebuildServerResponse,
    RequestConsoleResponse, ResetPasswordResponse,
};
use crate::hetzner::servers::{
    CreateServerRequest, CreateServerResponse, ServerMetricType, ServerResponse, ServerStatus,
    ServersPage, UpdateServerRequest,
};
use crate::operation;

operation! {
    /// List Servers: returns all existing Server objects, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListServers: GET "/servers" -> ServersPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Filter resources by status. May be used multiple times.
            status: Vec<ServerStatus>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create a Server.
    pub struct CreateServer: POST "/servers" (CreateServerRequest) -> CreateServerResponse {}
}

operation! {
    /// List Actions: returns the Actions of all Servers, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListServersActions: GET "/servers/actions" -> ActionsPage {
        query {
            /// Filter the actions by ID. May be used multiple times.
            id: Vec<i64>,
            /// Sort actions by field and direction. May be used multiple times.
            sort: Vec<ActionSort>,
            /// Filter the actions by status. May be used multiple times.
            status: Vec<ActionStatus>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Get an Action: returns a specific Action of a Server.
    pub struct GetServersAction: GET "/servers/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// Get a Server: returns a specific Server object.
    pub struct GetServer: GET "/servers/{id}" -> ServerResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Update a Server: its name or labels.
    pub struct UpdateServer: PUT "/servers/{id}" (UpdateServerRequest) -> ServerResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Server: deletes it immediately, with its disks.
    pub struct DeleteServer: DELETE "/servers/{id}" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Server: its Actions, filtered and sorted as asked.
    pub struct ListServerActions: GET "/servers/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Server.
            id: i64,
        }
        query {
            /// Sort actions by field and direction. May be used multiple times.
            sort: Vec<ActionSort>,
            /// Filter the actions by status. May be used multiple times.
            status: Vec<ActionStatus>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Add a Server to a Placement Group; the Server must be powered off.
    pub struct AddServerToPlacementGroup: POST "/servers/{id}/actions/add_to_placement_group" (AddToPlacementGroupRequest) -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Attach an ISO to a Server: the Server sees it as a new disk and boots from it first.
    pub struct AttachServerIso: POST "/servers/{id}/actions/attach_iso" (AttachIsoRequest) -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Attach a Server to a Network.
    pub struct AttachServerToNetwork: POST "/servers/{id}/actions/attach_to_network" (AttachToNetworkRequest) -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Change alias IPs of a Network: replaces the Server's additional IPs in a Network it is attached to.
    pub struct ChangeServerAliasIps: POST "/servers/{id}/actions/change_alias_ips" (ChangeAliasIpsRequest) -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Change reverse DNS entry for this Server.
    pub struct ChangeServerDnsPtr: POST "/servers/{id}/actions/change_dns_ptr" (ChangeDnsPtrRequest) -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Change Server Protection: against deletion and rebuilding.
    pub struct ChangeServerProtection: POST "/servers/{id}/actions/change_protection" (ChangeServerProtectionRequest) -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Change the Type of a Server (cores, RAM and disk sizes); the Server must be powered off.
    pub struct ChangeServerType: POST "/servers/{id}/actions/change_type" (ChangeServerTypeRequest) -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Create Image from a Server: a snapshot or backup of its disk.
    pub struct CreateServerImage: POST "/servers/{id}/actions/create_image" (CreateImageRequest) -> CreateImageResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Detach a Server from a Network.
    pub struct DetachServerFromNetwork: POST "/servers/{id}/actions/detach_from_network" (DetachFromNetworkRequest) -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Detach an ISO from a Server; with none attached, the Action succeeds at once.
    pub struct DetachServerIso: POST "/servers/{id}/actions/detach_iso" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Disable Backups for a Server: deletes all its backups at once.
    pub struct DisableServerBackup: POST "/servers/{id}/actions/disable_backup" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Disable Rescue Mode for a Server.
    pub struct DisableServerRescue: POST "/servers/{id}/actions/disable_rescue" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Enable and Configure Backups for a Server: daily backups, for 20% more of its price.
    pub struct EnableServerBackup: POST "/servers/{id}/actions/enable_backup" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Enable Rescue Mode for a Server: it boots the rescue system at its next boot.
    pub struct EnableServerRescue: POST "/servers/{id}/actions/enable_rescue" (EnableRescueRequest) -> EnableRescueResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Power off a Server: cuts its power, as pulling the plug does.
    pub struct PoweroffServer: POST "/servers/{id}/actions/poweroff" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Power on a Server.
    pub struct PoweronServer: POST "/servers/{id}/actions/poweron" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Soft-reboot a Server: an ACPI reboot request.
    pub struct RebootServer: POST "/servers/{id}/actions/reboot" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Rebuild a Server from an Image, **destroying all data** on its disk.
    pub struct RebuildServer: POST "/servers/{id}/actions/rebuild" (RebuildServerRequest) -> RebuildServerResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Remove from Placement Group.
    pub struct RemoveServerFromPlacementGroup: POST "/servers/{id}/actions/remove_from_placement_group" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Request Console for a Server: credentials for VNC over websocket, valid for 1 minute.
    pub struct RequestServerConsole: POST "/servers/{id}/actions/request_console" -> RequestConsoleResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Reset a Server: cuts its power and starts it again.
    pub struct ResetServer: POST "/servers/{id}/actions/reset" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Reset root Password of a Server (Linux with the qemu guest agent, running).
    pub struct ResetServerPassword: POST "/servers/{id}/actions/reset_password" -> ResetPasswordResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Shutdown a Server gracefully: an ACPI shutdown request the operating system must honour.
    pub struct ShutdownServer: POST "/servers/{id}/actions/shutdown" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Get an Action for a Server.
    ///
    /// Deprecated by the API, see its
    /// [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints):
    /// use [`GetAction`](super::GetAction).
    pub struct GetServerAction: GET "/servers/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}

operation! {
    /// Get Metrics for a Server: the time series of the types asked for, over a period of the
    /// last 30 days.
    ///
    /// Without `step`, the API picks one that returns at most 200 samples; it never returns more
    /// than 500, adjusting `step` to that.
    pub struct GetServerMetrics: GET "/servers/{id}/metrics" -> MetricsResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
        query {
            /// Type of metrics to get. May be used multiple times.
            r#type as "type": Vec<ServerMetricType>,
            /// Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            start: String,
            /// End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            end: String,
            /// Resolution of results in seconds.
            step: Option<String>,
        }
    }
}
