// ---- model ----
/// A load balancer target.
#[api(tag = "type")]
pub enum Target {
    /// One server.
    Server(ServerTarget),
    /// Servers chosen by a label selector.
    LabelSelector(LabelSelectorTarget),
    /// Any other target, kept whole.
    #[api(other)]
    Other(serde_json::Value),
}

// ---- expansion ----
const _: () = {
    use ::hcloud_model::__private as __rt;
    #[automatically_derived]
    impl<'de> __rt::union::Union<'de> for Target {
        const VARIANT_NAMES: &'static [&'static __rt::str] = &[
            "server",
            "label_selector",
        ];
        fn variant<__D>(
            __index: __rt::usize,
            __deserializer: __D,
        ) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            match __index {
                0usize => {
                    __rt::Result::map(
                        <ServerTarget as __rt::serde::Deserialize<
                            'de,
                        >>::deserialize(__deserializer),
                        Self::Server,
                    )
                }
                1usize => {
                    __rt::Result::map(
                        <LabelSelectorTarget as __rt::serde::Deserialize<
                            'de,
                        >>::deserialize(__deserializer),
                        Self::LabelSelector,
                    )
                }
                _ => {
                    __rt::Err(
                        <__D::Error as __rt::serde::de::Error>::custom(
                            "no variant of `Target` has this index",
                        ),
                    )
                }
            }
        }
        fn other(__object: __rt::JsonValue) -> __rt::Result<Self, __rt::JsonValue> {
            __rt::Ok(Self::Other(__object))
        }
    }
    #[automatically_derived]
    impl<'de> __rt::union::tagged::TaggedUnion<'de> for Target {
        const TAG: &'static __rt::str = "type";
    }
    #[automatically_derived]
    impl __rt::serde::Serialize for Target {
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            match self {
                Self::Server(__value) => {
                    __rt::union::tagged::serialize(
                        __serializer,
                        "Target",
                        "type",
                        0usize,
                        "server",
                        __value,
                    )
                }
                Self::LabelSelector(__value) => {
                    __rt::union::tagged::serialize(
                        __serializer,
                        "Target",
                        "type",
                        1usize,
                        "label_selector",
                        __value,
                    )
                }
                Self::Other(__object) => {
                    __rt::union::tagged::serialize_other(
                        __serializer,
                        "Target",
                        2usize,
                        "Other",
                        __object,
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __rt::serde::Deserialize<'de> for Target {
        #[inline]
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            __rt::union::tagged::deserialize(__deserializer)
        }
    }
    #[automatically_derived]
    impl __rt::From<ServerTarget> for Target {
        #[inline]
        fn from(__value: ServerTarget) -> Self {
            Self::Server(__value)
        }
    }
    #[automatically_derived]
    impl __rt::From<LabelSelectorTarget> for Target {
        #[inline]
        fn from(__value: LabelSelectorTarget) -> Self {
            Self::LabelSelector(__value)
        }
    }
    const _: () = ::core::assert!(
        ! __rt::union::has_key(< ServerTarget as __rt::ApiModel > ::FIELDS, "type"),
        "the tag key \"type\" of `Target` is also a field of variant `Server`'s model: the tag would never reach that field; rename the field (`#[api(rename = \"…\")]`) or pick another tag"
    );
    const _: () = ::core::assert!(
        ! __rt::union::has_key(< LabelSelectorTarget as __rt::ApiModel > ::FIELDS,
        "type"),
        "the tag key \"type\" of `Target` is also a field of variant `LabelSelector`'s model: the tag would never reach that field; rename the field (`#[api(rename = \"…\")]`) or pick another tag"
    );
    #[automatically_derived]
    impl __rt::ApiModel for Target {
        const NAME: &'static __rt::str = "Target";
        const DOC: &'static __rt::str = "A load balancer target.";
        const VALUES: &'static [__rt::EnumValue] = &[
            __rt::EnumValue::__new("Server", "server", "One server."),
            __rt::EnumValue::__new(
                "LabelSelector",
                "label_selector",
                "Servers chosen by a label selector.",
            ),
        ];
        const OPEN: __rt::bool = true;
        const UNION_VARIANTS: &'static [__rt::UnionVariant] = &[
            __rt::UnionVariant::__new(
                "Server",
                __rt::Some("server"),
                "One server.",
                <ServerTarget as __rt::Describe>::shape,
            ),
            __rt::UnionVariant::__new(
                "LabelSelector",
                __rt::Some("label_selector"),
                "Servers chosen by a label selector.",
                <LabelSelectorTarget as __rt::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl __rt::Describe for Target {
        #[inline]
        fn shape() -> __rt::Shape {
            __rt::Shape::Union {
                name: <Self as __rt::ApiModel>::NAME,
                title: <Self as __rt::ApiModel>::TITLE,
                doc: <Self as __rt::ApiModel>::DOC,
                tag: __rt::Some("type"),
                variants: <Self as __rt::ApiModel>::UNION_VARIANTS,
                open: <Self as __rt::ApiModel>::OPEN,
            }
        }
    }
    __rt::schema_crate_impls! {
        [] Target[]
    }
};

// ---- model ----
/// A location given by ID or by name.
#[api(untagged)]
pub enum IdOrName {
    /// By ID.
    Id(i64),
    /// By name.
    Name(String),
}

// ---- expansion ----
const _: () = {
    use ::hcloud_model::__private as __rt;
    #[automatically_derived]
    impl<'de> __rt::union::Union<'de> for IdOrName {
        const VARIANT_NAMES: &'static [&'static __rt::str] = &["Id", "Name"];
        fn variant<__D>(
            __index: __rt::usize,
            __deserializer: __D,
        ) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            match __index {
                0usize => {
                    __rt::Result::map(
                        <i64 as __rt::serde::Deserialize<
                            'de,
                        >>::deserialize(__deserializer),
                        Self::Id,
                    )
                }
                1usize => {
                    __rt::Result::map(
                        <String as __rt::serde::Deserialize<
                            'de,
                        >>::deserialize(__deserializer),
                        Self::Name,
                    )
                }
                _ => {
                    __rt::Err(
                        <__D::Error as __rt::serde::de::Error>::custom(
                            "no variant of `IdOrName` has this index",
                        ),
                    )
                }
            }
        }
        fn other(__object: __rt::JsonValue) -> __rt::Result<Self, __rt::JsonValue> {
            __rt::Err(__object)
        }
    }
    #[automatically_derived]
    impl __rt::serde::Serialize for IdOrName {
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            match self {
                Self::Id(__value) => {
                    __rt::union::untagged::serialize(
                        __serializer,
                        "IdOrName",
                        0usize,
                        "Id",
                        __value,
                    )
                }
                Self::Name(__value) => {
                    __rt::union::untagged::serialize(
                        __serializer,
                        "IdOrName",
                        1usize,
                        "Name",
                        __value,
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl<'de> __rt::serde::Deserialize<'de> for IdOrName {
        #[inline]
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            __rt::union::untagged::deserialize(__deserializer)
        }
    }
    #[automatically_derived]
    impl __rt::From<i64> for IdOrName {
        #[inline]
        fn from(__value: i64) -> Self {
            Self::Id(__value)
        }
    }
    #[automatically_derived]
    impl __rt::From<String> for IdOrName {
        #[inline]
        fn from(__value: String) -> Self {
            Self::Name(__value)
        }
    }
    #[automatically_derived]
    impl __rt::ApiModel for IdOrName {
        const NAME: &'static __rt::str = "IdOrName";
        const DOC: &'static __rt::str = "A location given by ID or by name.";
        const VALUES: &'static [__rt::EnumValue] = &[];
        const UNION_VARIANTS: &'static [__rt::UnionVariant] = &[
            __rt::UnionVariant::__new(
                "Id",
                __rt::None,
                "By ID.",
                <i64 as __rt::Describe>::shape,
            ),
            __rt::UnionVariant::__new(
                "Name",
                __rt::None,
                "By name.",
                <String as __rt::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl __rt::Describe for IdOrName {
        #[inline]
        fn shape() -> __rt::Shape {
            __rt::Shape::Union {
                name: <Self as __rt::ApiModel>::NAME,
                title: <Self as __rt::ApiModel>::TITLE,
                doc: <Self as __rt::ApiModel>::DOC,
                tag: __rt::None,
                variants: <Self as __rt::ApiModel>::UNION_VARIANTS,
                open: <Self as __rt::ApiModel>::OPEN,
            }
        }
    }
    __rt::schema_crate_impls! {
        [] IdOrName[]
    }
};
