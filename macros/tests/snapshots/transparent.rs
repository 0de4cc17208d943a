// ---- model ----
/// An image id, on the wire as the number itself.
#[api(transparent)]
pub struct ImageId(pub i64);

// ---- expansion ----
const _: () = {
    use ::hcloud_model::__private as __rt;
    #[automatically_derived]
    impl __rt::serde::Serialize for ImageId {
        #[inline]
        fn serialize<__S>(&self, __serializer: __S) -> __rt::Result<__S::Ok, __S::Error>
        where
            __S: __rt::serde::Serializer,
        {
            __rt::serde::Serialize::serialize(&self.0, __serializer)
        }
    }
    #[automatically_derived]
    impl<'de> __rt::serde::Deserialize<'de> for ImageId {
        #[inline]
        fn deserialize<__D>(__deserializer: __D) -> __rt::Result<Self, __D::Error>
        where
            __D: __rt::serde::Deserializer<'de>,
        {
            __rt::Result::map(
                <i64 as __rt::serde::Deserialize<'de>>::deserialize(__deserializer),
                |__value| ImageId { 0: __value },
            )
        }
    }
    #[automatically_derived]
    impl __rt::From<i64> for ImageId {
        #[inline]
        fn from(__value: i64) -> Self {
            ImageId { 0: __value }
        }
    }
    #[automatically_derived]
    impl __rt::From<ImageId> for i64 {
        #[inline]
        fn from(__value: ImageId) -> Self {
            __value.0
        }
    }
    #[automatically_derived]
    impl __rt::ApiModel for ImageId {
        const NAME: &'static __rt::str = "ImageId";
        const DOC: &'static __rt::str = "An image id, on the wire as the number itself.";
    }
    #[automatically_derived]
    impl __rt::Describe for ImageId {
        #[inline]
        fn shape() -> __rt::Shape {
            <i64 as __rt::Describe>::shape()
        }
    }
    __rt::schema_crate_impls! {
        [] ImageId[]
    }
};
