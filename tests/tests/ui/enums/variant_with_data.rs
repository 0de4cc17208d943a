use hcloud_model::ApiModel;

/// A status.
#[derive(ApiModel)]
enum Status {
    /// Running.
    Running,
    /// Failed, with a reason.
    Failed { reason: String },
    /// Paused for a while.
    Paused(u32),
}

fn main() {}
