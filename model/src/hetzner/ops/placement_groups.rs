//! Placement Groups.

use super::ResourceSort;
use crate::hetzner::placement_groups::{
    CreatePlacementGroupRequest, CreatePlacementGroupResponse, PlacementGroupResponse,
    PlacementGroupType, PlacementGroupsPage, UpdatePlacementGroupRequest,
};
use crate::operation;

operation! {
    /// List Placement Groups: returns all Placement Groups, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListPlacementGroups: GET "/placement_groups" -> PlacementGroupsPage {
        query {
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Filter resources by type. May be used multiple times.
            r#type as "type": Vec<PlacementGroupType>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create a Placement Group.
    pub struct CreatePlacementGroup: POST "/placement_groups" (CreatePlacementGroupRequest) -> CreatePlacementGroupResponse {}
}

operation! {
    /// Get a Placement Group: returns a specific Placement Group.
    pub struct GetPlacementGroup: GET "/placement_groups/{id}" -> PlacementGroupResponse {
        path {
            /// ID of the Placement Group.
            id: i64,
        }
    }
}

operation! {
    /// Update a Placement Group: its name or labels.
    pub struct UpdatePlacementGroup: PUT "/placement_groups/{id}" (UpdatePlacementGroupRequest) -> PlacementGroupResponse {
        path {
            /// ID of the Placement Group.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Placement Group.
    pub struct DeletePlacementGroup: DELETE "/placement_groups/{id}" -> () {
        path {
            /// ID of the Placement Group.
            id: i64,
        }
    }
}
