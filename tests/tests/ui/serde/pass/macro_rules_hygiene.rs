// Code about one field is placed at the field (so errors point there) but must still resolve as
// the rest of the generated code: here the derive sits in a macro and the fields come from its
// caller, two hygiene contexts, and every field kind and own function still compiles and runs.
#![deny(warnings)]
use hcloud_model::{ApiModel, Patch};

mod as_text {
    pub fn serialize<S: serde::Serializer>(id: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(id)
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        let text: String = serde::Deserialize::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

fn zone() -> String {
    "fsn1".into()
}

macro_rules! model {
    ($name:ident { $($fields:tt)* }) => {
        /// A model from a macro.
        #[derive(ApiModel, Debug)]
        pub struct $name { $($fields)* }
    };
}

model!(FromMacro {
    /// Id.
    #[api(with = "as_text")]
    pub id: u64,
    /// Other id.
    #[api(serialize_with = "as_text::serialize", deserialize_with = as_text::deserialize, default)]
    pub other: u64,
    /// Zone.
    #[api(default = zone)]
    pub zone: String,
    /// Skipped.
    #[api(skip, default = zone)]
    pub local: String,
    /// Skipped default.
    #[api(skip)]
    pub count: u8,
    /// Given.
    pub given: i64,
    /// Defaulted.
    #[api(default)]
    pub defaulted: i64,
    /// Patch.
    pub patch: Patch<i64>,
    /// Nullable.
    pub nullable: Option<i64>,
    /// Optional.
    #[api(optional)]
    pub optional: Option<i64>,
});

macro_rules! newtype {
    ($name:ident ( $($field:tt)* )) => {
        /// A newtype.
        #[derive(ApiModel, Debug)]
        #[api(transparent)]
        pub struct $name($($field)*);
    };
}

newtype!(Id(pub i64));

fn main() {
    let json = r#"{"id":"5","zone":"x","given":1,"patch":null,"nullable":null}"#;
    let model: FromMacro = serde_json::from_str(json).unwrap();
    assert_eq!(model.id, 5);
    assert_eq!(model.local, "fsn1");
    println!("{}", serde_json::to_string(&model).unwrap());
    let id: Id = serde_json::from_str("3").unwrap();
    assert_eq!(serde_json::to_string(&id).unwrap(), "3");
}
