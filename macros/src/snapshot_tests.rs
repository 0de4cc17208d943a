//! Expansion snapshots: the code the derive generates for representative models, pretty-printed
//! and pinned in `macros/tests/snapshots/`, so a change to a generator is reviewed as a diff of
//! the code users get. After a deliberate change, rewrite them with
//! `UPDATE_EXPECT=1 cargo test -p hcloud-model-macros --lib snapshot` and read the diff.

use crate::expand::{Capabilities, derive_with};
use expect_test::{ExpectFile, expect_file};
use proc_macro2::TokenStream;
use quote::quote;

/// Each model followed by its expansion, pretty-printed, as one file's text.
fn expand_all(models: &[TokenStream]) -> String {
    models
        .iter()
        .map(|model| {
            let expansion = derive_with(
                model.clone(),
                Capabilities {
                    schema_crates: true,
                },
            );
            assert!(
                !expansion.to_string().contains("compile_error"),
                "a snapshot model must be valid:\n{}",
                pretty(&expansion)
            );
            format!(
                "// ---- model ----\n{}\n// ---- expansion ----\n{}",
                pretty(model),
                pretty(&expansion)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn pretty(tokens: &TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens.clone())
        .unwrap_or_else(|error| panic!("not a sequence of items: {error}\n{tokens}"));
    prettyplease::unparse(&file)
}

fn check(models: &[TokenStream], snapshot: ExpectFile) {
    snapshot.assert_eq(&expand_all(models));
}

#[test]
fn snapshot_every_field_kind() {
    let model = quote! {
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
    };
    check(
        &[model],
        expect_file!["../tests/snapshots/every_field_kind.rs"],
    );
}

#[test]
fn snapshot_open_enum() {
    let model = quote! {
        /// A server's status.
        #[api(rename_all = "snake_case")]
        pub enum ServerStatus {
            /// Running.
            Running,
            /// Off, sent as `off`.
            #[api(rename = "off")]
            PoweredOff,
            /// Being started.
            StartingUp,
            /// A status the API added later.
            #[api(other)]
            Other(String),
        }
    };
    check(&[model], expect_file!["../tests/snapshots/open_enum.rs"]);
}

#[test]
fn snapshot_generic_borrowed() {
    let model = quote! {
        /// A page read without copying its text.
        pub struct Page<'a, T> {
            /// The cursor, borrowed from the input.
            pub cursor: &'a str,
            /// A note, borrowed when it has no escapes.
            pub note: std::borrow::Cow<'a, str>,
            /// The item.
            pub item: T,
        }
    };
    check(
        &[model],
        expect_file!["../tests/snapshots/generic_borrowed.rs"],
    );
}

#[test]
fn snapshot_with_fields() {
    let model = quote! {
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
    };
    check(&[model], expect_file!["../tests/snapshots/with_fields.rs"]);
}

#[test]
fn snapshot_transparent() {
    let model = quote! {
        /// An image id, on the wire as the number itself.
        #[api(transparent)]
        pub struct ImageId(pub i64);
    };
    check(&[model], expect_file!["../tests/snapshots/transparent.rs"]);
}

#[test]
fn snapshot_opt_outs() {
    let models = [
        quote! {
            /// Metadata and a builder, no serde.
            #[api(serde = false)]
            pub struct Local {
                /// A value.
                pub value: i64,
            }
        },
        quote! {
            /// Serde and metadata through another path to the runtime, no builder.
            #[api(builder = false, crate = "my::runtime")]
            pub struct Reexported {
                /// A value.
                pub value: i64,
            }
        },
        quote! {
            /// Strict about keys, with its own bounds.
            #[api(deny_unknown_fields, bound = "T: Clone + MyWire")]
            pub struct Strict<T> {
                /// A value.
                pub value: T,
            }
        },
    ];
    check(&models, expect_file!["../tests/snapshots/opt_outs.rs"]);
}

#[test]
fn snapshot_unions() {
    let tagged = quote! {
        /// A load balancer target.
        #[api(tag = "type")]
        pub enum Target {
            /// One server.
            Server(ServerTarget),
            /// Servers chosen by a label selector.
            LabelSelector(LabelSelectorTarget),
            /// Any other target, kept whole.
            #[api(other)]
            Other(serde_json::Value),
        }
    };
    let untagged = quote! {
        /// A location given by ID or by name.
        #[api(untagged)]
        pub enum IdOrName {
            /// By ID.
            Id(i64),
            /// By name.
            Name(String),
        }
    };
    check(
        &[tagged, untagged],
        expect_file!["../tests/snapshots/unions.rs"],
    );
}
