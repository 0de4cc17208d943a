// ---- model ----
/// An image.
#[api(title = "Image")]
pub struct Image {
    /// Its id: required, never null.
    pub id: i64,
    /// Its name: always present, `null` when unnamed.
    pub name: Option<String>,
    /// Rapid deploy: absent when unknown.
    #[api(optional)]
    pub rapid_deploy: Option<bool>,
    /// Disk size: zero when absent.
    #[api(default, format = "double")]
    pub disk_size: f64,
    /// Zone: `default_zone()` when absent.
    #[api(default = default_zone)]
    pub zone: String,
    /// Placement group: absent, `null` or an id.
    pub placement_group: Patch<i64>,
    /// A local cache, not on the wire.
    #[api(skip)]
    pub cache: Vec<u8>,
    /// Where it runs, once sent as `datacenter`.
    #[api(alias = "datacenter")]
    pub location: String,
    /// Its kind, sent as `type`.
    #[api(rename = "type")]
    pub kind: String,
    /// When it was created.
    #[api(format = "date-time")]
    pub created: String,
}

// ---- expansion ----
/**Builder of [`Image`], started by [`Image::builder`].

Set the fields in any order, each setter once, then call `build()`. It needs `id`, `location`, `kind`, `created` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Other fields not set take their default (`None`, or their `#[api(default)]`).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct ImageBuilder<
    __F0 = ::hcloud_model::__private::builder::Unset,
    __F1 = ::hcloud_model::__private::builder::Unset,
    __F2 = ::hcloud_model::__private::builder::Unset,
    __F3 = ::hcloud_model::__private::builder::Unset,
    __F4 = ::hcloud_model::__private::builder::Unset,
    __F5 = ::hcloud_model::__private::builder::Unset,
    __F6 = ::hcloud_model::__private::builder::Unset,
    __F7 = ::hcloud_model::__private::builder::Unset,
    __F8 = ::hcloud_model::__private::builder::Unset,
    __F9 = ::hcloud_model::__private::builder::Unset,
>(
    ::hcloud_model::__private::PhantomData<
        fn() -> (Image, __F0, __F1, __F2, __F3, __F4, __F5, __F6, __F7, __F8, __F9),
    >,
    (
        ::hcloud_model::__private::builder::Slot<i64>,
        Option<String>,
        Option<bool>,
        ::hcloud_model::__private::Option<f64>,
        ::hcloud_model::__private::Option<String>,
        Patch<i64>,
        ::hcloud_model::__private::Option<Vec<u8>>,
        ::hcloud_model::__private::builder::Slot<String>,
        ::hcloud_model::__private::builder::Slot<String>,
        ::hcloud_model::__private::builder::Slot<String>,
    ),
);
const _: () = {
    #[automatically_derived]
    impl ::hcloud_model::__private::serde::Serialize for Image {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::hcloud_model::__private::serde::Serializer,
        {
            let __skip_absent = ::hcloud_model::__private::serde::Serializer::is_human_readable(
                &__serializer,
            );
            let __len = if __skip_absent {
                7usize + ::hcloud_model::__private::ser::count(&self.rapid_deploy)
                    + ::hcloud_model::__private::ser::count(&self.placement_group)
            } else {
                9usize
            };
            let mut __state = ::hcloud_model::__private::serde::Serializer::serialize_struct(
                __serializer,
                "Image",
                __len,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "id",
                &self.id,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "name",
                &self.name,
            )?;
            ::hcloud_model::__private::ser::optional_field(
                &mut __state,
                __skip_absent,
                "rapid_deploy",
                &self.rapid_deploy,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "disk_size",
                &self.disk_size,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "zone",
                &self.zone,
            )?;
            ::hcloud_model::__private::ser::optional_field(
                &mut __state,
                __skip_absent,
                "placement_group",
                &self.placement_group,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "location",
                &self.location,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "type",
                &self.kind,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "created",
                &self.created,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::end(__state)
        }
    }
    #[automatically_derived]
    impl<'de> ::hcloud_model::__private::serde::Deserialize<'de> for Image {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            struct __Visitor<'de> {
                marker: ::hcloud_model::__private::PhantomData<fn() -> (Image, &'de ())>,
                human_readable: ::hcloud_model::__private::bool,
            }
            impl<'de> ::hcloud_model::__private::serde::de::Visitor<'de>
            for __Visitor<'de> {
                type Value = Image;
                fn expecting(
                    &self,
                    __formatter: &mut ::hcloud_model::__private::fmt::Formatter<'_>,
                ) -> ::hcloud_model::__private::fmt::Result {
                    ::hcloud_model::__private::fmt::Formatter::write_str(
                        __formatter,
                        "an Image object",
                    )
                }
                fn visit_seq<__A>(
                    self,
                    __seq: __A,
                ) -> ::hcloud_model::__private::Result<Self::Value, __A::Error>
                where
                    __A: ::hcloud_model::__private::serde::de::SeqAccess<'de>,
                {
                    if self.human_readable {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::not_an_object(&self),
                        );
                    }
                    self.visit_map(
                        ::hcloud_model::__private::de::SeqAsMap::new(
                            __seq,
                            &[
                                "id",
                                "name",
                                "rapid_deploy",
                                "disk_size",
                                "zone",
                                "placement_group",
                                "location",
                                "type",
                                "created",
                            ],
                            "an Image object",
                        ),
                    )
                }
                #[inline]
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::hcloud_model::__private::Result<Self::Value, __A::Error>
                where
                    __A: ::hcloud_model::__private::serde::de::MapAccess<'de>,
                {
                    let mut __field0: ::hcloud_model::__private::Option<i64> = ::hcloud_model::__private::None;
                    let mut __field1: ::hcloud_model::__private::Option<
                        Option<String>,
                    > = ::hcloud_model::__private::None;
                    let mut __field2: ::hcloud_model::__private::Option<Option<bool>> = ::hcloud_model::__private::None;
                    let mut __field3: ::hcloud_model::__private::Option<f64> = ::hcloud_model::__private::None;
                    let mut __field4: ::hcloud_model::__private::Option<String> = ::hcloud_model::__private::None;
                    let mut __field5: ::hcloud_model::__private::Option<Patch<i64>> = ::hcloud_model::__private::None;
                    let mut __field7: ::hcloud_model::__private::Option<String> = ::hcloud_model::__private::None;
                    let mut __field8: ::hcloud_model::__private::Option<String> = ::hcloud_model::__private::None;
                    let mut __field9: ::hcloud_model::__private::Option<String> = ::hcloud_model::__private::None;
                    while let ::hcloud_model::__private::Some(__key) = match ::hcloud_model::__private::de::next_key(
                        &mut __map,
                        __field_index,
                    ) {
                        ::hcloud_model::__private::Ok(__value) => __value,
                        ::hcloud_model::__private::Err(__error) => {
                            return ::hcloud_model::__private::Err(__error);
                        }
                    } {
                        match __key {
                            0u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field0,
                                    "id",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            1u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field1,
                                    "name",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            2u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field2,
                                    "rapid_deploy",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            3u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field3,
                                    "disk_size",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            4u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field4,
                                    "zone",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            5u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field5,
                                    "placement_group",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            6u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field7,
                                    "location",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            7u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field8,
                                    "type",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            8u16 => {
                                match ::hcloud_model::__private::de::field(
                                    &mut __map,
                                    &mut __field9,
                                    "created",
                                ) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                            _ => {
                                match ::hcloud_model::__private::de::skip(&mut __map) {
                                    ::hcloud_model::__private::Ok(__value) => __value,
                                    ::hcloud_model::__private::Err(__error) => {
                                        return ::hcloud_model::__private::Err(__error);
                                    }
                                }
                            }
                        }
                    }
                    if ::hcloud_model::__private::Option::is_none(&__field0) {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::missing_field("id"),
                        );
                    }
                    if ::hcloud_model::__private::Option::is_none(&__field7) {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::missing_field("location"),
                        );
                    }
                    if ::hcloud_model::__private::Option::is_none(&__field8) {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::missing_field("type"),
                        );
                    }
                    if ::hcloud_model::__private::Option::is_none(&__field9) {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::missing_field("created"),
                        );
                    }
                    ::hcloud_model::__private::Ok(Image {
                        id: match __field0 {
                            ::hcloud_model::__private::Some(__value) => __value,
                            ::hcloud_model::__private::None => {
                                ::hcloud_model::__private::de::checked_before()
                            }
                        },
                        name: ::hcloud_model::__private::Option::unwrap_or_default(
                            __field1,
                        ),
                        rapid_deploy: ::hcloud_model::__private::Option::flatten(
                            __field2,
                        ),
                        disk_size: ::hcloud_model::__private::Option::unwrap_or_default(
                            __field3,
                        ),
                        zone: ::hcloud_model::__private::Option::unwrap_or_else(
                            __field4,
                            default_zone,
                        ),
                        placement_group: ::hcloud_model::__private::Option::unwrap_or_default(
                            __field5,
                        ),
                        cache: ::hcloud_model::__private::Default::default(),
                        location: match __field7 {
                            ::hcloud_model::__private::Some(__value) => __value,
                            ::hcloud_model::__private::None => {
                                ::hcloud_model::__private::de::checked_before()
                            }
                        },
                        kind: match __field8 {
                            ::hcloud_model::__private::Some(__value) => __value,
                            ::hcloud_model::__private::None => {
                                ::hcloud_model::__private::de::checked_before()
                            }
                        },
                        created: match __field9 {
                            ::hcloud_model::__private::Some(__value) => __value,
                            ::hcloud_model::__private::None => {
                                ::hcloud_model::__private::de::checked_before()
                            }
                        },
                    })
                }
            }
            #[inline]
            #[allow(unreachable_patterns)]
            fn __field_index(
                __key: &::hcloud_model::__private::str,
            ) -> ::hcloud_model::__private::de::Key {
                match __key {
                    "id" => 0u16,
                    "name" => 1u16,
                    "rapid_deploy" => 2u16,
                    "disk_size" => 3u16,
                    "zone" => 4u16,
                    "placement_group" => 5u16,
                    "location" | "datacenter" => 6u16,
                    "type" => 7u16,
                    "created" => 8u16,
                    _ => ::hcloud_model::__private::de::UNKNOWN_KEY,
                }
            }
            let __human_readable = ::hcloud_model::__private::serde::Deserializer::is_human_readable(
                &__deserializer,
            );
            ::hcloud_model::__private::serde::Deserializer::deserialize_struct(
                __deserializer,
                "Image",
                if __human_readable {
                    &[
                        "id",
                        "name",
                        "rapid_deploy",
                        "disk_size",
                        "zone",
                        "placement_group",
                        "location",
                        "datacenter",
                        "type",
                        "created",
                    ]
                } else {
                    &[
                        "id",
                        "name",
                        "rapid_deploy",
                        "disk_size",
                        "zone",
                        "placement_group",
                        "location",
                        "type",
                        "created",
                    ]
                },
                __Visitor {
                    marker: ::hcloud_model::__private::PhantomData,
                    human_readable: __human_readable,
                },
            )
        }
    }
    #[automatically_derived]
    impl Image {
        /// Starts building an [`Image`]: see [`ImageBuilder`].
        #[inline]
        pub fn builder() -> ImageBuilder {
            ImageBuilder(
                ::hcloud_model::__private::PhantomData,
                (
                    ::hcloud_model::__private::builder::Slot::Empty,
                    ::hcloud_model::__private::Default::default(),
                    ::hcloud_model::__private::Default::default(),
                    ::hcloud_model::__private::None,
                    ::hcloud_model::__private::None,
                    ::hcloud_model::__private::Default::default(),
                    ::hcloud_model::__private::None,
                    ::hcloud_model::__private::builder::Slot::Empty,
                    ::hcloud_model::__private::builder::Slot::Empty,
                    ::hcloud_model::__private::builder::Slot::Empty,
                ),
            )
        }
    }
    #[diagnostic::on_unimplemented(
        message = "cannot build `Image`: the required field `id` is not set",
        label = "`id` is not set",
        note = "set it with `.id(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __ImageBuilder_requires_id<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 0>,
        V,
    > __ImageBuilder_requires_id<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Image`: the required field `location` is not set",
        label = "`location` is not set",
        note = "set it with `.location(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __ImageBuilder_requires_location<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 7> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 7>,
        V,
    > __ImageBuilder_requires_location<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Image`: the required field `kind` is not set",
        label = "`kind` is not set",
        note = "set it with `.kind(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __ImageBuilder_requires_kind<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 8> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 8>,
        V,
    > __ImageBuilder_requires_kind<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Image`: the required field `created` is not set",
        label = "`created` is not set",
        note = "set it with `.created(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __ImageBuilder_requires_created<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 9> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 9>,
        V,
    > __ImageBuilder_requires_created<V> for __S {}
    #[automatically_derived]
    impl<
        __F0,
        __F1,
        __F2,
        __F3,
        __F4,
        __F5,
        __F6,
        __F7,
        __F8,
        __F9,
    > ImageBuilder<__F0, __F1, __F2, __F3, __F4, __F5, __F6, __F7, __F8, __F9> {
        /// Its id: required, never null.
        #[inline(always)]
        pub fn id(
            self,
            value: i64,
        ) -> ImageBuilder<
            ::hcloud_model::__private::builder::Set<i64>,
            __F1,
            __F2,
            __F3,
            __F4,
            __F5,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F0: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = value;
            let mut __values = self.1;
            __values.0 = ::hcloud_model::__private::builder::Slot::Full(__value);
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Its name: always present, `null` when unnamed.
        #[inline(always)]
        pub fn name(
            self,
            value: impl ::hcloud_model::__private::Into<String>,
        ) -> ImageBuilder<
            __F0,
            ::hcloud_model::__private::builder::Set<Option<String>>,
            __F2,
            __F3,
            __F4,
            __F5,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F1: ::hcloud_model::__private::builder::NotSet,
        {
            self.maybe_name(
                ::hcloud_model::__private::Some(
                    ::hcloud_model::__private::Into::into(value),
                ),
            )
        }
        /// Sets `name` from an `Option`, `None` included: see [`name`](Self::name).
        #[inline(always)]
        pub fn maybe_name(
            self,
            value: ::hcloud_model::__private::Option<String>,
        ) -> ImageBuilder<
            __F0,
            ::hcloud_model::__private::builder::Set<Option<String>>,
            __F2,
            __F3,
            __F4,
            __F5,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F1: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = value;
            let mut __values = self.1;
            __values.1 = __value;
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Rapid deploy: absent when unknown.
        #[inline(always)]
        pub fn rapid_deploy(
            self,
            value: bool,
        ) -> ImageBuilder<
            __F0,
            __F1,
            ::hcloud_model::__private::builder::Set<Option<bool>>,
            __F3,
            __F4,
            __F5,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F2: ::hcloud_model::__private::builder::NotSet,
        {
            self.maybe_rapid_deploy(::hcloud_model::__private::Some(value))
        }
        /// Sets `rapid_deploy` from an `Option`, `None` included: see [`rapid_deploy`](Self::rapid_deploy).
        #[inline(always)]
        pub fn maybe_rapid_deploy(
            self,
            value: ::hcloud_model::__private::Option<bool>,
        ) -> ImageBuilder<
            __F0,
            __F1,
            ::hcloud_model::__private::builder::Set<Option<bool>>,
            __F3,
            __F4,
            __F5,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F2: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = value;
            let mut __values = self.1;
            __values.2 = __value;
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Disk size: zero when absent.
        #[inline(always)]
        pub fn disk_size(
            self,
            value: f64,
        ) -> ImageBuilder<
            __F0,
            __F1,
            __F2,
            ::hcloud_model::__private::builder::Set<f64>,
            __F4,
            __F5,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F3: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = value;
            let mut __values = self.1;
            __values.3 = ::hcloud_model::__private::Some(__value);
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Zone: `default_zone()` when absent.
        #[inline(always)]
        pub fn zone(
            self,
            value: impl ::hcloud_model::__private::Into<String>,
        ) -> ImageBuilder<
            __F0,
            __F1,
            __F2,
            __F3,
            ::hcloud_model::__private::builder::Set<String>,
            __F5,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F4: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.4 = ::hcloud_model::__private::Some(__value);
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Placement group: absent, `null` or an id.
        #[inline(always)]
        pub fn placement_group(
            self,
            value: i64,
        ) -> ImageBuilder<
            __F0,
            __F1,
            __F2,
            __F3,
            __F4,
            ::hcloud_model::__private::builder::Set<Patch<i64>>,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F5: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Patch::Value(value);
            let mut __values = self.1;
            __values.5 = __value;
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Sets `placement_group` to `null` (clears it), where leaving it unset keeps the key out: see [`placement_group`](Self::placement_group).
        #[inline(always)]
        pub fn placement_group_null(
            self,
        ) -> ImageBuilder<
            __F0,
            __F1,
            __F2,
            __F3,
            __F4,
            ::hcloud_model::__private::builder::Set<Patch<i64>>,
            __F6,
            __F7,
            __F8,
            __F9,
        >
        where
            __F5: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Patch::Null;
            let mut __values = self.1;
            __values.5 = __value;
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// A local cache, not on the wire.
        #[inline(always)]
        pub fn cache(
            self,
            value: impl ::hcloud_model::__private::Into<Vec<u8>>,
        ) -> ImageBuilder<
            __F0,
            __F1,
            __F2,
            __F3,
            __F4,
            __F5,
            ::hcloud_model::__private::builder::Set<Vec<u8>>,
            __F7,
            __F8,
            __F9,
        >
        where
            __F6: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.6 = ::hcloud_model::__private::Some(__value);
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Where it runs, once sent as `datacenter`.
        #[inline(always)]
        pub fn location(
            self,
            value: impl ::hcloud_model::__private::Into<String>,
        ) -> ImageBuilder<
            __F0,
            __F1,
            __F2,
            __F3,
            __F4,
            __F5,
            __F6,
            ::hcloud_model::__private::builder::Set<String>,
            __F8,
            __F9,
        >
        where
            __F7: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.7 = ::hcloud_model::__private::builder::Slot::Full(__value);
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Its kind, sent as `type`.
        #[inline(always)]
        pub fn kind(
            self,
            value: impl ::hcloud_model::__private::Into<String>,
        ) -> ImageBuilder<
            __F0,
            __F1,
            __F2,
            __F3,
            __F4,
            __F5,
            __F6,
            __F7,
            ::hcloud_model::__private::builder::Set<String>,
            __F9,
        >
        where
            __F8: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.8 = ::hcloud_model::__private::builder::Slot::Full(__value);
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// When it was created.
        #[inline(always)]
        pub fn created(
            self,
            value: impl ::hcloud_model::__private::Into<String>,
        ) -> ImageBuilder<
            __F0,
            __F1,
            __F2,
            __F3,
            __F4,
            __F5,
            __F6,
            __F7,
            __F8,
            ::hcloud_model::__private::builder::Set<String>,
        >
        where
            __F9: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.9 = ::hcloud_model::__private::builder::Slot::Full(__value);
            ImageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Builds the [`Image`]. Compiles only once every required field is set; a missing one is named in the error.
        #[inline(always)]
        pub fn build<__S0, __S7, __S8, __S9>(self) -> Image
        where
            __F0: ::hcloud_model::__private::builder::Itself<Is = __S0>,
            __S0: __ImageBuilder_requires_id<i64>,
            __F7: ::hcloud_model::__private::builder::Itself<Is = __S7>,
            __S7: __ImageBuilder_requires_location<String>,
            __F8: ::hcloud_model::__private::builder::Itself<Is = __S8>,
            __S8: __ImageBuilder_requires_kind<String>,
            __F9: ::hcloud_model::__private::builder::Itself<Is = __S9>,
            __S9: __ImageBuilder_requires_created<String>,
        {
            let __values = self.1;
            Image {
                id: <__S0 as ::hcloud_model::__private::builder::SetOrEmpty<
                    i64,
                    0,
                >>::value(__values.0),
                name: __values.1,
                rapid_deploy: __values.2,
                disk_size: ::hcloud_model::__private::Option::unwrap_or_else(
                    __values.3,
                    <f64 as ::hcloud_model::__private::Default>::default,
                ),
                zone: ::hcloud_model::__private::Option::unwrap_or_else(
                    __values.4,
                    default_zone,
                ),
                placement_group: __values.5,
                cache: ::hcloud_model::__private::Option::unwrap_or_else(
                    __values.6,
                    <Vec<u8> as ::hcloud_model::__private::Default>::default,
                ),
                location: <__S7 as ::hcloud_model::__private::builder::SetOrEmpty<
                    String,
                    7,
                >>::value(__values.7),
                kind: <__S8 as ::hcloud_model::__private::builder::SetOrEmpty<
                    String,
                    8,
                >>::value(__values.8),
                created: <__S9 as ::hcloud_model::__private::builder::SetOrEmpty<
                    String,
                    9,
                >>::value(__values.9),
            }
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::ApiModel for Image {
        const NAME: &'static ::hcloud_model::__private::str = "Image";
        const DOC: &'static ::hcloud_model::__private::str = "An image.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::Some("Image");
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[
            ::hcloud_model::__private::Field::__new(
                "id",
                "id",
                "Its id: required, never null.",
                "i64",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                <i64 as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "name",
                "name",
                "Its name: always present, `null` when unnamed.",
                "Option<String>",
                true,
                true,
                false,
                ::hcloud_model::__private::None,
                <Option<String> as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "rapid_deploy",
                "rapid_deploy",
                "Rapid deploy: absent when unknown.",
                "Option<bool>",
                false,
                false,
                true,
                ::hcloud_model::__private::None,
                <Option<bool> as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "disk_size",
                "disk_size",
                "Disk size: zero when absent.",
                "f64",
                false,
                false,
                true,
                ::hcloud_model::__private::Some("double"),
                <f64 as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "zone",
                "zone",
                "Zone: `default_zone()` when absent.",
                "String",
                false,
                false,
                true,
                ::hcloud_model::__private::None,
                <String as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "placement_group",
                "placement_group",
                "Placement group: absent, `null` or an id.",
                "Patch<i64>",
                false,
                true,
                true,
                ::hcloud_model::__private::None,
                <Patch<i64> as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "location",
                "location",
                "Where it runs, once sent as `datacenter`.",
                "String",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                <String as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "kind",
                "type",
                "Its kind, sent as `type`.",
                "String",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                <String as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "created",
                "created",
                "When it was created.",
                "String",
                true,
                false,
                false,
                ::hcloud_model::__private::Some("date-time"),
                <String as ::hcloud_model::__private::Describe>::shape,
            ),
        ];
        const VALUES: &'static [::hcloud_model::__private::EnumValue] = &[];
        const OPEN: ::hcloud_model::__private::bool = false;
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::Describe for Image {
        #[inline]
        fn shape() -> ::hcloud_model::__private::Shape {
            ::hcloud_model::__private::Shape::Object {
                name: <Self as ::hcloud_model::__private::ApiModel>::NAME,
                title: <Self as ::hcloud_model::__private::ApiModel>::TITLE,
                doc: <Self as ::hcloud_model::__private::ApiModel>::DOC,
                fields: <Self as ::hcloud_model::__private::ApiModel>::FIELDS,
            }
        }
    }
    ::hcloud_model::__private::schema_crate_impls! {
        [] Image[]
    }
};
