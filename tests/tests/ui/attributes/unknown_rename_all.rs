use hcloud_model::ApiModel;

/// An architecture.
#[derive(ApiModel)]
#[api(rename_all = "snake")]
enum Architecture {
    /// x86.
    X86,
}

fn main() {}
