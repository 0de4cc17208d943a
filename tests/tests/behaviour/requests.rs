//! Request bodies built through their builders: the JSON says what was set and nothing else.

use hcloud_model::{
    CreateImageRequest, CreateImageType, CreateServerFirewall, CreateServerPublicNet,
    CreateServerRequest, Labels, UpdateImageRequest, UpdateImageType, UpdateServerRequest,
};
use serde_json::json;

#[test]
fn a_minimal_create_server_request_has_only_the_required_keys() {
    let request = CreateServerRequest::builder()
        .name("web-1")
        .server_type("cpx22")
        .image("ubuntu-24.04")
        .build();
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"name": "web-1", "server_type": "cpx22", "image": "ubuntu-24.04"})
    );
}

#[test]
fn a_full_create_server_request_writes_what_was_set() {
    let request = CreateServerRequest::builder()
        .image("ubuntu-24.04")
        .location("fsn1")
        .name("web-1")
        .server_type("cpx22")
        .start_after_create(false)
        .ssh_keys(vec!["laptop".to_owned(), "2323".to_owned()])
        .firewalls(vec![CreateServerFirewall::builder().firewall(38).build()])
        .labels(Labels::from([("env".to_owned(), "prod".to_owned())]))
        .public_net(
            CreateServerPublicNet::builder()
                .enable_ipv6(false)
                .ipv4(4711)
                .ipv6_null()
                .build(),
        )
        .build();
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({
            "name": "web-1", "location": "fsn1", "server_type": "cpx22",
            "start_after_create": false, "image": "ubuntu-24.04",
            "ssh_keys": ["laptop", "2323"], "firewalls": [{"firewall": 38}],
            "labels": {"env": "prod"},
            "public_net": {"enable_ipv6": false, "ipv4": 4711, "ipv6": null}
        })
    );
}

#[test]
fn update_requests_leave_out_what_stays_unchanged() {
    let rename = UpdateServerRequest::builder().name("web-2").build();
    assert_eq!(
        serde_json::to_string(&rename).unwrap(),
        r#"{"name":"web-2"}"#
    );
    let nothing = UpdateServerRequest::builder().build();
    assert_eq!(serde_json::to_string(&nothing).unwrap(), "{}");

    let convert = UpdateImageRequest::builder()
        .r#type(UpdateImageType::Snapshot)
        .build();
    assert_eq!(
        serde_json::to_string(&convert).unwrap(),
        r#"{"type":"snapshot"}"#
    );
    let relabel = UpdateImageRequest::builder()
        .description("golden image")
        .labels(Labels::new())
        .build();
    assert_eq!(
        serde_json::to_value(&relabel).unwrap(),
        json!({"description": "golden image", "labels": {}})
    );
}

#[test]
fn create_image_requests_take_only_the_types_the_api_creates() {
    let backup = CreateImageRequest::builder()
        .r#type(CreateImageType::Backup)
        .description("before upgrade")
        .build();
    assert_eq!(
        serde_json::to_value(&backup).unwrap(),
        json!({"description": "before upgrade", "type": "backup"})
    );
    assert_eq!(
        serde_json::to_string(&CreateImageRequest::builder().build()).unwrap(),
        "{}"
    );
    // Request enums are closed: a value the API does not create is an error, not a catch-all.
    assert!("system".parse::<CreateImageType>().is_err());
    assert!("backup".parse::<UpdateImageType>().is_err());
}
