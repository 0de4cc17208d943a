//! `list_response!` in a user's crate: a page of the user's own resource in a few lines, read and
//! written like the crate's own pages.

use hcloud_model::{ApiModel, ImagesPage, LocationsPage};
use serde_json::json;

/// A firewall, a resource this crate has no model of.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Firewall {
    /// ID of the firewall.
    pub(crate) id: i64,
    /// Name of the firewall.
    pub(crate) name: String,
}

// In a module, with a visibility, a trailing comma and a key for the derive.
mod pages {
    use super::Firewall;
    use hcloud_model::list_response;

    list_response! {
        /// The body of `GET /firewalls`: one page of firewalls.
        #[api(title = "FirewallsPage")]
        pub(crate) struct FirewallsPage { firewalls: Vec<Firewall>, }
    }
}

#[test]
fn a_user_declared_page_round_trips_its_body() {
    let body = json!({
        "firewalls": [{"id": 38, "name": "web"}, {"id": 39, "name": "db"}],
        "meta": {"pagination": {
            "page": 2, "per_page": 2, "previous_page": 1, "next_page": 3,
            "last_page": 3, "total_entries": 6
        }}
    });
    let page: pages::FirewallsPage = serde_json::from_value(body.clone()).unwrap();
    let names: Vec<&str> = page.firewalls.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["web", "db"]);
    assert_eq!(page.meta.pagination.next_page, Some(3));
    assert_eq!(serde_json::to_value(&page).unwrap(), body);

    assert_eq!(
        pages::FirewallsPage::DOC,
        "The body of `GET /firewalls`: one page of firewalls."
    );
    assert_eq!(pages::FirewallsPage::TITLE, Some("FirewallsPage"));
    let keys: Vec<&str> = pages::FirewallsPage::FIELDS
        .iter()
        .map(|f| f.wire_name())
        .collect();
    assert_eq!(keys, ["firewalls", "meta"]);
}

#[test]
fn the_crates_pages_keep_their_keys_and_docs() {
    let keys: Vec<&str> = ImagesPage::FIELDS.iter().map(|f| f.wire_name()).collect();
    assert_eq!(keys, ["images", "meta"]);
    assert_eq!(
        ImagesPage::DOC,
        "The body of `GET /images`: one page of Images."
    );
    let schema = ImagesPage::openapi_schema();
    assert_eq!(schema["required"], json!(["images", "meta"]));
}

#[test]
fn a_doc_above_the_key_describes_the_list_and_the_default_says_what_it_holds() {
    let doc_of_first = |fields: &[hcloud_model::Field]| fields[0].doc();
    assert_eq!(
        doc_of_first(LocationsPage::FIELDS),
        "List of [Locations](https://docs.hetzner.cloud/#tag/locations)."
    );
    assert_eq!(
        LocationsPage::openapi_schema()["properties"]["locations"]["description"],
        json!("List of [Locations](https://docs.hetzner.cloud/#tag/locations).")
    );
    assert_eq!(
        doc_of_first(ImagesPage::FIELDS),
        "The resources of this page, in the order the API sent them."
    );
}
