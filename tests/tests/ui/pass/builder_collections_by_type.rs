#![deny(warnings)]
//! Collections need not be set, decided by their type however it is spelled.
use hcloud_model::ApiModel;
use hcloud_model::builder::EmptyWhenUnset;

type Tags = Vec<String>;

/// Names, a collection of our own.
#[derive(ApiModel, Debug, Default, PartialEq)]
#[api(transparent)]
struct Names(Vec<String>);

impl<const FIELD: usize> EmptyWhenUnset<FIELD> for Names {}

/// A volume.
#[derive(ApiModel, Debug, PartialEq)]
struct Volume {
    /// Its name.
    name: String,
    /// Tags, behind an alias.
    tags: Tags,
    /// Names, a newtype that joined the collections.
    aliases: Names,
}

/// Generic over what it holds: required unless the model is built with a collection.
#[derive(ApiModel, Debug, PartialEq)]
struct Holder<T> {
    /// What it holds.
    held: T,
}

fn main() {
    assert_eq!(
        Volume::builder().name("data").build(),
        Volume { name: "data".to_owned(), tags: Tags::new(), aliases: Names::default() }
    );
    assert_eq!(Holder::<Vec<u8>>::builder().build(), Holder { held: vec![] });
    assert_eq!(Holder::<u8>::builder().held(3).build(), Holder { held: 3 });
}
