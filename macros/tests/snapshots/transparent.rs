// ---- model ----
/// An image id, on the wire as the number itself.
#[api(transparent)]
pub struct ImageId(pub i64);

// ---- expansion ----
const _: () = {
    #[automatically_derived]
    impl ::hcloud_model::__private::serde::Serialize for ImageId {
        #[inline]
        fn serialize<__S>(
            &self,
            __serializer: __S,
        ) -> ::hcloud_model::__private::Result<__S::Ok, __S::Error>
        where
            __S: ::hcloud_model::__private::serde::Serializer,
        {
            ::hcloud_model::__private::serde::Serialize::serialize(&self.0, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> ::hcloud_model::__private::serde::Deserialize<'de> for ImageId {
        #[inline]
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::hcloud_model::__private::Result<Self, __D::Error>
        where
            __D: ::hcloud_model::__private::serde::Deserializer<'de>,
        {
            ::hcloud_model::__private::Result::map(
                <i64 as ::hcloud_model::__private::serde::Deserialize<
                    'de,
                >>::deserialize(__deserializer),
                |__value| ImageId { 0: __value },
            )
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::From<i64> for ImageId {
        #[inline]
        fn from(__value: i64) -> Self {
            ImageId { 0: __value }
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::From<ImageId> for i64 {
        #[inline]
        fn from(__value: ImageId) -> Self {
            __value.0
        }
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::ApiModel for ImageId {
        const NAME: &'static ::hcloud_model::__private::str = "ImageId";
        const DOC: &'static ::hcloud_model::__private::str = "An image id, on the wire as the number itself.";
        const TITLE: ::hcloud_model::__private::Option<
            &'static ::hcloud_model::__private::str,
        > = ::hcloud_model::__private::None;
        const FIELDS: &'static [::hcloud_model::__private::Field] = &[];
        const VALUES: &'static [::hcloud_model::__private::EnumValue] = &[];
        const OPEN: ::hcloud_model::__private::bool = false;
    }
    #[automatically_derived]
    impl ::hcloud_model::__private::Describe for ImageId {
        #[inline]
        fn shape() -> ::hcloud_model::__private::Shape {
            <i64 as ::hcloud_model::__private::Describe>::shape()
        }
    }
    ::hcloud_model::__private::schema_crate_impls! {
        [] ImageId[]
    }
};
