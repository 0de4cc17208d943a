//! Images and Image Actions.

use super::{ActionSort, ResourceSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::images::{
    Architecture, ChangeImageProtectionRequest, ImageResponse, ImageStatus, ImageType, ImagesPage,
    UpdateImageRequest,
};
use crate::operation;

operation! {
    /// List Images: returns all Image objects, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListImages: GET "/images" -> ImagesPage {
        query {
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Filter resources by type. May be used multiple times.
            r#type as "type": Vec<ImageType>,
            /// Filter resources by status. May be used multiple times.
            status: Vec<ImageStatus>,
            /// Filter by the ID of the Server the backup Image is bound to. May be used multiple times.
            bound_to: Vec<String>,
            /// Also return deprecated Images.
            include_deprecated: Option<bool>,
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Filter resources by CPU architecture.
            architecture: Option<Architecture>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Get an Image: returns a specific Image object.
    pub struct GetImage: GET "/images/{id}" -> ImageResponse {
        path {
            /// ID of the Image.
            id: i64,
        }
    }
}

operation! {
    /// Update an Image: updates the description, type or labels of an Image.
    pub struct UpdateImage: PUT "/images/{id}" (UpdateImageRequest) -> ImageResponse {
        path {
            /// ID of the Image.
            id: i64,
        }
    }
}

operation! {
    /// Delete an Image: only snapshots and backups can be deleted.
    pub struct DeleteImage: DELETE "/images/{id}" -> () {
        path {
            /// ID of the Image.
            id: i64,
        }
    }
}

operation! {
    /// List Actions: returns all Image Actions, filtered by ID and status and sorted as asked.
    #[derive(Default)]
    pub struct ListImagesActions: GET "/images/actions" -> ActionsPage {
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
    /// Get an Action: returns a specific Image Action.
    pub struct GetImagesAction: GET "/images/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for an Image: returns its Actions, filtered by status and sorted as asked.
    pub struct ListImageActions: GET "/images/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Image.
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
    /// Change Image Protection: of a snapshot only.
    pub struct ChangeImageProtection: POST "/images/{id}/actions/change_protection" (ChangeImageProtectionRequest) -> ActionResponse {
        path {
            /// ID of the Image.
            id: i64,
        }
    }
}

operation! {
    /// Get an Action for an Image (deprecated by the API: use [`GetImagesAction`]).
    pub struct GetImageAction: GET "/images/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Image.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}
