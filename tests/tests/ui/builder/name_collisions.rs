use hcloud_model::ApiModel;

/// A CI job.
#[derive(ApiModel)]
struct Job {
    /// The build number.
    build: u32,
    /// The runner, if any.
    runner: Option<String>,
    /// Whether the runner may be replaced.
    maybe_runner: bool,
}

fn main() {}
