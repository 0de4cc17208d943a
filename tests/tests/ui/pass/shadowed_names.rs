// Items named like what the expansion uses, in the user's module: absolute paths keep it working.
#![deny(warnings)]
#![allow(non_camel_case_types, dead_code, unused_imports)]

mod __private {}
mod serde {}
struct Result;
struct Option;
struct Some;
struct Ok;
struct Err;
struct None;
struct String;
struct Vec;
struct str;
struct bool;
struct u16;
fn builder() {}
trait Default {}
trait Into {}
trait From {}

use hcloud_model::ApiModel;

/// A model in a hostile module.
#[derive(ApiModel, Debug, PartialEq)]
struct Hostile {
    /// A name.
    name: std::string::String,
    /// A flag that may be absent.
    #[api(optional)]
    flag: core::option::Option<core::primitive::bool>,
    /// Items.
    items: std::vec::Vec<i64>,
    /// A state.
    state: State,
}

/// A state.
#[derive(ApiModel, Debug, PartialEq)]
enum State {
    /// Up.
    Up,
    /// Anything else.
    #[api(other)]
    Other(std::string::String),
}

fn main() {
    let value: Hostile = serde_json::from_str(r#"{"name": "x", "items": [1], "state": "down"}"#).unwrap();
    assert_eq!(value.state, State::Other("down".into()));
    let built = Hostile::builder().name("x").state(State::Up).build();
    assert!(built.items.is_empty());
}
