// ---- model ----
/// A record with hand-written wire forms.
pub struct Record {
    /// The id, as text both ways.
    #[api(with = "as_text")]
    pub id: u64,
    /// The name, written upper-case.
    #[api(serialize_with = "write_upper")]
    pub name: String,
    /// The note, read trimmed.
    #[api(deserialize_with = "read_trimmed")]
    pub note: String,
}

// ---- expansion ----
/**Builder of [`Record`], started by [`Record::builder`].

Set the fields in any order, each setter once, then call `build()`. It needs `id`, `name`, `note` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Other fields not set take their default (`None`, or their `#[api(default)]`).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct RecordBuilder<
    __F0 = ::hcloud_model::__private::builder::Unset,
    __F1 = ::hcloud_model::__private::builder::Unset,
    __F2 = ::hcloud_model::__private::builder::Unset,
>(
    ::hcloud_model::__private::PhantomData<fn() -> (Record, __F0, __F1, __F2)>,
    (
        ::hcloud_model::__private::builder::Slot<u64>,
        ::hcloud_model::__private::builder::Slot<String>,
        ::hcloud_model::__private::builder::Slot<String>,
    ),
);
const _: () = {
    #[doc(hidden)]
    struct __ApiWith0;
    impl ::hcloud_model::__private::ser::SerializeAs<u64> for __ApiWith0 {
        #[inline]
        fn serialize_as<__S: ::hcloud_model::__private::serde::Serializer>(
            __value: &u64,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error> {
            as_text::serialize(__value, __serializer)
        }
    }
    impl<'de> ::hcloud_model::__private::de::DeserializeAs<'de, u64> for __ApiWith0 {
        #[inline]
        fn deserialize_as<__D: ::hcloud_model::__private::serde::Deserializer<'de>>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<u64, __D::Error> {
            as_text::deserialize(__deserializer)
        }
    }
    #[doc(hidden)]
    struct __ApiWith1;
    impl ::hcloud_model::__private::ser::SerializeAs<String> for __ApiWith1 {
        #[inline]
        fn serialize_as<__S: ::hcloud_model::__private::serde::Serializer>(
            __value: &String,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error> {
            write_upper(__value, __serializer)
        }
    }
    #[doc(hidden)]
    struct __ApiWith2;
    impl<'de> ::hcloud_model::__private::de::DeserializeAs<'de, String> for __ApiWith2 {
        #[inline]
        fn deserialize_as<__D: ::hcloud_model::__private::serde::Deserializer<'de>>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<String, __D::Error> {
            read_trimmed(__deserializer)
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::serde::Serialize for Record {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::hcloud_model::__private::serde::Serializer,
        {
            let __len = 3usize;
            let mut __state = ::hcloud_model::__private::serde::Serializer::serialize_struct(
                __serializer,
                "Record",
                __len,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "id",
                &::hcloud_model::__private::ser::SerializeWith::<
                    _,
                    __ApiWith0,
                >::new(&self.id),
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "name",
                &::hcloud_model::__private::ser::SerializeWith::<
                    _,
                    __ApiWith1,
                >::new(&self.name),
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "note",
                &self.note,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::end(__state)
        }
    }
    #[automatically_derived]
    impl<'de> ::hcloud_model::__private::serde::Deserialize<'de> for Record {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            struct __Visitor<'de> {
                marker: ::hcloud_model::__private::PhantomData<
                    fn() -> (Record, &'de ()),
                >,
                human_readable: ::hcloud_model::__private::bool,
            }
            impl<'de> ::hcloud_model::__private::serde::de::Visitor<'de>
            for __Visitor<'de> {
                type Value = Record;
                fn expecting(
                    &self,
                    __formatter: &mut ::hcloud_model::__private::fmt::Formatter<'_>,
                ) -> ::hcloud_model::__private::fmt::Result {
                    ::hcloud_model::__private::fmt::Formatter::write_str(
                        __formatter,
                        "a Record object",
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
                            &["id", "name", "note"],
                            "a Record object",
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
                    let mut __field0: ::hcloud_model::__private::Option<
                        ::hcloud_model::__private::de::DeserializeWith<u64, __ApiWith0>,
                    > = ::hcloud_model::__private::None;
                    let mut __field1: ::hcloud_model::__private::Option<String> = ::hcloud_model::__private::None;
                    let mut __field2: ::hcloud_model::__private::Option<
                        ::hcloud_model::__private::de::DeserializeWith<
                            String,
                            __ApiWith2,
                        >,
                    > = ::hcloud_model::__private::None;
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
                                    "note",
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
                    if ::hcloud_model::__private::Option::is_none(&__field1) {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::missing_field("name"),
                        );
                    }
                    if ::hcloud_model::__private::Option::is_none(&__field2) {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::missing_field("note"),
                        );
                    }
                    ::hcloud_model::__private::Ok(Record {
                        id: match ::hcloud_model::__private::Option::map(
                            __field0,
                            ::hcloud_model::__private::de::DeserializeWith::into_inner,
                        ) {
                            ::hcloud_model::__private::Some(__value) => __value,
                            ::hcloud_model::__private::None => {
                                ::hcloud_model::__private::de::checked_before()
                            }
                        },
                        name: match __field1 {
                            ::hcloud_model::__private::Some(__value) => __value,
                            ::hcloud_model::__private::None => {
                                ::hcloud_model::__private::de::checked_before()
                            }
                        },
                        note: match ::hcloud_model::__private::Option::map(
                            __field2,
                            ::hcloud_model::__private::de::DeserializeWith::into_inner,
                        ) {
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
                    "note" => 2u16,
                    _ => ::hcloud_model::__private::de::UNKNOWN_KEY,
                }
            }
            let __human_readable = ::hcloud_model::__private::serde::Deserializer::is_human_readable(
                &__deserializer,
            );
            ::hcloud_model::__private::serde::Deserializer::deserialize_struct(
                __deserializer,
                "Record",
                &["id", "name", "note"],
                __Visitor {
                    marker: ::hcloud_model::__private::PhantomData,
                    human_readable: __human_readable,
                },
            )
        }
    }
    #[automatically_derived]
    impl Record {
        /// Starts building a [`Record`]: see [`RecordBuilder`].
        #[inline]
        pub fn builder() -> RecordBuilder {
            RecordBuilder(
                ::hcloud_model::__private::PhantomData,
                (
                    ::hcloud_model::__private::builder::Slot::Empty,
                    ::hcloud_model::__private::builder::Slot::Empty,
                    ::hcloud_model::__private::builder::Slot::Empty,
                ),
            )
        }
    }
    #[diagnostic::on_unimplemented(
        message = "cannot build `Record`: the required field `id` is not set",
        label = "`id` is not set",
        note = "set it with `.id(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __RecordBuilder_requires_id<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 0>,
        V,
    > __RecordBuilder_requires_id<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Record`: the required field `name` is not set",
        label = "`name` is not set",
        note = "set it with `.name(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __RecordBuilder_requires_name<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 1> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 1>,
        V,
    > __RecordBuilder_requires_name<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Record`: the required field `note` is not set",
        label = "`note` is not set",
        note = "set it with `.note(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __RecordBuilder_requires_note<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 2> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 2>,
        V,
    > __RecordBuilder_requires_note<V> for __S {}
    #[automatically_derived]
    impl<__F0, __F1, __F2> RecordBuilder<__F0, __F1, __F2> {
        /// The id, as text both ways.
        #[inline(always)]
        pub fn id(
            self,
            value: u64,
        ) -> RecordBuilder<::hcloud_model::__private::builder::Set<u64>, __F1, __F2>
        where
            __F0: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = value;
            let mut __values = self.1;
            __values.0 = ::hcloud_model::__private::builder::Slot::Full(__value);
            RecordBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// The name, written upper-case.
        #[inline(always)]
        pub fn name(
            self,
            value: impl ::hcloud_model::__private::Into<String>,
        ) -> RecordBuilder<__F0, ::hcloud_model::__private::builder::Set<String>, __F2>
        where
            __F1: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.1 = ::hcloud_model::__private::builder::Slot::Full(__value);
            RecordBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// The note, read trimmed.
        #[inline(always)]
        pub fn note(
            self,
            value: impl ::hcloud_model::__private::Into<String>,
        ) -> RecordBuilder<__F0, __F1, ::hcloud_model::__private::builder::Set<String>>
        where
            __F2: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.2 = ::hcloud_model::__private::builder::Slot::Full(__value);
            RecordBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Builds the [`Record`]. Compiles only once every required field is set; a missing one is named in the error.
        #[inline(always)]
        pub fn build<__S0, __S1, __S2>(self) -> Record
        where
            __F0: ::hcloud_model::__private::builder::Itself<Is = __S0>,
            __S0: __RecordBuilder_requires_id<u64>,
            __F1: ::hcloud_model::__private::builder::Itself<Is = __S1>,
            __S1: __RecordBuilder_requires_name<String>,
            __F2: ::hcloud_model::__private::builder::Itself<Is = __S2>,
            __S2: __RecordBuilder_requires_note<String>,
        {
            let __values = self.1;
            Record {
                id: <__S0 as ::hcloud_model::__private::builder::SetOrEmpty<
                    u64,
                    0,
                >>::value(__values.0),
                name: <__S1 as ::hcloud_model::__private::builder::SetOrEmpty<
                    String,
                    1,
                >>::value(__values.1),
                note: <__S2 as ::hcloud_model::__private::builder::SetOrEmpty<
                    String,
                    2,
                >>::value(__values.2),
            }
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::ApiModel for Record {
        const NAME: &'static ::hcloud_model::__private::str = "Record";
        const DOC: &'static ::hcloud_model::__private::str = "A record with hand-written wire forms.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::None;
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[
            ::hcloud_model::__private::Field::__new(
                "id",
                "id",
                "The id, as text both ways.",
                "u64",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                || ::hcloud_model::__private::Shape::String,
            ),
            ::hcloud_model::__private::Field::__new(
                "name",
                "name",
                "The name, written upper-case.",
                "String",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                || ::hcloud_model::__private::Shape::String,
            ),
            ::hcloud_model::__private::Field::__new(
                "note",
                "note",
                "The note, read trimmed.",
                "String",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                || ::hcloud_model::__private::Shape::String,
            ),
        ];
        const VALUES: &'static [::hcloud_model::__private::EnumValue] = &[];
        const OPEN: ::hcloud_model::__private::bool = false;
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::Describe for Record {
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
        [] Record[]
    }
};
