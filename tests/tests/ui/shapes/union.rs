use hcloud_model::ApiModel;

/// Not a JSON shape.
#[derive(ApiModel)]
union Bits {
    /// As integer.
    int: u32,
    /// As float.
    float: f32,
}

fn main() {}
