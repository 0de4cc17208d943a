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

Set the fields in any order, then call `build()`. It needs `id`, `location`, `kind`, `created` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Each of these is set once; the other fields take their default (`None`, or their `#[api(default)]`) when not set, and setting one of them again replaces its value.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct ImageBuilder<
    __F0 = ::hcloud_model::__private::Unset,
    __F7 = ::hcloud_model::__private::Unset,
    __F8 = ::hcloud_model::__private::Unset,
    __F9 = ::hcloud_model::__private::Unset,
>(
    ::hcloud_model::__private::PhantomData<fn() -> (Image, __F0, __F7, __F8, __F9)>,
    (
        ::hcloud_model::__private::Slot<i64>,
        Option<String>,
        Option<bool>,
        ::hcloud_model::__private::Option<f64>,
        ::hcloud_model::__private::Option<String>,
        Patch<i64>,
        ::hcloud_model::__private::Option<Vec<u8>>,
        ::hcloud_model::__private::Slot<String>,
        ::hcloud_model::__private::Slot<String>,
        ::hcloud_model::__private::Slot<String>,
    ),
);
const _: () = {
    use ::hcloud_model::__private as __rt;
    #[automatically_derived]
    impl __rt::serde::Serialize for Image {
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            let __skip_absent = __rt::serde::Serializer::is_human_readable(
                &__serializer,
            );
            let __len = if __skip_absent {
                7usize + __rt::ser::count(&self.rapid_deploy)
                    + __rt::ser::count(&self.placement_group)
            } else {
                9usize
            };
            let mut __state = __rt::None;
            let mut __fields = __rt::ser::begin(
                __serializer,
                "Image",
                __len,
                &mut __state,
            );
            __rt::write_field(&mut __fields, "id", &self.id);
            __rt::write_field(&mut __fields, "name", &self.name);
            __rt::write_optional_field(
                &mut __fields,
                __skip_absent,
                "rapid_deploy",
                &self.rapid_deploy,
            );
            __rt::write_field(&mut __fields, "disk_size", &self.disk_size);
            __rt::write_field(&mut __fields, "zone", &self.zone);
            __rt::write_optional_field(
                &mut __fields,
                __skip_absent,
                "placement_group",
                &self.placement_group,
            );
            __rt::write_field(&mut __fields, "location", &self.location);
            __rt::write_field(&mut __fields, "type", &self.kind);
            __rt::write_field(&mut __fields, "created", &self.created);
            __rt::ser::end(__fields.into_error(), __state)
        }
    }
    #[automatically_derived]
    impl<'de> __rt::serde::Deserialize<'de> for Image {
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            struct __Slots<'de>(
                __rt::Option<i64>,
                __rt::Option<Option<String>>,
                __rt::Option<Option<bool>>,
                __rt::Option<f64>,
                __rt::Option<String>,
                __rt::Option<Patch<i64>>,
                __rt::Option<String>,
                __rt::Option<String>,
                __rt::Option<String>,
                __rt::PhantomData<fn() -> (Image, &'de ())>,
            );
            impl<'de> __rt::de::ReadField<'de> for __Slots<'de> {
                type Struct = Image;
                const EXPECTING: &'static __rt::str = "an Image object";
                const FIELDS: &'static [&'static __rt::str] = &[
                    "id",
                    "name",
                    "rapid_deploy",
                    "disk_size",
                    "zone",
                    "placement_group",
                    "location",
                    "type",
                    "created",
                ];
                const KEYS: &'static [&'static __rt::str] = &[
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
                ];
                #[inline]
                #[allow(unreachable_patterns)]
                fn key(__key: &__rt::str) -> __rt::de::Key {
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
                        _ => __rt::de::UNKNOWN_KEY,
                    }
                }
                #[cfg_attr(not(debug_assertions), inline(always))]
                fn read<__R>(
                    &mut self,
                    __position: __rt::usize,
                    __deserializer: __R,
                ) -> __rt::Result<(), __R::Error>
                where
                    __R: __rt::serde::Deserializer<'de>,
                {
                    match __position {
                        0 => __rt::read_field(&mut self.0, "id", __deserializer),
                        1 => __rt::read_field(&mut self.1, "name", __deserializer),
                        2 => {
                            __rt::read_field(&mut self.2, "rapid_deploy", __deserializer)
                        }
                        3 => __rt::read_field(&mut self.3, "disk_size", __deserializer),
                        4 => __rt::read_field(&mut self.4, "zone", __deserializer),
                        5 => {
                            __rt::read_field(
                                &mut self.5,
                                "placement_group",
                                __deserializer,
                            )
                        }
                        6 => __rt::read_field(&mut self.6, "location", __deserializer),
                        7 => __rt::read_field(&mut self.7, "type", __deserializer),
                        8 => __rt::read_field(&mut self.8, "created", __deserializer),
                        _ => __rt::unreachable_state(),
                    }
                }
                #[inline]
                fn finish<__E: __rt::serde::de::Error>(
                    self,
                ) -> __rt::Result<Image, __E> {
                    if __rt::Option::is_none(&self.0) {
                        return __rt::Err(__rt::missing_field("id"));
                    }
                    if __rt::Option::is_none(&self.6) {
                        return __rt::Err(__rt::missing_field("location"));
                    }
                    if __rt::Option::is_none(&self.7) {
                        return __rt::Err(__rt::missing_field("type"));
                    }
                    if __rt::Option::is_none(&self.8) {
                        return __rt::Err(__rt::missing_field("created"));
                    }
                    __rt::Ok(Image {
                        id: __rt::present(self.0),
                        name: __rt::Option::unwrap_or_default(self.1),
                        rapid_deploy: __rt::Option::flatten(self.2),
                        disk_size: __rt::Option::unwrap_or_default(self.3),
                        zone: __rt::Option::unwrap_or_else(self.4, default_zone),
                        placement_group: __rt::Option::unwrap_or_default(self.5),
                        cache: __rt::Default::default(),
                        location: __rt::present(self.6),
                        kind: __rt::present(self.7),
                        created: __rt::present(self.8),
                    })
                }
            }
            __rt::de::deserialize_struct(
                __deserializer,
                "Image",
                __Slots(
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::PhantomData,
                ),
            )
        }
    }
    #[automatically_derived]
    impl Image {
        /// Starts building an [`Image`]: see [`ImageBuilder`].
        #[inline]
        pub fn builder() -> ImageBuilder {
            ImageBuilder(
                __rt::PhantomData,
                (
                    __rt::Slot::Empty,
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::None,
                    __rt::Patch::Absent,
                    __rt::None,
                    __rt::Slot::Empty,
                    __rt::Slot::Empty,
                    __rt::Slot::Empty,
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
    pub trait __ImageBuilder_requires_id<V>: __rt::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 0>, V> __ImageBuilder_requires_id<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Image`: the required field `location` is not set",
        label = "`location` is not set",
        note = "set it with `.location(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __ImageBuilder_requires_location<V>: __rt::SetOrEmpty<V, 7> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 7>, V> __ImageBuilder_requires_location<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Image`: the required field `kind` is not set",
        label = "`kind` is not set",
        note = "set it with `.kind(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __ImageBuilder_requires_kind<V>: __rt::SetOrEmpty<V, 8> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 8>, V> __ImageBuilder_requires_kind<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Image`: the required field `created` is not set",
        label = "`created` is not set",
        note = "set it with `.created(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __ImageBuilder_requires_created<V>: __rt::SetOrEmpty<V, 9> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 9>, V> __ImageBuilder_requires_created<V> for __S {}
    #[automatically_derived]
    impl<__F0, __F7, __F8, __F9> ImageBuilder<__F0, __F7, __F8, __F9> {
        /// Its id: required, never null.
        #[inline]
        pub fn id(mut self, value: i64) -> ImageBuilder<__rt::Set<i64>, __F7, __F8, __F9>
        where
            __F0: __rt::NotSet,
        {
            self.1.0 = __rt::Slot::Full(value);
            ImageBuilder(__rt::PhantomData, self.1)
        }
        /// Its name: always present, `null` when unnamed.
        #[inline]
        pub fn name(self, value: impl __rt::Into<String>) -> Self {
            Self::maybe_name(self, __rt::Some(__rt::Into::into(value)))
        }
        /// Sets `name` from an `Option`, `None` included: see [`name`](Self::name).
        #[inline]
        pub fn maybe_name(mut self, value: __rt::Option<String>) -> Self {
            self.1.1 = value;
            self
        }
        /// Rapid deploy: absent when unknown.
        #[inline]
        pub fn rapid_deploy(self, value: bool) -> Self {
            Self::maybe_rapid_deploy(self, __rt::Some(value))
        }
        /// Sets `rapid_deploy` from an `Option`, `None` included: see [`rapid_deploy`](Self::rapid_deploy).
        #[inline]
        pub fn maybe_rapid_deploy(mut self, value: __rt::Option<bool>) -> Self {
            self.1.2 = value;
            self
        }
        /// Disk size: zero when absent.
        #[inline]
        pub fn disk_size(mut self, value: f64) -> Self {
            self.1.3 = __rt::Some(value);
            self
        }
        /// Zone: `default_zone()` when absent.
        #[inline]
        pub fn zone(mut self, value: impl __rt::Into<String>) -> Self {
            self.1.4 = __rt::Some(__rt::Into::into(value));
            self
        }
        /// Placement group: absent, `null` or an id.
        #[inline]
        pub fn placement_group(mut self, value: i64) -> Self {
            self.1.5 = __rt::Patch::Value(value);
            self
        }
        /// Sets `placement_group` to `null` (clears it), where leaving it unset keeps the key out: see [`placement_group`](Self::placement_group).
        #[inline]
        pub fn placement_group_null(mut self) -> Self {
            self.1.5 = __rt::Patch::Null;
            self
        }
        /// A local cache, not on the wire.
        #[inline]
        pub fn cache(mut self, value: impl __rt::Into<Vec<u8>>) -> Self {
            self.1.6 = __rt::Some(__rt::Into::into(value));
            self
        }
        /// Where it runs, once sent as `datacenter`.
        #[inline]
        pub fn location(
            mut self,
            value: impl __rt::Into<String>,
        ) -> ImageBuilder<__F0, __rt::Set<String>, __F8, __F9>
        where
            __F7: __rt::NotSet,
        {
            self.1.7 = __rt::Slot::Full(__rt::Into::into(value));
            ImageBuilder(__rt::PhantomData, self.1)
        }
        /// Its kind, sent as `type`.
        #[inline]
        pub fn kind(
            mut self,
            value: impl __rt::Into<String>,
        ) -> ImageBuilder<__F0, __F7, __rt::Set<String>, __F9>
        where
            __F8: __rt::NotSet,
        {
            self.1.8 = __rt::Slot::Full(__rt::Into::into(value));
            ImageBuilder(__rt::PhantomData, self.1)
        }
        /// When it was created.
        #[inline]
        pub fn created(
            mut self,
            value: impl __rt::Into<String>,
        ) -> ImageBuilder<__F0, __F7, __F8, __rt::Set<String>>
        where
            __F9: __rt::NotSet,
        {
            self.1.9 = __rt::Slot::Full(__rt::Into::into(value));
            ImageBuilder(__rt::PhantomData, self.1)
        }
        /// Builds the [`Image`]. Compiles only once every required field is set; a missing one is named in the error.
        #[cfg_attr(not(debug_assertions), inline(always))]
        pub fn build<__S0, __S7, __S8, __S9>(self) -> Image
        where
            __F0: __rt::Itself<Is = __S0>,
            __S0: __ImageBuilder_requires_id<i64>,
            __F7: __rt::Itself<Is = __S7>,
            __S7: __ImageBuilder_requires_location<String>,
            __F8: __rt::Itself<Is = __S8>,
            __S8: __ImageBuilder_requires_kind<String>,
            __F9: __rt::Itself<Is = __S9>,
            __S9: __ImageBuilder_requires_created<String>,
        {
            let __values = self.1;
            Image {
                id: <__S0 as __rt::SetOrEmpty<i64, 0>>::value(__values.0),
                name: __values.1,
                rapid_deploy: __values.2,
                disk_size: __rt::Option::unwrap_or_else(
                    __values.3,
                    <f64 as __rt::Default>::default,
                ),
                zone: __rt::Option::unwrap_or_else(__values.4, default_zone),
                placement_group: __values.5,
                cache: __rt::Option::unwrap_or_else(
                    __values.6,
                    <Vec<u8> as __rt::Default>::default,
                ),
                location: <__S7 as __rt::SetOrEmpty<String, 7>>::value(__values.7),
                kind: <__S8 as __rt::SetOrEmpty<String, 8>>::value(__values.8),
                created: <__S9 as __rt::SetOrEmpty<String, 9>>::value(__values.9),
            }
        }
    }
    #[automatically_derived]
    impl __rt::ApiModel for Image {
        const NAME: &'static __rt::str = "Image";
        const DOC: &'static __rt::str = "An image.";
        const TITLE: __rt::Option<&'static __rt::str> = __rt::Some("Image");
        const FIELDS: &'static [__rt::Field] = &[
            __rt::Field::__new(
                "id",
                "id",
                "Its id: required, never null.",
                "i64",
                1,
                "",
                <i64 as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "name",
                "name",
                "Its name: always present, `null` when unnamed.",
                "Option<String>",
                3,
                "",
                <Option<String> as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "rapid_deploy",
                "rapid_deploy",
                "Rapid deploy: absent when unknown.",
                "Option<bool>",
                4,
                "",
                <Option<bool> as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "disk_size",
                "disk_size",
                "Disk size: zero when absent.",
                "f64",
                4,
                "double",
                <f64 as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "zone",
                "zone",
                "Zone: `default_zone()` when absent.",
                "String",
                4,
                "",
                <String as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "placement_group",
                "placement_group",
                "Placement group: absent, `null` or an id.",
                "Patch<i64>",
                6,
                "",
                <Patch<i64> as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "location",
                "location",
                "Where it runs, once sent as `datacenter`.",
                "String",
                1,
                "",
                <String as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "kind",
                "type",
                "Its kind, sent as `type`.",
                "String",
                1,
                "",
                <String as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "created",
                "created",
                "When it was created.",
                "String",
                1,
                "date-time",
                <String as __rt::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl __rt::Describe for Image {
        #[inline]
        fn shape() -> __rt::Shape {
            __rt::Shape::Object {
                name: <Self as __rt::ApiModel>::NAME,
                title: <Self as __rt::ApiModel>::TITLE,
                doc: <Self as __rt::ApiModel>::DOC,
                fields: <Self as __rt::ApiModel>::FIELDS,
            }
        }
    }
    __rt::schema_crate_impls! {
        [] Image[]
    }
};
