//! Volumes and Volume Actions.

use super::{ActionSort, ResourceSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::volumes::{
    AttachVolumeRequest, ChangeVolumeProtectionRequest, CreateVolumeRequest, CreateVolumeResponse,
    ResizeVolumeRequest, UpdateVolumeRequest, VolumeResponse, VolumeStatus, VolumesPage,
};
use crate::operation;

operation! {
    /// List Volumes: returns all Volumes, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListVolumes: GET "/volumes" -> VolumesPage {
        query {
            /// Filter resources by status. May be used multiple times.
            status: Vec<VolumeStatus>,
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create a Volume: in a Location, or attached to a Server (then in the Server's Location).
    pub struct CreateVolume: POST "/volumes" (CreateVolumeRequest) -> CreateVolumeResponse {}
}

operation! {
    /// List Actions: returns all Volume Actions, filtered by ID and status and sorted as asked.
    #[derive(Default)]
    pub struct ListVolumesActions: GET "/volumes/actions" -> ActionsPage {
        query {
            /// Filter the Actions by ID. May be used multiple times.
            id: Vec<i64>,
            /// Sort Actions by field and direction. May be used multiple times.
            sort: Vec<ActionSort>,
            /// Filter the Actions by status. May be used multiple times.
            status: Vec<ActionStatus>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Get an Action: returns a specific Volume Action.
    pub struct GetVolumesAction: GET "/volumes/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// Get a Volume: returns a specific Volume.
    pub struct GetVolume: GET "/volumes/{id}" -> VolumeResponse {
        path {
            /// ID of the Volume.
            id: i64,
        }
    }
}

operation! {
    /// Update a Volume: its name or labels.
    pub struct UpdateVolume: PUT "/volumes/{id}" (UpdateVolumeRequest) -> VolumeResponse {
        path {
            /// ID of the Volume.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Volume: only one that is attached to no Server.
    pub struct DeleteVolume: DELETE "/volumes/{id}" -> () {
        path {
            /// ID of the Volume.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Volume: returns its Actions, filtered by status and sorted as asked.
    pub struct ListVolumeActions: GET "/volumes/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Volume.
            id: i64,
        }
        query {
            /// Sort Actions by field and direction. May be used multiple times.
            sort: Vec<ActionSort>,
            /// Filter the Actions by status. May be used multiple times.
            status: Vec<ActionStatus>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Attach Volume to a Server: one in the same Location as the Volume.
    pub struct AttachVolume: POST "/volumes/{id}/actions/attach" (AttachVolumeRequest) -> ActionResponse {
        path {
            /// ID of the Volume.
            id: i64,
        }
    }
}

operation! {
    /// Change Volume Protection.
    pub struct ChangeVolumeProtection: POST "/volumes/{id}/actions/change_protection" (ChangeVolumeProtectionRequest) -> ActionResponse {
        path {
            /// ID of the Volume.
            id: i64,
        }
    }
}

operation! {
    /// Detach Volume: from the Server it is attached to.
    pub struct DetachVolume: POST "/volumes/{id}/actions/detach" -> ActionResponse {
        path {
            /// ID of the Volume.
            id: i64,
        }
    }
}

operation! {
    /// Resize Volume: only to a larger size.
    pub struct ResizeVolume: POST "/volumes/{id}/actions/resize" (ResizeVolumeRequest) -> ActionResponse {
        path {
            /// ID of the Volume.
            id: i64,
        }
    }
}

operation! {
    /// Get an Action for a Volume (deprecated by the API: use [`GetVolumesAction`]).
    pub struct GetVolumeAction: GET "/volumes/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Volume.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}
