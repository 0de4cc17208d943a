// ---- model ----
/// A page read without copying its text.
pub struct Page<'a, T> {
    /// The cursor, borrowed from the input.
    pub cursor: &'a str,
    /// A note, borrowed when it has no escapes.
    pub note: std::borrow::Cow<'a, str>,
    /// The item.
    pub item: T,
}

// ---- expansion ----
/**Builder of [`Page`], started by [`Page::builder`].

Set the fields in any order, each setter once, then call `build()`. It needs `cursor`, `note`, `item` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Other fields not set take their default (`None`, or their `#[api(default)]`).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct PageBuilder<
    'a,
    T,
    __F0 = ::hcloud_model::__private::builder::Unset,
    __F1 = ::hcloud_model::__private::builder::Unset,
    __F2 = ::hcloud_model::__private::builder::Unset,
>(
    ::hcloud_model::__private::PhantomData<fn() -> (Page<'a, T>, __F0, __F1, __F2)>,
    (
        ::hcloud_model::__private::builder::Slot<&'a str>,
        ::hcloud_model::__private::builder::Slot<std::borrow::Cow<'a, str>>,
        ::hcloud_model::__private::builder::Slot<T>,
    ),
);
const _: () = {
    #[automatically_derived]
    impl<'a, T> ::hcloud_model::__private::serde::Serialize for Page<'a, T>
    where
        T: ::hcloud_model::__private::serde::Serialize,
    {
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
                "Page",
                __len,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "cursor",
                &self.cursor,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "note",
                &self.note,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "item",
                &self.item,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::end(__state)
        }
    }
    #[automatically_derived]
    impl<'de: 'a, 'a, T> ::hcloud_model::__private::serde::Deserialize<'de>
    for Page<'a, T>
    where
        T: ::hcloud_model::__private::serde::Deserialize<'de>,
    {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            struct __Visitor<'de: 'a, 'a, T>
            where
                T: ::hcloud_model::__private::serde::Deserialize<'de>,
            {
                marker: ::hcloud_model::__private::PhantomData<
                    fn() -> (Page<'a, T>, &'de ()),
                >,
                human_readable: ::hcloud_model::__private::bool,
            }
            impl<'de: 'a, 'a, T> ::hcloud_model::__private::serde::de::Visitor<'de>
            for __Visitor<'de, 'a, T>
            where
                T: ::hcloud_model::__private::serde::Deserialize<'de>,
            {
                type Value = Page<'a, T>;
                fn expecting(
                    &self,
                    __formatter: &mut ::hcloud_model::__private::fmt::Formatter<'_>,
                ) -> ::hcloud_model::__private::fmt::Result {
                    ::hcloud_model::__private::fmt::Formatter::write_str(
                        __formatter,
                        "a Page object",
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
                            &["cursor", "note", "item"],
                            "a Page object",
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
                    let mut __field0: ::hcloud_model::__private::Option<&'a str> = ::hcloud_model::__private::None;
                    let mut __field1: ::hcloud_model::__private::Option<
                        ::hcloud_model::__private::de::BorrowedCow<'_>,
                    > = ::hcloud_model::__private::None;
                    let mut __field2: ::hcloud_model::__private::Option<T> = ::hcloud_model::__private::None;
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
                                    "cursor",
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
                                    "note",
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
                                    "item",
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
                            ::hcloud_model::__private::de::missing_field("cursor"),
                        );
                    }
                    if ::hcloud_model::__private::Option::is_none(&__field1) {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::missing_field("note"),
                        );
                    }
                    if ::hcloud_model::__private::Option::is_none(&__field2) {
                        return ::hcloud_model::__private::Err(
                            ::hcloud_model::__private::de::missing_field("item"),
                        );
                    }
                    ::hcloud_model::__private::Ok(Page {
                        cursor: match __field0 {
                            ::hcloud_model::__private::Some(__value) => __value,
                            ::hcloud_model::__private::None => {
                                ::hcloud_model::__private::de::checked_before()
                            }
                        },
                        note: match ::hcloud_model::__private::Option::map(
                            __field1,
                            |__cow| __cow.0,
                        ) {
                            ::hcloud_model::__private::Some(__value) => __value,
                            ::hcloud_model::__private::None => {
                                ::hcloud_model::__private::de::checked_before()
                            }
                        },
                        item: match __field2 {
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
                    "cursor" => 0u16,
                    "note" => 1u16,
                    "item" => 2u16,
                    _ => ::hcloud_model::__private::de::UNKNOWN_KEY,
                }
            }
            let __human_readable = ::hcloud_model::__private::serde::Deserializer::is_human_readable(
                &__deserializer,
            );
            ::hcloud_model::__private::serde::Deserializer::deserialize_struct(
                __deserializer,
                "Page",
                &["cursor", "note", "item"],
                __Visitor {
                    marker: ::hcloud_model::__private::PhantomData,
                    human_readable: __human_readable,
                },
            )
        }
    }
    #[automatically_derived]
    impl<'a, T> Page<'a, T> {
        /// Starts building a [`Page`]: see [`PageBuilder`].
        #[inline]
        pub fn builder() -> PageBuilder<'a, T> {
            PageBuilder(
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
        message = "cannot build `Page`: the required field `cursor` is not set",
        label = "`cursor` is not set",
        note = "set it with `.cursor(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __PageBuilder_requires_cursor<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 0>,
        V,
    > __PageBuilder_requires_cursor<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Page`: the required field `note` is not set",
        label = "`note` is not set",
        note = "set it with `.note(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __PageBuilder_requires_note<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 1> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 1>,
        V,
    > __PageBuilder_requires_note<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Page`: the required field `item` is not set",
        label = "`item` is not set",
        note = "set it with `.item(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __PageBuilder_requires_item<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 2> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 2>,
        V,
    > __PageBuilder_requires_item<V> for __S {}
    #[automatically_derived]
    impl<'a, T, __F0, __F1, __F2> PageBuilder<'a, T, __F0, __F1, __F2> {
        /// The cursor, borrowed from the input.
        #[inline(always)]
        pub fn cursor(
            self,
            value: impl ::hcloud_model::__private::Into<&'a str>,
        ) -> PageBuilder<
            'a,
            T,
            ::hcloud_model::__private::builder::Set<&'a str>,
            __F1,
            __F2,
        >
        where
            __F0: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.0 = ::hcloud_model::__private::builder::Slot::Full(__value);
            PageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// A note, borrowed when it has no escapes.
        #[inline(always)]
        pub fn note(
            self,
            value: impl ::hcloud_model::__private::Into<std::borrow::Cow<'a, str>>,
        ) -> PageBuilder<
            'a,
            T,
            __F0,
            ::hcloud_model::__private::builder::Set<std::borrow::Cow<'a, str>>,
            __F2,
        >
        where
            __F1: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.1 = ::hcloud_model::__private::builder::Slot::Full(__value);
            PageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// The item.
        #[inline(always)]
        pub fn item(
            self,
            value: impl ::hcloud_model::__private::Into<T>,
        ) -> PageBuilder<'a, T, __F0, __F1, ::hcloud_model::__private::builder::Set<T>>
        where
            __F2: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.2 = ::hcloud_model::__private::builder::Slot::Full(__value);
            PageBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Builds the [`Page`]. Compiles only once every required field is set; a missing one is named in the error.
        #[inline(always)]
        pub fn build<__S0, __S1, __S2, __V2>(self) -> Page<'a, T>
        where
            __F0: ::hcloud_model::__private::builder::Itself<Is = __S0>,
            __S0: __PageBuilder_requires_cursor<&'a str>,
            __F1: ::hcloud_model::__private::builder::Itself<Is = __S1>,
            __S1: __PageBuilder_requires_note<std::borrow::Cow<'a, str>>,
            __F2: ::hcloud_model::__private::builder::Itself<Is = __S2>,
            T: ::hcloud_model::__private::builder::Itself<Is = __V2>,
            __V2: ::hcloud_model::__private::builder::Itself<Is = T>,
            __S2: __PageBuilder_requires_item<__V2>,
        {
            let __values = self.1;
            Page {
                cursor: <__S0 as ::hcloud_model::__private::builder::SetOrEmpty<
                    &'a str,
                    0,
                >>::value(__values.0),
                note: <__S1 as ::hcloud_model::__private::builder::SetOrEmpty<
                    std::borrow::Cow<'a, str>,
                    1,
                >>::value(__values.1),
                item: ::hcloud_model::__private::builder::Itself::itself(
                    <__S2 as ::hcloud_model::__private::builder::SetOrEmpty<
                        __V2,
                        2,
                    >>::value(
                        ::hcloud_model::__private::builder::Slot::map(
                            __values.2,
                            ::hcloud_model::__private::builder::Itself::itself,
                        ),
                    ),
                ),
            }
        }
    }
    #[automatically_derived]
    impl<'a, T> ::hcloud_model::__private::ApiModel for Page<'a, T>
    where
        T: ::hcloud_model::__private::Describe,
    {
        const NAME: &'static ::hcloud_model::__private::str = "Page";
        const DOC: &'static ::hcloud_model::__private::str = "A page read without copying its text.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::None;
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[
            ::hcloud_model::__private::Field::__new(
                "cursor",
                "cursor",
                "The cursor, borrowed from the input.",
                "&'a str",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                <&'a str as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "note",
                "note",
                "A note, borrowed when it has no escapes.",
                "std::borrow::Cow<'a, str>",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                <std::borrow::Cow<'a, str> as ::hcloud_model::__private::Describe>::shape,
            ),
            ::hcloud_model::__private::Field::__new(
                "item",
                "item",
                "The item.",
                "T",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                <T as ::hcloud_model::__private::Describe>::shape,
            ),
        ];
        const VALUES: &'static [::hcloud_model::__private::EnumValue] = &[];
        const OPEN: ::hcloud_model::__private::bool = false;
    }
    #[automatically_derived]
    impl<'a, T> ::hcloud_model::__private::Describe for Page<'a, T>
    where
        T: ::hcloud_model::__private::Describe,
    {
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
        [< 'a, T >] Page < 'a, T > [where T : ::hcloud_model::__private::Describe]
    }
};
