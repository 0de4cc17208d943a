use hcloud_model::CreatedFrom;

fn main() {
    let _ = CreatedFrom::builder().id(1).name("web-1").id(2).build();
}
