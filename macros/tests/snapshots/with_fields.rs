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

Set the fields in any order, then call `build()`. It needs `id`, `name`, `note` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Each of these is set once; the other fields take their default (`None`, or their `#[api(default)]`) when not set, and setting one of them again replaces its value.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct RecordBuilder<
    __F0 = ::hcloud_model::__private::Unset,
    __F1 = ::hcloud_model::__private::Unset,
    __F2 = ::hcloud_model::__private::Unset,
>(
    ::hcloud_model::__private::PhantomData<fn() -> (Record, __F0, __F1, __F2)>,
    (
        ::hcloud_model::__private::Slot<u64>,
        ::hcloud_model::__private::Slot<String>,
        ::hcloud_model::__private::Slot<String>,
    ),
);
const _: () = {
    use ::hcloud_model::__private as __rt;
    #[doc(hidden)]
    struct __ApiWith0;
    impl __rt::ser::SerializeAs<u64> for __ApiWith0 {
        #[inline]
        fn serialize_as<__S: __rt::serde::Serializer>(
            __value: &u64,
            __serializer: __S,
        ) -> __rt::Result<__S::Ok, __S::Error> {
            as_text::serialize(__value, __serializer)
        }
    }
    impl<'de> __rt::de::DeserializeAs<'de, u64> for __ApiWith0 {
        #[inline]
        fn deserialize_as<__D: __rt::serde::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __rt::Result<u64, __D::Error> {
            as_text::deserialize(__deserializer)
        }
    }
    #[doc(hidden)]
    struct __ApiWith1;
    impl __rt::ser::SerializeAs<String> for __ApiWith1 {
        #[inline]
        fn serialize_as<__S: __rt::serde::Serializer>(
            __value: &String,
            __serializer: __S,
        ) -> __rt::Result<__S::Ok, __S::Error> {
            write_upper(__value, __serializer)
        }
    }
    #[doc(hidden)]
    struct __ApiWith2;
    impl<'de> __rt::de::DeserializeAs<'de, String> for __ApiWith2 {
        #[inline]
        fn deserialize_as<__D: __rt::serde::Deserializer<'de>>(
            __deserializer: __D,
        ) -> __rt::Result<String, __D::Error> {
            read_trimmed(__deserializer)
        }
    }
    #[automatically_derived]
    impl __rt::serde::Serialize for Record {
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            let __len = 3usize;
            let mut __state = __rt::None;
            let mut __fields = __rt::ser::begin(
                __serializer,
                "Record",
                __len,
                &mut __state,
            );
            __rt::write_field(
                &mut __fields,
                "id",
                &__rt::ser::SerializeWith::<_, __ApiWith0>::new(&self.id),
            );
            __rt::write_field(
                &mut __fields,
                "name",
                &__rt::ser::SerializeWith::<_, __ApiWith1>::new(&self.name),
            );
            __rt::write_field(&mut __fields, "note", &self.note);
            __rt::ser::end(__fields.into_error(), __state)
        }
    }
    #[automatically_derived]
    impl<'de> __rt::serde::Deserialize<'de> for Record {
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            struct __Slots<'de>(
                __rt::Option<__rt::de::DeserializeWith<u64, __ApiWith0>>,
                __rt::Option<String>,
                __rt::Option<__rt::de::DeserializeWith<String, __ApiWith2>>,
                __rt::PhantomData<fn() -> (Record, &'de ())>,
            );
            impl<'de> __rt::de::ReadField<'de> for __Slots<'de> {
                type Struct = Record;
                const EXPECTING: &'static __rt::str = "a Record object";
                const FIELDS: &'static [&'static __rt::str] = &["id", "name", "note"];
                #[inline]
                #[allow(unreachable_patterns)]
                fn key(__key: &__rt::str) -> __rt::de::Key {
                    match __key {
                        "id" => 0u16,
                        "name" => 1u16,
                        "note" => 2u16,
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
                        2 => __rt::read_field(&mut self.2, "note", __deserializer),
                        _ => __rt::unreachable_state(),
                    }
                }
                #[inline]
                fn finish<__E: __rt::serde::de::Error>(
                    self,
                ) -> __rt::Result<Record, __E> {
                    if __rt::Option::is_none(&self.0) {
                        return __rt::Err(__rt::missing_field("id"));
                    }
                    if __rt::Option::is_none(&self.1) {
                        return __rt::Err(__rt::missing_field("name"));
                    }
                    if __rt::Option::is_none(&self.2) {
                        return __rt::Err(__rt::missing_field("note"));
                    }
                    __rt::Ok(Record {
                        id: __rt::present(
                            __rt::Option::map(
                                self.0,
                                __rt::de::DeserializeWith::into_inner,
                            ),
                        ),
                        name: __rt::present(self.1),
                        note: __rt::present(
                            __rt::Option::map(
                                self.2,
                                __rt::de::DeserializeWith::into_inner,
                            ),
                        ),
                    })
                }
            }
            __rt::de::deserialize_struct(
                __deserializer,
                "Record",
                __Slots(__rt::None, __rt::None, __rt::None, __rt::PhantomData),
            )
        }
    }
    #[automatically_derived]
    impl Record {
        /// Starts building a [`Record`]: see [`RecordBuilder`].
        #[inline]
        pub fn builder() -> RecordBuilder {
            RecordBuilder(
                __rt::PhantomData,
                (__rt::Slot::Empty, __rt::Slot::Empty, __rt::Slot::Empty),
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
    pub trait __RecordBuilder_requires_id<V>: __rt::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 0>, V> __RecordBuilder_requires_id<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Record`: the required field `name` is not set",
        label = "`name` is not set",
        note = "set it with `.name(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __RecordBuilder_requires_name<V>: __rt::SetOrEmpty<V, 1> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 1>, V> __RecordBuilder_requires_name<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Record`: the required field `note` is not set",
        label = "`note` is not set",
        note = "set it with `.note(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __RecordBuilder_requires_note<V>: __rt::SetOrEmpty<V, 2> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 2>, V> __RecordBuilder_requires_note<V> for __S {}
    #[automatically_derived]
    impl<__F0, __F1, __F2> RecordBuilder<__F0, __F1, __F2> {
        /// The id, as text both ways.
        #[inline]
        pub fn id(mut self, value: u64) -> RecordBuilder<__rt::Set<u64>, __F1, __F2>
        where
            __F0: __rt::NotSet,
        {
            self.1.0 = __rt::Slot::Full(value);
            RecordBuilder(__rt::PhantomData, self.1)
        }
        /// The name, written upper-case.
        #[inline]
        pub fn name(
            mut self,
            value: impl __rt::Into<String>,
        ) -> RecordBuilder<__F0, __rt::Set<String>, __F2>
        where
            __F1: __rt::NotSet,
        {
            self.1.1 = __rt::Slot::Full(__rt::Into::into(value));
            RecordBuilder(__rt::PhantomData, self.1)
        }
        /// The note, read trimmed.
        #[inline]
        pub fn note(
            mut self,
            value: impl __rt::Into<String>,
        ) -> RecordBuilder<__F0, __F1, __rt::Set<String>>
        where
            __F2: __rt::NotSet,
        {
            self.1.2 = __rt::Slot::Full(__rt::Into::into(value));
            RecordBuilder(__rt::PhantomData, self.1)
        }
        /// Builds the [`Record`]. Compiles only once every required field is set; a missing one is named in the error.
        #[cfg_attr(not(debug_assertions), inline(always))]
        pub fn build<__S0, __S1, __S2>(self) -> Record
        where
            __F0: __rt::Itself<Is = __S0>,
            __S0: __RecordBuilder_requires_id<u64>,
            __F1: __rt::Itself<Is = __S1>,
            __S1: __RecordBuilder_requires_name<String>,
            __F2: __rt::Itself<Is = __S2>,
            __S2: __RecordBuilder_requires_note<String>,
        {
            let __values = self.1;
            Record {
                id: <__S0 as __rt::SetOrEmpty<u64, 0>>::value(__values.0),
                name: <__S1 as __rt::SetOrEmpty<String, 1>>::value(__values.1),
                note: <__S2 as __rt::SetOrEmpty<String, 2>>::value(__values.2),
            }
        }
    }
    #[automatically_derived]
    impl __rt::ApiModel for Record {
        const NAME: &'static __rt::str = "Record";
        const DOC: &'static __rt::str = "A record with hand-written wire forms.";
        const FIELDS: &'static [__rt::Field] = &[
            __rt::Field::__new(
                "id",
                "id",
                "The id, as text both ways.",
                "u64",
                1,
                "",
                || __rt::Shape::String,
            ),
            __rt::Field::__new(
                "name",
                "name",
                "The name, written upper-case.",
                "String",
                1,
                "",
                || __rt::Shape::String,
            ),
            __rt::Field::__new(
                "note",
                "note",
                "The note, read trimmed.",
                "String",
                1,
                "",
                || __rt::Shape::String,
            ),
        ];
    }
    #[automatically_derived]
    impl __rt::Describe for Record {
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
        [] Record[]
    }
};
