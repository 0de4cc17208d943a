// ---- model ----
/// A server's status.
#[api(rename_all = "snake_case")]
pub enum ServerStatus {
    /// Running.
    Running,
    /// Off, sent as `off`.
    #[api(rename = "off")]
    PoweredOff,
    /// Being started.
    StartingUp,
    /// A status the API added later.
    #[api(other)]
    Other(String),
}

// ---- expansion ----
const _: () = {
    #[automatically_derived]
    impl ServerStatus {
        /// The wire values of the known `ServerStatus` variants, in declaration order (the catch-all keeps any other value).
        pub const VARIANTS: &'static [&'static ::hcloud_model::__private::str] = &[
            "running",
            "off",
            "starting_up",
        ];
        /// The wire value of this `ServerStatus`, as the API writes it.
        #[inline]
        pub fn as_str(&self) -> &::hcloud_model::__private::str {
            match self {
                Self::Running => "running",
                Self::PoweredOff => "off",
                Self::StartingUp => "starting_up",
                Self::Other(__value) => {
                    ::hcloud_model::__private::String::as_str(__value)
                }
            }
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::enums::WireEnum for ServerStatus {
        const WIRE_VALUES: &'static [&'static ::hcloud_model::__private::str] = Self::VARIANTS;
        #[inline]
        fn from_known(
            __value: &::hcloud_model::__private::str,
        ) -> ::hcloud_model::__private::Option<Self> {
            match __value {
                "running" => ::hcloud_model::__private::Some(Self::Running),
                "off" => ::hcloud_model::__private::Some(Self::PoweredOff),
                "starting_up" => ::hcloud_model::__private::Some(Self::StartingUp),
                _ => ::hcloud_model::__private::None,
            }
        }
        #[inline]
        fn index_of(
            __value: &::hcloud_model::__private::str,
        ) -> ::hcloud_model::__private::Option<::hcloud_model::__private::usize> {
            match __value {
                "running" => ::hcloud_model::__private::Some(0),
                "off" => ::hcloud_model::__private::Some(1),
                "starting_up" => ::hcloud_model::__private::Some(2),
                _ => ::hcloud_model::__private::None,
            }
        }
        #[inline]
        fn known(__index: ::hcloud_model::__private::usize) -> Self {
            match __index {
                0 => Self::Running,
                1 => Self::PoweredOff,
                2 => Self::StartingUp,
                _ => ::hcloud_model::__private::enums::no_known_value_at(__index),
            }
        }
        #[inline]
        fn from_unknown(
            __value: ::hcloud_model::__private::String,
        ) -> ::hcloud_model::__private::Result<Self, ::hcloud_model::__private::String> {
            ::hcloud_model::__private::Ok(Self::Other(__value))
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::fmt::Display for ServerStatus {
        #[inline]
        fn fmt(
            &self,
            __formatter: &mut ::hcloud_model::__private::fmt::Formatter<'_>,
        ) -> ::hcloud_model::__private::fmt::Result {
            ::hcloud_model::__private::fmt::Formatter::pad(__formatter, self.as_str())
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::AsRef<::hcloud_model::__private::str>
    for ServerStatus {
        #[inline]
        fn as_ref(&self) -> &::hcloud_model::__private::str {
            self.as_str()
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::FromStr for ServerStatus {
        type Err = ::hcloud_model::__private::ParseEnumError;
        #[inline]
        fn from_str(
            __value: &::hcloud_model::__private::str,
        ) -> ::hcloud_model::__private::Result<
            Self,
            ::hcloud_model::__private::ParseEnumError,
        > {
            ::hcloud_model::__private::enums::parse(__value)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::TryFrom<&::hcloud_model::__private::str>
    for ServerStatus {
        type Error = ::hcloud_model::__private::ParseEnumError;
        #[inline]
        fn try_from(
            __value: &::hcloud_model::__private::str,
        ) -> ::hcloud_model::__private::Result<
            Self,
            ::hcloud_model::__private::ParseEnumError,
        > {
            ::hcloud_model::__private::enums::parse(__value)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::serde::Serialize for ServerStatus {
        #[inline]
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::hcloud_model::__private::serde::Serializer,
        {
            ::hcloud_model::__private::serde::Serializer::serialize_str(
                __serializer,
                self.as_str(),
            )
        }
    }
    #[automatically_derived]
    impl<'de> ::hcloud_model::__private::serde::Deserialize<'de> for ServerStatus {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            ::hcloud_model::__private::enums::deserialize(__deserializer)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::ApiModel for ServerStatus {
        const NAME: &'static ::hcloud_model::__private::str = "ServerStatus";
        const DOC: &'static ::hcloud_model::__private::str = "A server's status.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::None;
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[];
        const VALUES: &'static [::hcloud_model::__private::EnumValue] = &[
            ::hcloud_model::__private::EnumValue::__new(
                "Running",
                "running",
                "Running.",
            ),
            ::hcloud_model::__private::EnumValue::__new(
                "PoweredOff",
                "off",
                "Off, sent as `off`.",
            ),
            ::hcloud_model::__private::EnumValue::__new(
                "StartingUp",
                "starting_up",
                "Being started.",
            ),
        ];
        const OPEN: ::hcloud_model::__private::bool = true;
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::Describe for ServerStatus {
        #[inline]
        fn shape() -> ::hcloud_model::__private::Shape {
            ::hcloud_model::__private::Shape::Enum {
                name: <Self as ::hcloud_model::__private::ApiModel>::NAME,
                title: <Self as ::hcloud_model::__private::ApiModel>::TITLE,
                doc: <Self as ::hcloud_model::__private::ApiModel>::DOC,
                values: <Self as ::hcloud_model::__private::ApiModel>::VALUES,
                open: <Self as ::hcloud_model::__private::ApiModel>::OPEN,
            }
        }
    }
    ::hcloud_model::__private::schema_crate_impls! {
        [] ServerStatus[]
    }
};
