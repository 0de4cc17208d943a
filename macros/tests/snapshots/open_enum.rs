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
    use ::hcloud_model::__private as __rt;
    #[automatically_derived]
    impl ServerStatus {
        /// The wire values of the known `ServerStatus` variants, in declaration order (the catch-all keeps any other value).
        pub const VARIANTS: &'static [&'static __rt::str] = &[
            "running",
            "off",
            "starting_up",
        ];
        /// The wire value of this `ServerStatus`, as the API writes it.
        #[inline]
        pub fn as_str(&self) -> &__rt::str {
            match self {
                Self::Running => "running",
                Self::PoweredOff => "off",
                Self::StartingUp => "starting_up",
                Self::Other(__value) => __rt::String::as_str(__value),
            }
        }
    }
    #[automatically_derived]
    impl __rt::enums::WireEnum for ServerStatus {
        const WIRE_VALUES: &'static [&'static __rt::str] = Self::VARIANTS;
        #[inline]
        fn index_of(__value: &__rt::str) -> __rt::Option<__rt::usize> {
            match __value {
                "running" => __rt::Some(0),
                "off" => __rt::Some(1),
                "starting_up" => __rt::Some(2),
                _ => __rt::None,
            }
        }
        #[inline]
        fn known(__index: __rt::usize) -> Self {
            match __index {
                0 => Self::Running,
                1 => Self::PoweredOff,
                2 => Self::StartingUp,
                _ => __rt::unreachable_state(),
            }
        }
        #[inline]
        fn from_unknown(__value: __rt::String) -> __rt::Result<Self, __rt::String> {
            __rt::Ok(Self::Other(__value))
        }
    }
    #[automatically_derived]
    impl __rt::fmt::Display for ServerStatus {
        #[inline]
        fn fmt(&self, __formatter: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
            __rt::fmt::Formatter::pad(__formatter, self.as_str())
        }
    }
    #[automatically_derived]
    impl __rt::AsRef<__rt::str> for ServerStatus {
        #[inline]
        fn as_ref(&self) -> &__rt::str {
            self.as_str()
        }
    }
    #[automatically_derived]
    impl __rt::FromStr for ServerStatus {
        type Err = __rt::ParseEnumError;
        #[inline]
        fn from_str(__value: &__rt::str) -> __rt::Result<Self, __rt::ParseEnumError> {
            __rt::enums::parse(__value)
        }
    }
    #[automatically_derived]
    impl __rt::TryFrom<&__rt::str> for ServerStatus {
        type Error = __rt::ParseEnumError;
        #[inline]
        fn try_from(__value: &__rt::str) -> __rt::Result<Self, __rt::ParseEnumError> {
            __rt::enums::parse(__value)
        }
    }
    #[automatically_derived]
    impl __rt::serde::Serialize for ServerStatus {
        #[inline]
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            __rt::serde::Serializer::serialize_str(__serializer, self.as_str())
        }
    }
    #[automatically_derived]
    impl<'de> __rt::serde::Deserialize<'de> for ServerStatus {
        #[inline]
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            __rt::enums::deserialize(__deserializer)
        }
    }
    #[automatically_derived]
    impl __rt::ApiModel for ServerStatus {
        const NAME: &'static __rt::str = "ServerStatus";
        const DOC: &'static __rt::str = "A server's status.";
        const VALUES: &'static [__rt::EnumValue] = &[
            __rt::EnumValue::__new("Running", "running", "Running."),
            __rt::EnumValue::__new("PoweredOff", "off", "Off, sent as `off`."),
            __rt::EnumValue::__new("StartingUp", "starting_up", "Being started."),
        ];
        const OPEN: __rt::bool = true;
    }
    #[automatically_derived]
    impl __rt::Describe for ServerStatus {
        #[inline]
        fn shape() -> __rt::Shape {
            __rt::Shape::Enum {
                name: <Self as __rt::ApiModel>::NAME,
                title: <Self as __rt::ApiModel>::TITLE,
                doc: <Self as __rt::ApiModel>::DOC,
                values: <Self as __rt::ApiModel>::VALUES,
                open: <Self as __rt::ApiModel>::OPEN,
            }
        }
    }
    __rt::schema_crate_impls! {
        [] ServerStatus[]
    }
};
