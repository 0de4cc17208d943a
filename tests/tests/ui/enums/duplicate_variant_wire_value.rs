use hcloud_model::ApiModel;

/// An architecture.
#[derive(ApiModel)]
enum Architecture {
    /// x86.
    X86,
    /// Also x86, by a rename.
    #[api(rename = "x86")]
    Amd64,
}

fn main() {}
