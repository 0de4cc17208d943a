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

Set the fields in any order, then call `build()`. It needs `cursor`, `note`, `item` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Each of these is set once; the other fields take their default (`None`, or their `#[api(default)]`) when not set, and setting one of them again replaces its value.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct PageBuilder<
    'a,
    T,
    __F0 = ::hcloud_model::__private::Unset,
    __F1 = ::hcloud_model::__private::Unset,
    __F2 = ::hcloud_model::__private::Unset,
>(
    ::hcloud_model::__private::PhantomData<fn() -> (Page<'a, T>, __F0, __F1, __F2)>,
    (
        ::hcloud_model::__private::Slot<&'a str>,
        ::hcloud_model::__private::Slot<std::borrow::Cow<'a, str>>,
        ::hcloud_model::__private::Slot<T>,
    ),
);
const _: () = {
    use ::hcloud_model::__private as __rt;
    #[automatically_derived]
    impl<'a, T> __rt::serde::Serialize for Page<'a, T>
    where
        T: __rt::serde::Serialize,
    {
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            let __len = 3usize;
            let mut __state = __rt::None;
            let mut __fields = __rt::ser::begin(
                __serializer,
                "Page",
                __len,
                &mut __state,
            );
            __rt::write_field(&mut __fields, "cursor", &self.cursor);
            __rt::write_field(&mut __fields, "note", &self.note);
            __rt::write_field(&mut __fields, "item", &self.item);
            __rt::ser::end(__fields.into_error(), __state)
        }
    }
    #[automatically_derived]
    impl<'de: 'a, 'a, T> __rt::serde::Deserialize<'de> for Page<'a, T>
    where
        T: __rt::serde::Deserialize<'de>,
    {
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            struct __Slots<'de: 'a, 'a, T>(
                __rt::Option<&'a str>,
                __rt::Option<__rt::de::BorrowedCow<'de>>,
                __rt::Option<T>,
                __rt::PhantomData<fn() -> (Page<'a, T>, &'de ())>,
            )
            where
                T: __rt::serde::Deserialize<'de>;
            impl<'de: 'a, 'a, T> __rt::de::ReadField<'de> for __Slots<'de, 'a, T>
            where
                T: __rt::serde::Deserialize<'de>,
            {
                type Struct = Page<'a, T>;
                const EXPECTING: &'static __rt::str = "a Page object";
                const FIELDS: &'static [&'static __rt::str] = &[
                    "cursor",
                    "note",
                    "item",
                ];
                #[inline]
                #[allow(unreachable_patterns)]
                fn key(__key: &__rt::str) -> __rt::de::Key {
                    match __key {
                        "cursor" => 0u16,
                        "note" => 1u16,
                        "item" => 2u16,
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
                        0 => __rt::read_field(&mut self.0, "cursor", __deserializer),
                        1 => __rt::read_field(&mut self.1, "note", __deserializer),
                        2 => __rt::read_field(&mut self.2, "item", __deserializer),
                        _ => __rt::unreachable_state(),
                    }
                }
                #[inline]
                fn finish<__E: __rt::serde::de::Error>(
                    self,
                ) -> __rt::Result<Page<'a, T>, __E> {
                    if __rt::Option::is_none(&self.0) {
                        return __rt::Err(__rt::missing_field("cursor"));
                    }
                    if __rt::Option::is_none(&self.1) {
                        return __rt::Err(__rt::missing_field("note"));
                    }
                    if __rt::Option::is_none(&self.2) {
                        return __rt::Err(__rt::missing_field("item"));
                    }
                    __rt::Ok(Page {
                        cursor: __rt::present(self.0),
                        note: __rt::present(__rt::Option::map(self.1, |__cow| __cow.0)),
                        item: __rt::present(self.2),
                    })
                }
            }
            __rt::de::deserialize_struct(
                __deserializer,
                "Page",
                __Slots(__rt::None, __rt::None, __rt::None, __rt::PhantomData),
            )
        }
    }
    #[automatically_derived]
    impl<'a, T> Page<'a, T> {
        /// Starts building a [`Page`]: see [`PageBuilder`].
        #[inline]
        pub fn builder() -> PageBuilder<'a, T> {
            PageBuilder(
                __rt::PhantomData,
                (__rt::Slot::Empty, __rt::Slot::Empty, __rt::Slot::Empty),
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
    pub trait __PageBuilder_requires_cursor<V>: __rt::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 0>, V> __PageBuilder_requires_cursor<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Page`: the required field `note` is not set",
        label = "`note` is not set",
        note = "set it with `.note(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __PageBuilder_requires_note<V>: __rt::SetOrEmpty<V, 1> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 1>, V> __PageBuilder_requires_note<V> for __S {}
    #[diagnostic::on_unimplemented(
        message = "cannot build `Page`: the required field `item` is not set",
        label = "`item` is not set",
        note = "set it with `.item(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __PageBuilder_requires_item<V>: __rt::SetOrEmpty<V, 2> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 2>, V> __PageBuilder_requires_item<V> for __S {}
    #[automatically_derived]
    impl<'a, T, __F0, __F1, __F2> PageBuilder<'a, T, __F0, __F1, __F2> {
        /// The cursor, borrowed from the input.
        #[inline]
        pub fn cursor(
            mut self,
            value: impl __rt::Into<&'a str>,
        ) -> PageBuilder<'a, T, __rt::Set<&'a str>, __F1, __F2>
        where
            __F0: __rt::NotSet,
        {
            self.1.0 = __rt::Slot::Full(__rt::Into::into(value));
            PageBuilder(__rt::PhantomData, self.1)
        }
        /// A note, borrowed when it has no escapes.
        #[inline]
        pub fn note(
            mut self,
            value: impl __rt::Into<std::borrow::Cow<'a, str>>,
        ) -> PageBuilder<'a, T, __F0, __rt::Set<std::borrow::Cow<'a, str>>, __F2>
        where
            __F1: __rt::NotSet,
        {
            self.1.1 = __rt::Slot::Full(__rt::Into::into(value));
            PageBuilder(__rt::PhantomData, self.1)
        }
        /// The item.
        #[inline]
        pub fn item(
            mut self,
            value: impl __rt::Into<T>,
        ) -> PageBuilder<'a, T, __F0, __F1, __rt::Set<T>>
        where
            __F2: __rt::NotSet,
        {
            self.1.2 = __rt::Slot::Full(__rt::Into::into(value));
            PageBuilder(__rt::PhantomData, self.1)
        }
        /// Builds the [`Page`]. Compiles only once every required field is set; a missing one is named in the error.
        #[cfg_attr(not(debug_assertions), inline(always))]
        pub fn build<__S0, __S1, __S2, __V2>(self) -> Page<'a, T>
        where
            __F0: __rt::Itself<Is = __S0>,
            __S0: __PageBuilder_requires_cursor<&'a str>,
            __F1: __rt::Itself<Is = __S1>,
            __S1: __PageBuilder_requires_note<std::borrow::Cow<'a, str>>,
            __F2: __rt::Itself<Is = __S2>,
            T: __rt::Itself<Is = __V2>,
            __V2: __rt::Itself<Is = T>,
            __S2: __PageBuilder_requires_item<__V2>,
        {
            let __values = self.1;
            Page {
                cursor: <__S0 as __rt::SetOrEmpty<&'a str, 0>>::value(__values.0),
                note: <__S1 as __rt::SetOrEmpty<
                    std::borrow::Cow<'a, str>,
                    1,
                >>::value(__values.1),
                item: __rt::Itself::itself(
                    <__S2 as __rt::SetOrEmpty<
                        __V2,
                        2,
                    >>::value(__rt::Slot::map(__values.2, __rt::Itself::itself)),
                ),
            }
        }
    }
    #[automatically_derived]
    impl<'a, T> __rt::ApiModel for Page<'a, T>
    where
        T: __rt::Describe,
    {
        const NAME: &'static __rt::str = "Page";
        const DOC: &'static __rt::str = "A page read without copying its text.";
        const FIELDS: &'static [__rt::Field] = &[
            __rt::Field::__new(
                "cursor",
                "cursor",
                "The cursor, borrowed from the input.",
                "&'a str",
                1,
                "",
                <&'a str as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "note",
                "note",
                "A note, borrowed when it has no escapes.",
                "std::borrow::Cow<'a, str>",
                1,
                "",
                <std::borrow::Cow<'a, str> as __rt::Describe>::shape,
            ),
            __rt::Field::__new(
                "item",
                "item",
                "The item.",
                "T",
                1,
                "",
                <T as __rt::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl<'a, T> __rt::Describe for Page<'a, T>
    where
        T: __rt::Describe,
    {
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
        [< 'a, T >] Page < 'a, T > [where T : __rt::Describe]
    }
};
