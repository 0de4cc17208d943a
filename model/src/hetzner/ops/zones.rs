//! Zones and Zone Actions.

use super::{ActionSort, ResourceSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::zones::{
    ChangeZonePrimaryNameserversRequest, ChangeZoneProtectionRequest, ChangeZoneTtlRequest,
    CreateZoneRequest, CreateZoneResponse, ImportZoneZonefileRequest, UpdateZoneRequest, ZoneMode,
    ZoneResponse, ZonefileResponse, ZonesPage,
};
use crate::operation;

operation! {
    /// List Zones: returns all Zones, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListZones: GET "/zones" -> ZonesPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by their mode.
            mode: Option<ZoneMode>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create a Zone: with a default `SOA` and three `NS` records of the assigned Hetzner
    /// nameservers.
    pub struct CreateZone: POST "/zones" (CreateZoneRequest) -> CreateZoneResponse {}
}

operation! {
    /// Get a Zone: returns a specific Zone.
    pub struct GetZone: GET "/zones/{id_or_name}" -> ZoneResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Update a Zone: its labels (RRSets change through the RRSet Actions).
    pub struct UpdateZone: PUT "/zones/{id_or_name}" (UpdateZoneRequest) -> ZoneResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Delete a Zone.
    pub struct DeleteZone: DELETE "/zones/{id_or_name}" -> ActionResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Export a Zone file: the Zone in BIND format (primary Zones only).
    pub struct GetZoneZonefile: GET "/zones/{id_or_name}/zonefile" -> ZonefileResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// List Actions: returns all Zone Actions, filtered by ID and status and sorted as asked.
    #[derive(Default)]
    pub struct ListZonesActions: GET "/zones/actions" -> ActionsPage {
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
    /// Get an Action: returns a specific Zone Action.
    pub struct GetZonesAction: GET "/zones/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Zone: returns its Actions, filtered by status and sorted as asked.
    pub struct ListZoneActions: GET "/zones/{id_or_name}/actions" -> ActionsPage {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
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
    /// Get an Action for a Zone (deprecated by the API: use [`GetZonesAction`]).
    pub struct GetZoneAction: GET "/zones/{id_or_name}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
            /// ID of the Action.
            action_id: i64,
        }
    }
}

operation! {
    /// Change a Zone's Primary Nameservers: overwrites them (secondary Zones only).
    pub struct ChangeZonePrimaryNameservers: POST "/zones/{id_or_name}/actions/change_primary_nameservers" (ChangeZonePrimaryNameserversRequest) -> ActionResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Change a Zone's Protection.
    pub struct ChangeZoneProtection: POST "/zones/{id_or_name}/actions/change_protection" (ChangeZoneProtectionRequest) -> ActionResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Change a Zone's Default TTL: the one of RRSets without their own (primary Zones only).
    pub struct ChangeZoneTtl: POST "/zones/{id_or_name}/actions/change_ttl" (ChangeZoneTtlRequest) -> ActionResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Import a Zone file: replaces all RRSets (primary Zones only).
    pub struct ImportZoneZonefile: POST "/zones/{id_or_name}/actions/import_zonefile" (ImportZoneZonefileRequest) -> ActionResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}
