//! The operations called over HTTP with a real client (ureq) against a local server on 127.0.0.1
//! that answers with the spec's own example bodies: list (following the pagination to the last
//! page), get, create, update, delete and an action, each request checked as the server got it.

#[path = "../../../model/examples/http_client/client.rs"]
mod client;
#[path = "../../../model/examples/http_client/local_server.rs"]
mod local_server;

use client::{CallError, agent, call};
use hcloud_model::{CreateImageRequest, CreateServerRequest, UpdateServerRequest, ops};
use hcloud_model_tests::reference_dir_or_skip;
use hcloud_model_tests::spec_bodies::{Synthesis, examples, synthesize};
use local_server::LocalServer;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The spec's first example of an operation's success response, or one made from its
/// field-level examples where it gives none.
fn example(spec: &Value, path: &str, method: &str, status: &str) -> Value {
    let content = &spec["paths"][path][method]["responses"][status]["content"]["application/json"];
    examples(content)
        .into_iter()
        .next()
        .unwrap_or_else(|| synthesize(&content["schema"], Synthesis::AllKeys, 0))
}

#[test]
fn operations_over_http_against_the_spec_examples() {
    let Some(reference) = reference_dir_or_skip("operations_over_http_against_the_spec_examples")
    else {
        return;
    };
    let text = std::fs::read_to_string(reference.join("hetzner-cloud-openapi.json")).unwrap();
    let spec: Value = serde_json::from_str(&text).unwrap();

    let list = example(&spec, "/servers", "get", "200");
    let mut first = list.clone();
    first["meta"]["pagination"] = json!({"page": 1, "per_page": 1, "previous_page": null, "next_page": 2, "last_page": 2, "total_entries": 2});
    let mut last = list.clone();
    last["servers"][0]["id"] = json!(43);
    last["meta"]["pagination"] = json!({"page": 2, "per_page": 1, "previous_page": 1, "next_page": null, "last_page": 2, "total_entries": 2});
    let get = example(&spec, "/servers/{id}", "get", "200");
    let id = get["server"]["id"].as_i64().unwrap();
    let responses = BTreeMap::from([
        (
            "GET /servers?page=1&per_page=1".to_owned(),
            (200, first.to_string()),
        ),
        (
            "GET /servers?page=2&per_page=1".to_owned(),
            (200, last.to_string()),
        ),
        (format!("GET /servers/{id}"), (200, get.to_string())),
        (
            "POST /servers".to_owned(),
            (201, example(&spec, "/servers", "post", "201").to_string()),
        ),
        (
            format!("PUT /servers/{id}"),
            (
                200,
                example(&spec, "/servers/{id}", "put", "200").to_string(),
            ),
        ),
        (
            format!("DELETE /servers/{id}"),
            (
                200,
                example(&spec, "/servers/{id}", "delete", "200").to_string(),
            ),
        ),
        (
            format!("POST /servers/{id}/actions/create_image"),
            (
                201,
                example(&spec, "/servers/{id}/actions/create_image", "post", "201").to_string(),
            ),
        ),
        ("DELETE /images/4711".to_owned(), (204, String::new())),
    ]);
    let server = LocalServer::start(responses).unwrap();
    let (agent, base, token) = (agent(), server.base_url.clone(), "test-token");

    let mut ids = Vec::new();
    let mut page = Some(1);
    while let Some(number) = page {
        let op = ops::ListServers {
            page: Some(number),
            per_page: Some(1),
            ..Default::default()
        };
        let body = call(&agent, &base, token, &op).unwrap();
        ids.extend(body.servers.iter().map(|s| s.id));
        page = body.meta.pagination.next_page;
    }
    assert_eq!(ids, [list["servers"][0]["id"].as_i64().unwrap(), 43]);

    let got = call(&agent, &base, token, &ops::GetServer { id }).unwrap();
    assert_eq!(got.server.id, id);
    let created = call(
        &agent,
        &base,
        token,
        &ops::CreateServer {
            body: CreateServerRequest::builder()
                .name("web-1")
                .server_type("cpx22")
                .image("ubuntu-24.04")
                .build(),
        },
    )
    .unwrap();
    assert_eq!(
        created.server.name,
        example(&spec, "/servers", "post", "201")["server"]["name"]
    );
    let update = UpdateServerRequest::builder().name("renamed").build();
    call(
        &agent,
        &base,
        token,
        &ops::UpdateServer { id, body: update },
    )
    .unwrap();
    let snapshot = CreateImageRequest::builder()
        .description("before upgrade")
        .build();
    let image = call(
        &agent,
        &base,
        token,
        &ops::CreateServerImage { id, body: snapshot },
    )
    .unwrap();
    let image_example = example(&spec, "/servers/{id}/actions/create_image", "post", "201");
    assert_eq!(
        image.image.id,
        image_example["image"]["id"].as_i64().unwrap()
    );
    let deleted = call(&agent, &base, token, &ops::DeleteServer { id }).unwrap();
    let delete_example = example(&spec, "/servers/{id}", "delete", "200");
    assert_eq!(
        deleted.action.id,
        delete_example["action"]["id"].as_i64().unwrap()
    );
    call(&agent, &base, token, &ops::DeleteImage { id: 4711 }).unwrap();
    match call(&agent, &base, token, &ops::GetServer { id: 1 }) {
        Err(CallError::Api(404, body)) => assert_eq!(body.error.code, "not_found"),
        other => panic!("expected the error body, got {other:?}"),
    }

    let received: Vec<(String, String, String)> = server
        .received()
        .into_iter()
        .map(|r| {
            assert_eq!(r.authorization.as_deref(), Some("Bearer test-token"));
            (r.method, r.target, r.body)
        })
        .collect();
    let sent =
        |method: &str, target: String, body: &str| (method.to_owned(), target, body.to_owned());
    assert_eq!(
        received,
        [
            sent("GET", "/servers?page=1&per_page=1".into(), ""),
            sent("GET", "/servers?page=2&per_page=1".into(), ""),
            sent("GET", format!("/servers/{id}"), ""),
            sent(
                "POST",
                "/servers".into(),
                r#"{"name":"web-1","server_type":"cpx22","image":"ubuntu-24.04"}"#
            ),
            sent("PUT", format!("/servers/{id}"), r#"{"name":"renamed"}"#),
            sent(
                "POST",
                format!("/servers/{id}/actions/create_image"),
                r#"{"description":"before upgrade"}"#
            ),
            sent("DELETE", format!("/servers/{id}"), ""),
            sent("DELETE", "/images/4711".into(), ""),
            sent("GET", "/servers/1".into(), ""),
        ]
    );
}

/// The spec's `GET /load_balancers/{id}` example with one target of each kind, each made from its
/// `oneOf` branch's field-level examples.
fn load_balancer_with_every_kind_of_target(spec: &Value) -> Value {
    let mut body = example(spec, "/load_balancers/{id}", "get", "200");
    let schema = &spec["paths"]["/load_balancers/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"]["properties"]["load_balancer"]["properties"]["targets"]["items"];
    let targets: Vec<Value> = (0..3)
        .map(|branch| synthesize(schema, Synthesis::AllKeys, branch))
        .collect();
    body["load_balancer"]["targets"] = json!(targets);
    body
}

#[test]
fn a_load_balancer_with_every_kind_of_target_and_a_zone_with_its_rrsets_over_http() {
    use hcloud_model::{LoadBalancerTarget, Zone};
    let Some(reference) = reference_dir_or_skip(
        "a_load_balancer_with_every_kind_of_target_and_a_zone_with_its_rrsets_over_http",
    ) else {
        return;
    };
    let text = std::fs::read_to_string(reference.join("hetzner-cloud-openapi.json")).unwrap();
    let spec: Value = serde_json::from_str(&text).unwrap();
    let load_balancer = load_balancer_with_every_kind_of_target(&spec);
    let zone = example(&spec, "/zones/{id_or_name}", "get", "200");
    let rrsets = example(&spec, "/zones/{id_or_name}/rrsets", "get", "200");
    let responses = BTreeMap::from([
        (
            "GET /load_balancers/7".to_owned(),
            (200, load_balancer.to_string()),
        ),
        ("GET /zones/example.com".to_owned(), (200, zone.to_string())),
        (
            "GET /zones/example.com/rrsets".to_owned(),
            (200, rrsets.to_string()),
        ),
    ]);
    let server = LocalServer::start(responses).unwrap();
    let (agent, base, token) = (agent(), server.base_url.clone(), "test-token");

    let got = call(&agent, &base, token, &ops::GetLoadBalancer { id: 7 }).unwrap();
    let kinds: Vec<&str> = got
        .load_balancer
        .targets
        .iter()
        .map(|target| match target {
            LoadBalancerTarget::Server(_) => "server",
            LoadBalancerTarget::LabelSelector(_) => "label_selector",
            LoadBalancerTarget::Ip(_) => "ip",
        })
        .collect();
    assert_eq!(kinds, ["server", "label_selector", "ip"]);
    // Written back, each target is its branch again, with its tag.
    assert_eq!(
        serde_json::to_value(&got.load_balancer.targets).unwrap(),
        load_balancer["load_balancer"]["targets"]
    );

    let zone_op = ops::GetZone {
        id_or_name: "example.com".into(),
    };
    let got = call(&agent, &base, token, &zone_op).unwrap();
    let expected_mode = zone["zone"]["mode"].as_str().unwrap();
    let mode = match &got.zone {
        Zone::Primary(_) => "primary",
        Zone::Secondary(_) => "secondary",
    };
    assert_eq!(mode, expected_mode);
    let list = ops::ListZoneRrsets {
        id_or_name: "example.com".into(),
        name: None,
        r#type: Vec::new(),
        label_selector: None,
        sort: Vec::new(),
        page: None,
        per_page: None,
    };
    let got = call(&agent, &base, token, &list).unwrap();
    assert_eq!(got.rrsets.len(), rrsets["rrsets"].as_array().unwrap().len());
    assert!(!got.rrsets.is_empty(), "the spec's example has RRSets");
    let targets: Vec<String> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/load_balancers/7",
            "/zones/example.com",
            "/zones/example.com/rrsets"
        ]
    );
}
