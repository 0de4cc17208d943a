use hcloud_model::ApiModel;

/// Generic over what it holds: required unless the model is built with a collection.
#[derive(ApiModel, Debug)]
struct Holder<T> {
    /// What it holds.
    held: T,
}

fn main() {
    let _ = Holder::<Vec<u8>>::builder().build();
    let _ = Holder::<u8>::builder().build();
}
