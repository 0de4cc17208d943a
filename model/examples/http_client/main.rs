//! The operations layer end to end: list Servers following the pagination to the last page, get
//! one, create one, rename it, snapshot it, delete it and delete an Image, each through
//! `hcloud_model::ops` and a plain HTTP client, against a local stand-in for the API on 127.0.0.1
//! that answers with bodies bundled here (the real API is `https://api.hetzner.cloud/v1`).
//!
//! ```sh
//! cargo run --example http_client
//! ```

mod client;
mod local_server;

use client::{agent, call};
use hcloud_model::{
    CreateImageRequest, CreateImageType, CreateServerRequest, UpdateServerRequest, ops,
};
use local_server::LocalServer;
use serde_json::{Value, json};
use std::collections::BTreeMap;

const BUNDLED_SERVER: &str = include_str!("../data/get_server.json");
const TOKEN: &str = "example-token";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = LocalServer::start(bundled_responses())?;
    let (agent, base) = (agent(), server.base_url.as_str());
    println!("API stand-in at {base}, `Authorization: Bearer {TOKEN}`");

    let mut page = Some(1);
    while let Some(number) = page {
        let list = ops::ListServers {
            page: Some(number),
            per_page: Some(1),
            ..Default::default()
        };
        let body = call(&agent, base, TOKEN, &list)?;
        for server in &body.servers {
            println!(
                "page {number}: server {} {:?} ({})",
                server.id, server.name, server.status
            );
        }
        page = body.meta.pagination.next_page;
    }

    let got = call(&agent, base, TOKEN, &ops::GetServer { id: 42 })?;
    println!("got {} in {}", got.server.name, got.server.location.name);

    let create = ops::CreateServer {
        body: CreateServerRequest::builder()
            .name("web-2")
            .server_type("cpx22")
            .image("ubuntu-24.04")
            .build(),
    };
    let created = call(&agent, base, TOKEN, &create)?;
    println!(
        "created {}: action {} is {}",
        created.server.name, created.action.id, created.action.status
    );

    let rename = ops::UpdateServer {
        id: 42,
        body: UpdateServerRequest::builder().name("web-1-renamed").build(),
    };
    println!(
        "renamed to {}",
        call(&agent, base, TOKEN, &rename)?.server.name
    );

    let snapshot = ops::CreateServerImage {
        id: 42,
        body: CreateImageRequest::builder()
            .r#type(CreateImageType::Snapshot)
            .build(),
    };
    let image = call(&agent, base, TOKEN, &snapshot)?;
    println!(
        "snapshot {} by action {}",
        image.image.id, image.action.command
    );

    let deleted = call(&agent, base, TOKEN, &ops::DeleteServer { id: 42 })?;
    println!("deleting the server: action {}", deleted.action.command);
    call(&agent, base, TOKEN, &ops::DeleteImage { id: 4711 })?;
    println!("deleted image 4711 (204 No Content)");

    match call(&agent, base, TOKEN, &ops::GetServer { id: 7 }) {
        Err(error) => println!("server 7: {error}"),
        Ok(_) => return Err("server 7 should not exist".into()),
    }
    let bearer = format!("Bearer {TOKEN}");
    for request in server.received() {
        if request.authorization.as_deref() != Some(bearer.as_str()) {
            return Err(format!(
                "{} {} went out without the bearer token",
                request.method, request.target
            )
            .into());
        }
        let sent = if request.body.is_empty() {
            String::new()
        } else {
            format!(" with {} bytes of JSON", request.body.len())
        };
        println!("sent {} {}{sent}", request.method, request.target);
    }

    Ok(())
}

/// The answers of the stand-in, made from the bundled `GET /servers/{id}` body.
fn bundled_responses() -> BTreeMap<String, (u16, String)> {
    let server: Value =
        serde_json::from_str::<Value>(BUNDLED_SERVER).expect("bundled JSON")["server"].clone();
    let mut second = server.clone();
    second["id"] = json!(43);
    second["name"] = json!("web-2");
    let page = |servers: Value, page: i64, next: Value, previous: Value| {
        json!({"servers": servers, "meta": {"pagination": {
            "page": page, "per_page": 1, "previous_page": previous, "next_page": next,
            "last_page": 2, "total_entries": 2}}})
        .to_string()
    };
    let action = |command: &str| {
        json!({"id": 13, "command": command, "status": "running", "progress": 0,
               "started": "2026-11-29T10:00:00Z", "finished": null, "error": null,
               "resources": [{"id": 42, "type": "server"}]})
    };
    let mut renamed = server.clone();
    renamed["name"] = json!("web-1-renamed");
    let mut image: Value =
        serde_json::from_str(include_str!("../data/get_images.json")).expect("bundled JSON");
    let image = image["images"][0].take();
    BTreeMap::from([
        (
            "GET /servers?page=1&per_page=1".to_owned(),
            (200, page(json!([server]), 1, json!(2), Value::Null)),
        ),
        (
            "GET /servers?page=2&per_page=1".to_owned(),
            (200, page(json!([second]), 2, Value::Null, json!(1))),
        ),
        (
            "GET /servers/42".to_owned(),
            (200, json!({"server": server}).to_string()),
        ),
        (
            "POST /servers".to_owned(),
            (
                201,
                json!({"server": second, "action": action("create_server"),
            "next_actions": [action("start_server")], "root_password": "secret"})
                .to_string(),
            ),
        ),
        (
            "PUT /servers/42".to_owned(),
            (200, json!({"server": renamed}).to_string()),
        ),
        (
            "POST /servers/42/actions/create_image".to_owned(),
            (
                201,
                json!({"image": image, "action": action("create_image")}).to_string(),
            ),
        ),
        (
            "DELETE /servers/42".to_owned(),
            (200, json!({"action": action("delete_server")}).to_string()),
        ),
        ("DELETE /images/4711".to_owned(), (204, String::new())),
    ])
}
