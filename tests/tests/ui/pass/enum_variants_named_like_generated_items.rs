#![deny(warnings)]
use hcloud_model::ApiModel;

/// Variants named like the associated items and helpers the derive uses.
#[derive(ApiModel, Debug, PartialEq)]
enum Outcome {
    /// `error`.
    Error,
    /// `err`.
    Err,
    /// `ok`.
    Ok,
    /// `value`.
    Value,
    /// `some`.
    Some,
    /// `none`.
    None,
    /// `variants`.
    Variants,
}

fn main() {
    assert_eq!("error".parse::<Outcome>().unwrap(), Outcome::Error);
    assert_eq!(Outcome::try_from("none").unwrap(), Outcome::None);
    assert_eq!(Outcome::VARIANTS.len(), 7);
    assert_eq!(serde_json::to_string(&Outcome::Some).unwrap(), "\"some\"");
}
