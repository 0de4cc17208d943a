//! [`Operation`]: one operation of a REST API as a type, so calling it with any HTTP client is a
//! few lines: the method, the concrete path and query, the body to send and the body to read.

use crate::runtime::meta::ApiModel;
use core::fmt::{self, Write as _};
use serde_core::de::DeserializeOwned;
use serde_core::ser::Serialize;

/// One operation of the API: its method and path template, its path and query parameters (the
/// type's fields), the JSON body it sends and the one it gets back.
///
/// ```
/// use hcloud_model::{Operation, ops};
///
/// let op = ops::ListServers { name: Some("web 1".into()), page: Some(2), ..Default::default() };
/// assert_eq!(ops::ListServers::METHOD, "GET");
/// assert_eq!(op.path_and_query(), "/servers?name=web%201&page=2");
/// let body = r#"{"servers": [], "meta": {"pagination": {"page": 2, "per_page": 25,
///     "previous_page": 1, "next_page": null, "last_page": 2, "total_entries": 26}}}"#;
/// let page = ops::ListServers::read_response(body.as_bytes())?;
/// assert_eq!(page.meta.pagination.previous_page, Some(1));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub trait Operation {
    /// The HTTP method, upper case (`"GET"`).
    const METHOD: &'static str;
    /// The path template, as the spec writes it (`"/servers/{id}/actions/create_image"`).
    const PATH: &'static str;
    /// The JSON body sent; `()` when the operation sends none.
    type Request: Serialize;
    /// The JSON body of the success response; `()` when it has none (`204 No Content`).
    type Response: ResponseBody;

    /// The path with the path parameters filled in, percent-encoded.
    fn path(&self) -> String;

    /// The query string without its `?`, percent-encoded; empty when no parameter is set.
    fn query(&self) -> String;

    /// The body to send, if the operation sends one.
    fn request(&self) -> Option<&Self::Request>;

    /// The path and, when there is one, `?` and the query: what follows the API's base URL.
    fn path_and_query(&self) -> String {
        let mut target = self.path();
        let query = self.query();
        if !query.is_empty() {
            target.push('?');
            target.push_str(&query);
        }
        target
    }

    /// Reads the success response's body.
    ///
    /// # Errors
    ///
    /// The body is not the operation's response.
    fn read_response(body: &[u8]) -> Result<Self::Response, serde_json::Error> {
        Self::Response::from_json(body)
    }
}

/// What an operation's success response holds: a JSON model, or nothing (`()`, for `204 No
/// Content`, whose empty body is not JSON).
pub trait ResponseBody: Sized {
    /// Reads the body.
    ///
    /// # Errors
    ///
    /// The body is not this response.
    fn from_json(body: &[u8]) -> Result<Self, serde_json::Error>;
}

impl<T: ApiModel + DeserializeOwned> ResponseBody for T {
    fn from_json(body: &[u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice(body)
    }
}

impl ResponseBody for () {
    fn from_json(_: &[u8]) -> Result<Self, serde_json::Error> {
        Ok(())
    }
}

/// Builds a query string: each parameter set is added percent-encoded, a list once per value.
#[derive(Default)]
pub struct Query(String);

impl Query {
    /// Adds `key=value` (the value as it displays).
    pub fn push(&mut self, key: &str, value: impl fmt::Display) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(key);
        self.0.push('=');
        let _ = write!(PercentEncoded(&mut self.0), "{value}");
    }

    /// The query string.
    #[must_use]
    pub fn finish(self) -> String {
        self.0
    }
}

/// A query parameter's value or values, as the operation's field holds them.
pub trait QueryValue {
    /// Adds this value (nothing for `None`, once per element for a list) under `key`.
    fn push_to(&self, query: &mut Query, key: &str);
}

impl<T: fmt::Display> QueryValue for Option<T> {
    fn push_to(&self, query: &mut Query, key: &str) {
        if let Some(value) = self {
            query.push(key, value);
        }
    }
}

impl<T: fmt::Display> QueryValue for Vec<T> {
    fn push_to(&self, query: &mut Query, key: &str) {
        for value in self {
            query.push(key, value);
        }
    }
}

/// `value` as one path segment, percent-encoded.
pub fn path_segment(value: impl fmt::Display) -> String {
    let mut out = String::new();
    let _ = write!(PercentEncoded(&mut out), "{value}");
    out
}

/// Writes what it is given percent-encoded: every byte but the unreserved characters of
/// RFC 3986 (`A-Z a-z 0-9 - . _ ~`), so the result fits a path segment and a query value alike.
struct PercentEncoded<'a>(&'a mut String);

impl fmt::Write for PercentEncoded<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        for byte in text.bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                self.0.push(char::from(byte));
            } else {
                write!(self.0, "%{byte:02X}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_percent_encoded_and_lists_repeat() {
        let mut query = Query::default();
        Some("a b&c=d/é").push_to(&mut query, "name");
        vec!["id:asc", "name"].push_to(&mut query, "sort");
        None::<i64>.push_to(&mut query, "page");
        assert_eq!(
            query.finish(),
            "name=a%20b%26c%3Dd%2F%C3%A9&sort=id%3Aasc&sort=name"
        );
        assert_eq!(path_segment("my zone.de/x"), "my%20zone.de%2Fx");
        assert_eq!(path_segment(42), "42");
    }
}

/// What tooling needs to know of an operation without naming its type: its name, method, path,
/// and its bodies' schemas and round trips. Each operation declared with [`operation!`](crate::operation!) has one
/// as `INFO`.
#[derive(Clone, Copy, Debug)]
pub struct OperationInfo {
    /// The type's name: the spec's `operationId` in `UpperCamelCase` (`ListServers`).
    pub name: &'static str,
    /// [`Operation::METHOD`].
    pub method: &'static str,
    /// [`Operation::PATH`].
    pub path: &'static str,
    /// The request body, if the operation sends one.
    pub request: Option<BodyInfo>,
    /// The success response's body, if it has one.
    pub response: Option<BodyInfo>,
}

/// One body type of an operation.
#[derive(Clone, Copy, Debug)]
pub struct BodyInfo {
    /// The body type's name.
    pub name: &'static str,
    /// Its OpenAPI schema ([`ApiModel::openapi_schema`]).
    pub schema: fn() -> serde_json::Value,
    /// Reads a JSON body as this type and writes it back: a round trip.
    pub round_trip: fn(&str) -> Result<serde_json::Value, serde_json::Error>,
}

/// A body type of an operation, or `()` for none: its [`BodyInfo`] if it has one.
pub trait MaybeBody {
    /// The body's info; `None` for `()`.
    const BODY_INFO: Option<BodyInfo>;
}

impl<T> MaybeBody for T
where
    T: ApiModel + crate::runtime::shape::Describe + Serialize + DeserializeOwned,
{
    const BODY_INFO: Option<BodyInfo> = Some(BodyInfo {
        name: T::NAME,
        schema: T::openapi_schema,
        round_trip: |json| serde_json::to_value(serde_json::from_str::<T>(json)?),
    });
}

impl MaybeBody for () {
    const BODY_INFO: Option<BodyInfo> = None;
}

macro_rules! query_scalars {
    ($($ty:ty),*) => {$(
        impl QueryValue for $ty {
            fn push_to(&self, query: &mut Query, key: &str) {
                query.push(key, self);
            }
        }
    )*};
}

query_scalars!(String, i64, u64, i32, bool);

/// Declares an operation: a struct of its path and query parameters (and its request body, as
/// `body`), implementing [`Operation`], with its [`OperationInfo`] as `INFO`.
///
/// ```
/// use hcloud_model::{ApiModel, Operation, operation};
///
/// /// The body of `GET /ssh_keys/{id}`.
/// #[derive(ApiModel, Debug)]
/// pub struct SshKeyResponse {
///     /// The key's name.
///     pub name: String,
/// }
///
/// operation! {
///     /// Get an SSH key.
///     pub struct GetSshKey: GET "/ssh_keys/{id}" -> SshKeyResponse {
///         path {
///             /// ID of the SSH key.
///             id: i64,
///         }
///         query {
///             /// Only with this label.
///             label_selector: Option<String>,
///         }
///     }
/// }
///
/// let op = GetSshKey { id: 7, label_selector: Some("env=prod".into()) };
/// assert_eq!(op.path_and_query(), "/ssh_keys/7?label_selector=env%3Dprod");
/// assert_eq!(GetSshKey::INFO.response.unwrap().name, "SshKeyResponse");
/// ```
///
/// The request body is given in parentheses after the path (`POST "/ssh_keys" (CreateSshKey) ->
/// …`) and becomes the field `body`; a response without a body is `()`. A query parameter whose
/// key is a Rust keyword is written `r#type as "type": Option<String>`.
#[macro_export]
macro_rules! operation {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident: $method:ident $path:literal $(($request:ty))? -> $response:ty {
            $(path {
                $($(#[$path_attr:meta])* $path_param:ident: $path_ty:ty),* $(,)?
            })?
            $(query {
                $($(#[$query_attr:meta])* $query_param:ident $(as $query_key:literal)?: $query_ty:ty),* $(,)?
            })?
        }
    ) => {
        $(#[$attr])*
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]
        $vis struct $name {
            $($($(#[$path_attr])* pub $path_param: $path_ty,)*)?
            $($($(#[$query_attr])* pub $query_param: $query_ty,)*)?
            $(
                /// The request body.
                pub body: $request,
            )?
        }

        impl $name {
            /// What tooling needs to know of this operation.
            pub const INFO: $crate::OperationInfo = $crate::OperationInfo {
                name: ::core::stringify!($name),
                method: ::core::stringify!($method),
                path: $path,
                request: <$crate::operation!(@or_unit $($request)?) as $crate::operation::MaybeBody>::BODY_INFO,
                response: <$response as $crate::operation::MaybeBody>::BODY_INFO,
            };
        }

        impl $crate::Operation for $name {
            const METHOD: &'static str = ::core::stringify!($method);
            const PATH: &'static str = $path;
            type Request = $crate::operation!(@or_unit $($request)?);
            type Response = $response;

            fn path(&self) -> ::std::string::String {
                #[allow(unused_mut)]
                let mut path = ::std::string::String::from($path);
                $($(
                    path = path.replace(
                        ::core::concat!("{", ::core::stringify!($path_param), "}"),
                        &$crate::operation::path_segment(&self.$path_param),
                    );
                )*)?
                path
            }

            fn query(&self) -> ::std::string::String {
                #[allow(unused_mut)]
                let mut query = $crate::operation::Query::default();
                $($(
                    $crate::operation::QueryValue::push_to(
                        &self.$query_param,
                        &mut query,
                        $crate::operation!(@key $query_param $($query_key)?),
                    );
                )*)?
                query.finish()
            }

            fn request(&self) -> ::core::option::Option<&Self::Request> {
                $(
                    let body: &$request = &self.body;
                    return ::core::option::Option::Some(body);
                )?
                #[allow(unreachable_code)]
                ::core::option::Option::None
            }
        }
    };
    (@or_unit) => { () };
    (@or_unit $request:ty) => { $request };
    (@key $param:ident) => { ::core::stringify!($param) };
    (@key $param:ident $key:literal) => { $key };
}
