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
    #[automatically_derived]
    impl<'de> ::hcloud_model::__private::union::Union<'de> for Target {
        const VARIANT_NAMES: &'static [&'static ::hcloud_model::__private::str] = &[
            "server",
            "label_selector",
        ];
        fn variant<__D>(
            __index: ::hcloud_model::__private::usize,
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            match __index {
                0usize => {
                    ::hcloud_model::__private::Result::map(
                        <ServerTarget as ::hcloud_model::__private::serde::Deserialize<
                            'de,
                        >>::deserialize(__deserializer),
                        Self::Server,
                    )
                }
                1usize => {
                    ::hcloud_model::__private::Result::map(
                        <LabelSelectorTarget as ::hcloud_model::__private::serde::Deserialize<
                            'de,
                        >>::deserialize(__deserializer),
                        Self::LabelSelector,
                    )
                }
                _ => {
                    ::hcloud_model::__private::Err(
                        <__D::Error as ::hcloud_model::__private::serde::de::Error>::custom(
                            "no variant of `Target` has this index",
                        ),
                    )
                }
            }
        }
        fn other(
            __object: ::hcloud_model::__private::JsonValue,
        ) -> ::hcloud_model::__private::Result<
            Self,
            ::hcloud_model::__private::JsonValue,
        > {
            ::hcloud_model::__private::Ok(Self::Other(__object))
        }
    }
    #[automatically_derived]
    impl<'de> ::hcloud_model::__private::union::tagged::TaggedUnion<'de> for Target {
        const TAG: &'static ::hcloud_model::__private::str = "type";
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::serde::Serialize for Target {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::hcloud_model::__private::serde::Serializer,
        {
            match self {
                Self::Server(__value) => {
                    ::hcloud_model::__private::union::tagged::serialize(
                        __serializer,
                        "Target",
                        "type",
                        0usize,
                        "server",
                        __value,
                    )
                }
                Self::LabelSelector(__value) => {
                    ::hcloud_model::__private::union::tagged::serialize(
                        __serializer,
                        "Target",
                        "type",
                        1usize,
                        "label_selector",
                        __value,
                    )
                }
                Self::Other(__object) => {
                    ::hcloud_model::__private::union::tagged::serialize_other(
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
    impl<'de> ::hcloud_model::__private::serde::Deserialize<'de> for Target {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            ::hcloud_model::__private::union::tagged::deserialize(__deserializer)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::From<ServerTarget> for Target {
        #[inline]
        fn from(__value: ServerTarget) -> Self {
            Self::Server(__value)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::From<LabelSelectorTarget> for Target {
        #[inline]
        fn from(__value: LabelSelectorTarget) -> Self {
            Self::LabelSelector(__value)
        }
    }
    const _: () = ::core::assert!(
        ! ::hcloud_model::__private::union::has_key(< ServerTarget as
        ::hcloud_model::__private::ApiModel > ::FIELDS, "type"),
        "the tag key \"type\" of `Target` is also a field of variant `Server`'s model: the tag would never reach that field; rename the field (`#[api(rename = \"…\")]`) or pick another tag"
    );
    const _: () = ::core::assert!(
        ! ::hcloud_model::__private::union::has_key(< LabelSelectorTarget as
        ::hcloud_model::__private::ApiModel > ::FIELDS, "type"),
        "the tag key \"type\" of `Target` is also a field of variant `LabelSelector`'s model: the tag would never reach that field; rename the field (`#[api(rename = \"…\")]`) or pick another tag"
    );
    #[automatically_derived]
    impl ::hcloud_model::__private::ApiModel for Target {
        const NAME: &'static ::hcloud_model::__private::str = "Target";
        const DOC: &'static ::hcloud_model::__private::str = "A load balancer target.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::None;
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[];
        const VALUES: &'static [::hcloud_model::__private::EnumValue] = &[
            ::hcloud_model::__private::EnumValue::__new(
                "Server",
                "server",
                "One server.",
            ),
            ::hcloud_model::__private::EnumValue::__new(
                "LabelSelector",
                "label_selector",
                "Servers chosen by a label selector.",
            ),
        ];
        const OPEN: ::hcloud_model::__private::bool = true;
        const UNION_VARIANTS: &'static [::hcloud_model::__private::UnionVariant] = &[
            ::hcloud_model::__private::UnionVariant::__new(
                "Server",
                ::hcloud_model::__private::Some("server"),
                "One server.",
                <ServerTarget as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::UnionVariant::__new(
                "LabelSelector",
                ::hcloud_model::__private::Some("label_selector"),
                "Servers chosen by a label selector.",
                <LabelSelectorTarget as ::hcloud_model::__private::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::Describe for Target {
        #[inline]
        fn shape() -> ::hcloud_model::__private::Shape {
            ::hcloud_model::__private::Shape::Union {
                name: <Self as ::hcloud_model::__private::ApiModel>::NAME,
                title: <Self as ::hcloud_model::__private::ApiModel>::TITLE,
                doc: <Self as ::hcloud_model::__private::ApiModel>::DOC,
                tag: ::hcloud_model::__private::Some("type"),
                variants: <Self as ::hcloud_model::__private::ApiModel>::UNION_VARIANTS,
                open: <Self as ::hcloud_model::__private::ApiModel>::OPEN,
            }
        }
    }
    ::hcloud_model::__private::schema_crate_impls! {
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
    #[automatically_derived]
    impl<'de> ::hcloud_model::__private::union::Union<'de> for IdOrName {
        const VARIANT_NAMES: &'static [&'static ::hcloud_model::__private::str] = &[
            "Id",
            "Name",
        ];
        fn variant<__D>(
            __index: ::hcloud_model::__private::usize,
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            match __index {
                0usize => {
                    ::hcloud_model::__private::Result::map(
                        <i64 as ::hcloud_model::__private::serde::Deserialize<
                            'de,
                        >>::deserialize(__deserializer),
                        Self::Id,
                    )
                }
                1usize => {
                    ::hcloud_model::__private::Result::map(
                        <String as ::hcloud_model::__private::serde::Deserialize<
                            'de,
                        >>::deserialize(__deserializer),
                        Self::Name,
                    )
                }
                _ => {
                    ::hcloud_model::__private::Err(
                        <__D::Error as ::hcloud_model::__private::serde::de::Error>::custom(
                            "no variant of `IdOrName` has this index",
                        ),
                    )
                }
            }
        }
        fn other(
            __object: ::hcloud_model::__private::JsonValue,
        ) -> ::hcloud_model::__private::Result<
            Self,
            ::hcloud_model::__private::JsonValue,
        > {
            ::hcloud_model::__private::Err(__object)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::serde::Serialize for IdOrName {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::hcloud_model::__private::serde::Serializer,
        {
            match self {
                Self::Id(__value) => {
                    ::hcloud_model::__private::union::untagged::serialize(
                        __serializer,
                        "IdOrName",
                        0usize,
                        "Id",
                        __value,
                    )
                }
                Self::Name(__value) => {
                    ::hcloud_model::__private::union::untagged::serialize(
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
    impl<'de> ::hcloud_model::__private::serde::Deserialize<'de> for IdOrName {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            ::hcloud_model::__private::union::untagged::deserialize(__deserializer)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::From<i64> for IdOrName {
        #[inline]
        fn from(__value: i64) -> Self {
            Self::Id(__value)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::From<String> for IdOrName {
        #[inline]
        fn from(__value: String) -> Self {
            Self::Name(__value)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::ApiModel for IdOrName {
        const NAME: &'static ::hcloud_model::__private::str = "IdOrName";
        const DOC: &'static ::hcloud_model::__private::str = "A location given by ID or by name.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::None;
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[];
        const VALUES: &'static [::hcloud_model::__private::EnumValue] = &[];
        const OPEN: ::hcloud_model::__private::bool = false;
        const UNION_VARIANTS: &'static [::hcloud_model::__private::UnionVariant] = &[
            ::hcloud_model::__private::UnionVariant::__new(
                "Id",
                ::hcloud_model::__private::None,
                "By ID.",
                <i64 as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::UnionVariant::__new(
                "Name",
                ::hcloud_model::__private::None,
                "By name.",
                <String as ::hcloud_model::__private::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::Describe for IdOrName {
        #[inline]
        fn shape() -> ::hcloud_model::__private::Shape {
            ::hcloud_model::__private::Shape::Union {
                name: <Self as ::hcloud_model::__private::ApiModel>::NAME,
                title: <Self as ::hcloud_model::__private::ApiModel>::TITLE,
                doc: <Self as ::hcloud_model::__private::ApiModel>::DOC,
                tag: ::hcloud_model::__private::None,
                variants: <Self as ::hcloud_model::__private::ApiModel>::UNION_VARIANTS,
                open: <Self as ::hcloud_model::__private::ApiModel>::OPEN,
            }
        }
    }
    ::hcloud_model::__private::schema_crate_impls! {
        [] IdOrName[]
    }
};
