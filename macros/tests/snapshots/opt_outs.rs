// ---- model ----
/// Metadata and a builder, no serde.
#[api(serde = false)]
pub struct Local {
    /// A value.
    pub value: i64,
}

// ---- expansion ----
/**Builder of [`Local`], started by [`Local::builder`].

Set the fields in any order, then call `build()`. It needs `value` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Each of these is set once; the other fields take their default (`None`, or their `#[api(default)]`) when not set, and setting one of them again replaces its value.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct LocalBuilder<__F0 = ::hcloud_model::__private::Unset>(
    ::hcloud_model::__private::PhantomData<fn() -> (Local, __F0)>,
    (::hcloud_model::__private::Slot<i64>,),
);
const _: () = {
    use ::hcloud_model::__private as __rt;
    #[automatically_derived]
    impl Local {
        /// Starts building a [`Local`]: see [`LocalBuilder`].
        #[inline]
        pub fn builder() -> LocalBuilder {
            LocalBuilder(__rt::PhantomData, (__rt::Slot::Empty,))
        }
    }
    #[diagnostic::on_unimplemented(
        message = "cannot build `Local`: the required field `value` is not set",
        label = "`value` is not set",
        note = "set it with `.value(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __LocalBuilder_requires_value<V>: __rt::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 0>, V> __LocalBuilder_requires_value<V> for __S {}
    #[automatically_derived]
    impl<__F0> LocalBuilder<__F0> {
        /// A value.
        #[inline]
        pub fn value(mut self, value: i64) -> LocalBuilder<__rt::Set<i64>>
        where
            __F0: __rt::NotSet,
        {
            self.1.0 = __rt::Slot::Full(value);
            LocalBuilder(__rt::PhantomData, self.1)
        }
        /// Builds the [`Local`]. Compiles only once every required field is set; a missing one is named in the error.
        #[cfg_attr(not(debug_assertions), inline(always))]
        pub fn build<__S0>(self) -> Local
        where
            __F0: __rt::Itself<Is = __S0>,
            __S0: __LocalBuilder_requires_value<i64>,
        {
            let __values = self.1;
            Local {
                value: <__S0 as __rt::SetOrEmpty<i64, 0>>::value(__values.0),
            }
        }
    }
    #[automatically_derived]
    impl __rt::ApiModel for Local {
        const NAME: &'static __rt::str = "Local";
        const DOC: &'static __rt::str = "Metadata and a builder, no serde.";
        const FIELDS: &'static [__rt::Field] = &[
            __rt::Field::__new(
                "value",
                "value",
                "A value.",
                "i64",
                1,
                "",
                <i64 as __rt::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl __rt::Describe for Local {
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
        [] Local[]
    }
};

// ---- model ----
/// Serde and metadata through another path to the runtime, no builder.
#[api(builder = false, crate = "my::runtime")]
pub struct Reexported {
    /// A value.
    pub value: i64,
}

// ---- expansion ----
const _: () = {
    use my::runtime::__private as __rt;
    #[automatically_derived]
    impl __rt::serde::Serialize for Reexported {
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            let __len = 1usize;
            let mut __state = __rt::None;
            let mut __fields = __rt::ser::begin(
                __serializer,
                "Reexported",
                __len,
                &mut __state,
            );
            __rt::write_field(&mut __fields, "value", &self.value);
            __rt::ser::end(__fields.into_error(), __state)
        }
    }
    #[automatically_derived]
    impl<'de> __rt::serde::Deserialize<'de> for Reexported {
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            struct __Slots<'de>(
                __rt::Option<i64>,
                __rt::PhantomData<fn() -> (Reexported, &'de ())>,
            );
            impl<'de> __rt::de::ReadField<'de> for __Slots<'de> {
                type Struct = Reexported;
                const EXPECTING: &'static __rt::str = "a Reexported object";
                const FIELDS: &'static [&'static __rt::str] = &["value"];
                #[inline]
                #[allow(unreachable_patterns)]
                fn key(__key: &__rt::str) -> __rt::de::Key {
                    match __key {
                        "value" => 0u16,
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
                        0 => __rt::read_field(&mut self.0, "value", __deserializer),
                        _ => __rt::unreachable_state(),
                    }
                }
                #[inline]
                fn finish<__E: __rt::serde::de::Error>(
                    self,
                ) -> __rt::Result<Reexported, __E> {
                    if __rt::Option::is_none(&self.0) {
                        return __rt::Err(__rt::missing_field("value"));
                    }
                    __rt::Ok(Reexported {
                        value: __rt::present(self.0),
                    })
                }
            }
            __rt::de::deserialize_struct(
                __deserializer,
                "Reexported",
                __Slots(__rt::None, __rt::PhantomData),
            )
        }
    }
    #[automatically_derived]
    impl __rt::ApiModel for Reexported {
        const NAME: &'static __rt::str = "Reexported";
        const DOC: &'static __rt::str = "Serde and metadata through another path to the runtime, no builder.";
        const FIELDS: &'static [__rt::Field] = &[
            __rt::Field::__new(
                "value",
                "value",
                "A value.",
                "i64",
                1,
                "",
                <i64 as __rt::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl __rt::Describe for Reexported {
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
        [] Reexported[]
    }
};

// ---- model ----
/// Strict about keys, with its own bounds.
#[api(deny_unknown_fields, bound = "T: Clone + MyWire")]
pub struct Strict<T> {
    /// A value.
    pub value: T,
}

// ---- expansion ----
/**Builder of [`Strict`], started by [`Strict::builder`].

Set the fields in any order, then call `build()`. It needs `value` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Each of these is set once; the other fields take their default (`None`, or their `#[api(default)]`) when not set, and setting one of them again replaces its value.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct StrictBuilder<T, __F0 = ::hcloud_model::__private::Unset>(
    ::hcloud_model::__private::PhantomData<fn() -> (Strict<T>, __F0)>,
    (::hcloud_model::__private::Slot<T>,),
);
const _: () = {
    use ::hcloud_model::__private as __rt;
    #[automatically_derived]
    impl<T> __rt::serde::Serialize for Strict<T>
    where
        T: Clone + MyWire,
    {
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            let __len = 1usize;
            let mut __state = __rt::None;
            let mut __fields = __rt::ser::begin(
                __serializer,
                "Strict",
                __len,
                &mut __state,
            );
            __rt::write_field(&mut __fields, "value", &self.value);
            __rt::ser::end(__fields.into_error(), __state)
        }
    }
    #[automatically_derived]
    impl<'de, T> __rt::serde::Deserialize<'de> for Strict<T>
    where
        T: Clone + MyWire,
    {
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            struct __Slots<'de, T>(
                __rt::Option<T>,
                __rt::PhantomData<fn() -> (Strict<T>, &'de ())>,
            )
            where
                T: Clone + MyWire;
            impl<'de, T> __rt::de::ReadField<'de> for __Slots<'de, T>
            where
                T: Clone + MyWire,
            {
                type Struct = Strict<T>;
                const EXPECTING: &'static __rt::str = "a Strict object";
                const FIELDS: &'static [&'static __rt::str] = &["value"];
                #[inline]
                #[allow(unreachable_patterns)]
                fn key(__key: &__rt::str) -> __rt::de::Key {
                    match __key {
                        "value" => 0u16,
                        _ => __rt::de::UNKNOWN_KEY,
                    }
                }
                #[inline]
                fn next_key<__A>(
                    __map: &mut __A,
                ) -> __rt::Result<__rt::Option<__rt::de::Key>, __A::Error>
                where
                    __A: __rt::serde::de::MapAccess<'de>,
                {
                    __rt::de::next_known_key(__map, Self::key, Self::FIELDS)
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
                        0 => __rt::read_field(&mut self.0, "value", __deserializer),
                        _ => __rt::unreachable_state(),
                    }
                }
                #[inline]
                fn finish<__E: __rt::serde::de::Error>(
                    self,
                ) -> __rt::Result<Strict<T>, __E> {
                    if __rt::Option::is_none(&self.0) {
                        return __rt::Err(__rt::missing_field("value"));
                    }
                    __rt::Ok(Strict {
                        value: __rt::present(self.0),
                    })
                }
            }
            __rt::de::deserialize_struct(
                __deserializer,
                "Strict",
                __Slots(__rt::None, __rt::PhantomData),
            )
        }
    }
    #[automatically_derived]
    impl<T> Strict<T> {
        /// Starts building a [`Strict`]: see [`StrictBuilder`].
        #[inline]
        pub fn builder() -> StrictBuilder<T> {
            StrictBuilder(__rt::PhantomData, (__rt::Slot::Empty,))
        }
    }
    #[diagnostic::on_unimplemented(
        message = "cannot build `Strict`: the required field `value` is not set",
        label = "`value` is not set",
        note = "set it with `.value(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __StrictBuilder_requires_value<V>: __rt::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<__S: __rt::SetOrEmpty<V, 0>, V> __StrictBuilder_requires_value<V> for __S {}
    #[automatically_derived]
    impl<T, __F0> StrictBuilder<T, __F0> {
        /// A value.
        #[inline]
        pub fn value(
            mut self,
            value: impl __rt::Into<T>,
        ) -> StrictBuilder<T, __rt::Set<T>>
        where
            __F0: __rt::NotSet,
        {
            self.1.0 = __rt::Slot::Full(__rt::Into::into(value));
            StrictBuilder(__rt::PhantomData, self.1)
        }
        /// Builds the [`Strict`]. Compiles only once every required field is set; a missing one is named in the error.
        #[cfg_attr(not(debug_assertions), inline(always))]
        pub fn build<__S0, __V0>(self) -> Strict<T>
        where
            __F0: __rt::Itself<Is = __S0>,
            T: __rt::Itself<Is = __V0>,
            __V0: __rt::Itself<Is = T>,
            __S0: __StrictBuilder_requires_value<__V0>,
        {
            let __values = self.1;
            Strict {
                value: __rt::Itself::itself(
                    <__S0 as __rt::SetOrEmpty<
                        __V0,
                        0,
                    >>::value(__rt::Slot::map(__values.0, __rt::Itself::itself)),
                ),
            }
        }
    }
    #[automatically_derived]
    impl<T> __rt::ApiModel for Strict<T>
    where
        T: Clone + MyWire,
    {
        const NAME: &'static __rt::str = "Strict";
        const DOC: &'static __rt::str = "Strict about keys, with its own bounds.";
        const FIELDS: &'static [__rt::Field] = &[
            __rt::Field::__new(
                "value",
                "value",
                "A value.",
                "T",
                1,
                "",
                <T as __rt::Describe>::shape,
            ),
        ];
    }
    #[automatically_derived]
    impl<T> __rt::Describe for Strict<T>
    where
        T: Clone + MyWire,
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
        [< T >] Strict < T > [where T : Clone + MyWire]
    }
};
