// ---- model ----
/// Metadata and a builder, no serde.
#[api(serde = false)]
pub struct Local {
    /// A value.
    pub value: i64,
}

// ---- expansion ----
/**Builder of [`Local`], started by [`Local::builder`].

Set the fields in any order, each setter once, then call `build()`. It needs `value` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Other fields not set take their default (`None`, or their `#[api(default)]`).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct LocalBuilder<__F0 = ::hcloud_model::__private::builder::Unset>(
    ::hcloud_model::__private::PhantomData<fn() -> (Local, __F0)>,
    (::hcloud_model::__private::builder::Slot<i64>,),
);
const _: () = {
    #[automatically_derived]
    impl Local {
        /// Starts building a [`Local`]: see [`LocalBuilder`].
        #[inline]
        pub fn builder() -> LocalBuilder {
            LocalBuilder(
                ::hcloud_model::__private::PhantomData,
                (::hcloud_model::__private::builder::Slot::Empty,),
            )
        }
    }
    #[diagnostic::on_unimplemented(
        message = "cannot build `Local`: the required field `value` is not set",
        label = "`value` is not set",
        note = "set it with `.value(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __LocalBuilder_requires_value<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 0>,
        V,
    > __LocalBuilder_requires_value<V> for __S {}
    #[automatically_derived]
    impl<__F0> LocalBuilder<__F0> {
        /// A value.
        #[inline(always)]
        pub fn value(
            self,
            value: i64,
        ) -> LocalBuilder<::hcloud_model::__private::builder::Set<i64>>
        where
            __F0: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = value;
            let mut __values = self.1;
            __values.0 = ::hcloud_model::__private::builder::Slot::Full(__value);
            LocalBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Builds the [`Local`]. Compiles only once every required field is set; a missing one is named in the error.
        #[inline(always)]
        pub fn build<__S0>(self) -> Local
        where
            __F0: ::hcloud_model::__private::builder::Itself<Is = __S0>,
            __S0: __LocalBuilder_requires_value<i64>,
        {
            let __values = self.1;
            Local {
                value: <__S0 as ::hcloud_model::__private::builder::SetOrEmpty<
                    i64,
                    0,
                >>::value(__values.0),
            }
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::ApiModel for Local {
        const NAME: &'static ::hcloud_model::__private::str = "Local";
        const DOC: &'static ::hcloud_model::__private::str = "Metadata and a builder, no serde.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::None;
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[
            ::hcloud_model::__private::Field::__new(
                "value",
                "value",
                "A value.",
                "i64",
                true,
                false,
                false,
                ::hcloud_model::__private::None,
                <i64 as ::hcloud_model::__private::Describe>::shape,
            ),
        ];
        const VALUES: &'static [::hcloud_model::__private::EnumValue] = &[];
        const OPEN: ::hcloud_model::__private::bool = false;
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::Describe for Local {
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
    #[automatically_derived]
    impl my::runtime::__private::serde::Serialize for Reexported {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> my::runtime::__private::Result<__S::Ok, __S::Error>
        where
            __S: my::runtime::__private::serde::Serializer,
        {
            let __len = 1usize;
            let mut __state = my::runtime::__private::serde::Serializer::serialize_struct(
                __serializer,
                "Reexported",
                __len,
            )?;
            my::runtime::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "value",
                &self.value,
            )?;
            my::runtime::__private::serde::ser::SerializeStruct::end(__state)
        }
    }
    #[automatically_derived]
    impl<'de> my::runtime::__private::serde::Deserialize<'de> for Reexported {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> my::runtime::__private::Result<Self, __D::Error>
        where
            __D: my::runtime::__private::serde::Deserializer<'de>,
        {
            struct __Visitor<'de> {
                marker: my::runtime::__private::PhantomData<
                    fn() -> (Reexported, &'de ()),
                >,
                human_readable: my::runtime::__private::bool,
            }
            impl<'de> my::runtime::__private::serde::de::Visitor<'de>
            for __Visitor<'de> {
                type Value = Reexported;
                fn expecting(
                    &self,
                    __formatter: &mut my::runtime::__private::fmt::Formatter<'_>,
                ) -> my::runtime::__private::fmt::Result {
                    my::runtime::__private::fmt::Formatter::write_str(
                        __formatter,
                        "a Reexported object",
                    )
                }
                fn visit_seq<__A>(
                    self,
                    __seq: __A,
                ) -> my::runtime::__private::Result<Self::Value, __A::Error>
                where
                    __A: my::runtime::__private::serde::de::SeqAccess<'de>,
                {
                    if self.human_readable {
                        return my::runtime::__private::Err(
                            my::runtime::__private::de::not_an_object(&self),
                        );
                    }
                    self.visit_map(
                        my::runtime::__private::de::SeqAsMap::new(
                            __seq,
                            &["value"],
                            "a Reexported object",
                        ),
                    )
                }
                #[inline]
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> my::runtime::__private::Result<Self::Value, __A::Error>
                where
                    __A: my::runtime::__private::serde::de::MapAccess<'de>,
                {
                    let mut __field0: my::runtime::__private::Option<i64> = my::runtime::__private::None;
                    while let my::runtime::__private::Some(__key) = match my::runtime::__private::de::next_key(
                        &mut __map,
                        __field_index,
                    ) {
                        my::runtime::__private::Ok(__value) => __value,
                        my::runtime::__private::Err(__error) => {
                            return my::runtime::__private::Err(__error);
                        }
                    } {
                        match __key {
                            0u16 => {
                                match my::runtime::__private::de::field(
                                    &mut __map,
                                    &mut __field0,
                                    "value",
                                ) {
                                    my::runtime::__private::Ok(__value) => __value,
                                    my::runtime::__private::Err(__error) => {
                                        return my::runtime::__private::Err(__error);
                                    }
                                }
                            }
                            _ => {
                                match my::runtime::__private::de::skip(&mut __map) {
                                    my::runtime::__private::Ok(__value) => __value,
                                    my::runtime::__private::Err(__error) => {
                                        return my::runtime::__private::Err(__error);
                                    }
                                }
                            }
                        }
                    }
                    if my::runtime::__private::Option::is_none(&__field0) {
                        return my::runtime::__private::Err(
                            my::runtime::__private::de::missing_field("value"),
                        );
                    }
                    my::runtime::__private::Ok(Reexported {
                        value: match __field0 {
                            my::runtime::__private::Some(__value) => __value,
                            my::runtime::__private::None => {
                                my::runtime::__private::de::checked_before()
                            }
                        },
                    })
                }
            }
            #[inline]
            #[allow(unreachable_patterns)]
            fn __field_index(
                __key: &my::runtime::__private::str,
            ) -> my::runtime::__private::de::Key {
                match __key {
                    "value" => 0u16,
                    _ => my::runtime::__private::de::UNKNOWN_KEY,
                }
            }
            let __human_readable = my::runtime::__private::serde::Deserializer::is_human_readable(
                &__deserializer,
            );
            my::runtime::__private::serde::Deserializer::deserialize_struct(
                __deserializer,
                "Reexported",
                &["value"],
                __Visitor {
                    marker: my::runtime::__private::PhantomData,
                    human_readable: __human_readable,
                },
            )
        }
    }
    #[automatically_derived]
    impl my::runtime::__private::ApiModel for Reexported {
        const NAME: &'static my::runtime::__private::str = "Reexported";
        const DOC: &'static my::runtime::__private::str = "Serde and metadata through another path to the runtime, no builder.";
        const TITLE: my::runtime::__private::Option<
            &'static my::runtime::__private::str,
        > = my::runtime::__private::None;
        const FIELDS: &'static [my::runtime::__private::Field] = &[
            my::runtime::__private::Field::__new(
                "value",
                "value",
                "A value.",
                "i64",
                true,
                false,
                false,
                my::runtime::__private::None,
                <i64 as my::runtime::__private::Describe>::shape,
            ),
        ];
        const VALUES: &'static [my::runtime::__private::EnumValue] = &[];
        const OPEN: my::runtime::__private::bool = false;
    }
    #[automatically_derived]
    impl my::runtime::__private::Describe for Reexported {
        #[inline]
        fn shape() -> my::runtime::__private::Shape {
            my::runtime::__private::Shape::Object {
                name: <Self as my::runtime::__private::ApiModel>::NAME,
                title: <Self as my::runtime::__private::ApiModel>::TITLE,
                doc: <Self as my::runtime::__private::ApiModel>::DOC,
                fields: <Self as my::runtime::__private::ApiModel>::FIELDS,
            }
        }
    }
    my::runtime::__private::schema_crate_impls! {
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

Set the fields in any order, each setter once, then call `build()`. It needs `value` to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Other fields not set take their default (`None`, or their `#[api(default)]`).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct StrictBuilder<T, __F0 = ::hcloud_model::__private::builder::Unset>(
    ::hcloud_model::__private::PhantomData<fn() -> (Strict<T>, __F0)>,
    (::hcloud_model::__private::builder::Slot<T>,),
);
const _: () = {
    #[automatically_derived]
    impl<T> ::hcloud_model::__private::serde::Serialize for Strict<T>
    where
        T: Clone + MyWire,
    {
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::hcloud_model::__private::serde::Serializer,
        {
            let __len = 1usize;
            let mut __state = ::hcloud_model::__private::serde::Serializer::serialize_struct(
                __serializer,
                "Strict",
                __len,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::serialize_field(
                &mut __state,
                "value",
                &self.value,
            )?;
            ::hcloud_model::__private::serde::ser::SerializeStruct::end(__state)
        }
    }
    #[automatically_derived]
    impl<'de, T> ::hcloud_model::__private::serde::Deserialize<'de> for Strict<T>
    where
        T: Clone + MyWire,
    {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            struct __Visitor<'de, T>
            where
                T: Clone + MyWire,
            {
                marker: ::hcloud_model::__private::PhantomData<
                    fn() -> (Strict<T>, &'de ()),
                >,
                human_readable: ::hcloud_model::__private::bool,
            }
            impl<'de, T> ::hcloud_model::__private::serde::de::Visitor<'de>
            for __Visitor<'de, T>
            where
                T: Clone + MyWire,
            {
                type Value = Strict<T>;
                fn expecting(
                    &self,
                    __formatter: &mut ::hcloud_model::__private::fmt::Formatter<'_>,
                ) -> ::hcloud_model::__private::fmt::Result {
                    ::hcloud_model::__private::fmt::Formatter::write_str(
                        __formatter,
                        "a Strict object",
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
                            &["value"],
                            "a Strict object",
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
                    let mut __field0: ::hcloud_model::__private::Option<T> = ::hcloud_model::__private::None;
                    while let ::hcloud_model::__private::Some(__key) = match ::hcloud_model::__private::de::next_known_key(
                        &mut __map,
                        __field_index,
                        &["value"],
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
                                    "value",
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
                            ::hcloud_model::__private::de::missing_field("value"),
                        );
                    }
                    ::hcloud_model::__private::Ok(Strict {
                        value: match __field0 {
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
                    "value" => 0u16,
                    _ => ::hcloud_model::__private::de::UNKNOWN_KEY,
                }
            }
            let __human_readable = ::hcloud_model::__private::serde::Deserializer::is_human_readable(
                &__deserializer,
            );
            ::hcloud_model::__private::serde::Deserializer::deserialize_struct(
                __deserializer,
                "Strict",
                &["value"],
                __Visitor {
                    marker: ::hcloud_model::__private::PhantomData,
                    human_readable: __human_readable,
                },
            )
        }
    }
    #[automatically_derived]
    impl<T> Strict<T> {
        /// Starts building a [`Strict`]: see [`StrictBuilder`].
        #[inline]
        pub fn builder() -> StrictBuilder<T> {
            StrictBuilder(
                ::hcloud_model::__private::PhantomData,
                (::hcloud_model::__private::builder::Slot::Empty,),
            )
        }
    }
    #[diagnostic::on_unimplemented(
        message = "cannot build `Strict`: the required field `value` is not set",
        label = "`value` is not set",
        note = "set it with `.value(…)` before calling `.build()`"
    )]
    #[allow(non_camel_case_types)]
    #[doc(hidden)]
    pub trait __StrictBuilder_requires_value<
        V,
    >: ::hcloud_model::__private::builder::SetOrEmpty<V, 0> {}
    #[diagnostic::do_not_recommend]
    impl<
        __S: ::hcloud_model::__private::builder::SetOrEmpty<V, 0>,
        V,
    > __StrictBuilder_requires_value<V> for __S {}
    #[automatically_derived]
    impl<T, __F0> StrictBuilder<T, __F0> {
        /// A value.
        #[inline(always)]
        pub fn value(
            self,
            value: impl ::hcloud_model::__private::Into<T>,
        ) -> StrictBuilder<T, ::hcloud_model::__private::builder::Set<T>>
        where
            __F0: ::hcloud_model::__private::builder::NotSet,
        {
            let __value = ::hcloud_model::__private::Into::into(value);
            let mut __values = self.1;
            __values.0 = ::hcloud_model::__private::builder::Slot::Full(__value);
            StrictBuilder(::hcloud_model::__private::PhantomData, __values)
        }
        /// Builds the [`Strict`]. Compiles only once every required field is set; a missing one is named in the error.
        #[inline(always)]
        pub fn build<__S0, __V0>(self) -> Strict<T>
        where
            __F0: ::hcloud_model::__private::builder::Itself<Is = __S0>,
            T: ::hcloud_model::__private::builder::Itself<Is = __V0>,
            __V0: ::hcloud_model::__private::builder::Itself<Is = T>,
            __S0: __StrictBuilder_requires_value<__V0>,
        {
            let __values = self.1;
            Strict {
                value: ::hcloud_model::__private::builder::Itself::itself(
                    <__S0 as ::hcloud_model::__private::builder::SetOrEmpty<
                        __V0,
                        0,
                    >>::value(
                        ::hcloud_model::__private::builder::Slot::map(
                            __values.0,
                            ::hcloud_model::__private::builder::Itself::itself,
                        ),
                    ),
                ),
            }
        }
    }
    #[automatically_derived]
    impl<T> ::hcloud_model::__private::ApiModel for Strict<T>
    where
        T: Clone + MyWire,
    {
        const NAME: &'static ::hcloud_model::__private::str = "Strict";
        const DOC: &'static ::hcloud_model::__private::str = "Strict about keys, with its own bounds.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::None;
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[
            ::hcloud_model::__private::Field::__new(
                "value",
                "value",
                "A value.",
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
    impl<T> ::hcloud_model::__private::Describe for Strict<T>
    where
        T: Clone + MyWire,
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
        [< T >] Strict < T > [where T : Clone + MyWire]
    }
};
