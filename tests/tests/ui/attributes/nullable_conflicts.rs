use hcloud_model::{ApiModel, Patch};

type Maybe<T> = Option<T>;

/// A volume.
#[derive(ApiModel)]
struct Volume {
    /// Its format.
    #[api(nullable, optional)]
    format: Maybe<String>,
    /// Its size.
    #[api(nullable, default)]
    size: Maybe<u32>,
    /// A local note.
    #[api(nullable, skip)]
    note: Maybe<String>,
    /// Its new name.
    #[api(nullable)]
    name: Patch<String>,
}

fn main() {}
