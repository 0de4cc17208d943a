use hcloud_model::CreatedFrom;

fn main() {
    let _ = CreatedFrom::builder().name("web-1").build();
}
