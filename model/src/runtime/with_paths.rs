//! [`WithPaths`]: errors that name the element of a list read at the top of the document.

use crate::runtime::__private::de::NamedSeed;
use core::marker::PhantomData;
use serde_core::de::{Deserialize, DeserializeSeed, Deserializer};
use serde_core::ser::{Serialize, Serializer};

/// Reads a `T` that is not a derived model itself, such as a `Vec` of models at the top of the
/// document, so that errors inside it name the element too: `` [1].created_from.id ``.
///
/// A derived model names the path from its own fields down, but a `Vec<Model>` or
/// `BTreeMap<String, Model>` read directly is read by serde's own code, which the models inside
/// it never see: their errors start at the model (`created_from.id`). Read the list through
/// `WithPaths` and the index is part of the path. Inside a model no wrapper is needed: its lists
/// are always named. A map's values are named by where the map is, not by their key. Written,
/// a `WithPaths<T>` is its `T`.
///
/// ```
/// use hcloud_model::{CreatedFrom, WithPaths};
///
/// let body = r#"[{"id": 1, "name": "web-1"}, {"id": "two", "name": "web-2"}]"#;
/// let plain = serde_json::from_str::<Vec<CreatedFrom>>(body).unwrap_err();
/// assert!(plain.to_string().starts_with("invalid type: string \"two\", expected i64 for `id`"));
/// let named = serde_json::from_str::<WithPaths<Vec<CreatedFrom>>>(body).unwrap_err();
/// assert!(named.to_string().starts_with("invalid type: string \"two\", expected i64 for `[1].id`"));
/// let list = serde_json::from_str::<WithPaths<Vec<CreatedFrom>>>(&body.replace(r#""two""#, "2"))?;
/// assert_eq!(list.into_inner()[1].id, 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WithPaths<T>(pub T);

impl<T> WithPaths<T> {
    /// The value read.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for WithPaths<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        NamedSeed(PhantomData::<T>)
            .deserialize(deserializer)
            .map(WithPaths)
    }
}

impl<T: Serialize> Serialize for WithPaths<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}
