use hcloud_model::CreatedFrom;

fn main() {
    // A number field takes the number type itself.
    let _ = CreatedFrom::builder().id("one").name("web-1").build();
    // Other fields take anything that converts `Into` their type.
    let _ = CreatedFrom::builder().id(1).name(5).build();
}
