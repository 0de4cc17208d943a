#![deny(warnings)]
use hcloud_model::ApiModel;
use std::borrow::Cow;

/// A page of items, generic over the item and borrowing its cursor.
#[derive(ApiModel, Debug, PartialEq)]
struct Page<'a, T: Clone> {
    /// The items.
    items: Vec<T>,
    /// The cursor of the next page.
    next: Option<Cow<'a, str>>,
    /// A field named like the builder's entry point.
    builder: u8,
}

/// Nothing is required here.
#[derive(ApiModel, Debug, PartialEq)]
struct Filter {
    /// A name to match.
    #[api(optional)]
    name: Option<String>,
    /// Labels to match.
    labels: Vec<String>,
}

fn main() {
    let page: Page<'_, u32> = Page::builder().builder(1).items(vec![1, 2]).next("abc").build();
    assert_eq!(page, Page { items: vec![1, 2], next: Some(Cow::Borrowed("abc")), builder: 1 });
    let page: Page<'static, ()> = Page::builder().builder(0).build();
    assert!(page.items.is_empty() && page.next.is_none());
    assert_eq!(Filter::builder().build(), Filter { name: None, labels: vec![] });
}
