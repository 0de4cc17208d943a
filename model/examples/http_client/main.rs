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
    CreateImageRequest, CreateImageType, CreateServerRequest, LoadBalancerTarget,
    UpdateServerRequest, Zone, ops,
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

    let balancer = call(&agent, base, TOKEN, &ops::GetLoadBalancer { id: 5 })?;
    for target in &balancer.load_balancer.targets {
        let described = match target {
            LoadBalancerTarget::Server(server) => format!("server {}", server.server.id),
            LoadBalancerTarget::LabelSelector(selector) => {
                format!("label selector `{}`", selector.label_selector.selector)
            }
            LoadBalancerTarget::Ip(ip) => format!("ip {}", ip.ip.ip),
        };
        println!(
            "load balancer {} targets {described}",
            balancer.load_balancer.name
        );
    }

    let zone = call(
        &agent,
        base,
        TOKEN,
        &ops::GetZone {
            id_or_name: "example.com".into(),
        },
    )?;
    let (Zone::Primary(properties) | Zone::Secondary(properties)) = &zone.zone;
    let rrsets = ops::ListZoneRrsets {
        id_or_name: properties.name.clone(),
        name: None,
        r#type: Vec::new(),
        label_selector: None,
        sort: Vec::new(),
        page: None,
        per_page: None,
    };
    for rrset in call(&agent, base, TOKEN, &rrsets)?.rrsets {
        let values: Vec<&str> = rrset.records.iter().map(|r| r.value.as_str()).collect();
        println!(
            "zone {}: {} {} {}",
            properties.name,
            rrset.name,
            rrset.r#type,
            values.join(" ")
        );
    }

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

/// The answers of the stand-in, made from the bundled `GET /servers/{id}` body and the bodies below.
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
        (
            "GET /load_balancers/5".to_owned(),
            (200, load_balancer(&server).to_string()),
        ),
        (
            "GET /zones/example.com".to_owned(),
            (200, zone().to_string()),
        ),
        (
            "GET /zones/example.com/rrsets".to_owned(),
            (200, rrsets().to_string()),
        ),
    ])
}

/// A load balancer with a target of each kind, in the bundled server's location.
fn load_balancer(server: &Value) -> Value {
    let health = json!([{"listen_port": 443, "status": "healthy"}]);
    let targets = json!([
        {"type": "server", "server": {"id": 42, "ip": "203.0.113.10"}, "health_status": health, "use_private_ip": false},
        {"type": "label_selector", "label_selector": {"selector": "role=web"}, "use_private_ip": true,
         "targets": [{"type": "server", "server": {"id": 43, "ip": "10.0.0.3"}, "health_status": health, "use_private_ip": true}]},
        {"type": "ip", "ip": {"ip": "198.51.100.7"}, "health_status": health}
    ]);
    json!({"load_balancer": {
        "id": 5, "name": "web-lb", "created": "2026-11-29T10:00:00Z", "labels": {},
        "public_net": {"enabled": true, "ipv4": {"ip": "203.0.113.1", "dns_ptr": "lb.example.com"},
                       "ipv6": {"ip": "2001:db8::1", "dns_ptr": "lb.example.com"}},
        "private_net": [], "location": server["location"], "protection": {"delete": false},
        "load_balancer_type": {"id": 1, "name": "lb11", "description": "LB11", "max_connections": 20000,
            "max_services": 5, "max_targets": 25, "max_assigned_certificates": 10,
            "deprecated": null, "deprecation": null, "prices": server["server_type"]["prices"]},
        "services": [{"protocol": "tcp", "listen_port": 443, "destination_port": 443, "proxyprotocol": false,
            "health_check": {"protocol": "tcp", "port": 443, "interval": 15, "timeout": 10, "retries": 3}}],
        "targets": targets, "algorithm": {"type": "round_robin"},
        "outgoing_traffic": null, "ingoing_traffic": null, "included_traffic": 654_321
    }})
}

/// A primary zone.
fn zone() -> Value {
    json!({"zone": {
        "id": 9, "name": "example.com", "mode": "primary", "created": "2026-11-29T10:00:00Z",
        "labels": {}, "protection": {"delete": false}, "ttl": 3600, "status": "ok", "record_count": 2,
        "authoritative_nameservers": {"assigned": ["hydrogen.ns.hetzner.com."], "delegated": [],
            "delegation_last_check": null, "delegation_status": null},
        "registrar": "other"
    }})
}

/// The zone's RRSets: its apex's address and its mail exchanger.
fn rrsets() -> Value {
    let rrset = |name: &str, kind: &str, value: &str| {
        json!({
            "id": format!("{name}/{kind}"), "name": name, "type": kind, "ttl": null, "labels": {},
            "protection": {"change": false}, "records": [{"value": value}], "zone": 9
        })
    };
    json!({"rrsets": [rrset("@", "A", "203.0.113.1"), rrset("@", "MX", "10 mail.example.com.")],
           "meta": {"pagination": {"page": 1, "per_page": 25, "previous_page": null, "next_page": null,
                                   "last_page": 1, "total_entries": 2}}})
}
