use hcloud_model::ApiModel;

#[derive(ApiModel)]
enum Architecture {
    X86,
    /// Documented.
    Arm,
    #[doc = ""]
    Mips,
}

fn main() {}
