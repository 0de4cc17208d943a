#![deny(warnings)]
use hcloud_model::ApiModel;

/// A page of items of any model.
#[derive(ApiModel, Debug, PartialEq)]
struct Page<T> {
    /// The items.
    items: Vec<T>,
    /// A field whose name is a keyword.
    r#type: String,
    /// A field named like the builder entry point.
    builder: Option<i64>,
}

/// An item.
#[derive(ApiModel, Debug, PartialEq)]
struct Item {
    /// Its id.
    id: u32,
}

fn main() {
    let page: Page<Item> = serde_json::from_str(r#"{"items": [{"id": 1}], "type": "x", "builder": null}"#).unwrap();
    assert_eq!(page.items, vec![Item { id: 1 }]);
    assert_eq!(serde_json::to_string(&page).unwrap(), r#"{"items":[{"id":1}],"type":"x","builder":null}"#);
}
