//! A tiny HTTP/1.1 server on 127.0.0.1 that answers each request from a table of canned
//! responses and records what it was sent: a stand-in for the API in the `http_client` example
//! and in the tests. It serves one connection at a time and stops when dropped.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// One request as the server received it.
#[derive(Clone, Debug)]
pub(crate) struct Received {
    /// `GET`, `POST`, …
    pub(crate) method: String,
    /// The path and query, as sent.
    pub(crate) target: String,
    /// The `Authorization` header.
    pub(crate) authorization: Option<String>,
    /// The body.
    pub(crate) body: String,
}

/// The server: its base URL, and the requests it received so far.
pub(crate) struct LocalServer {
    /// `http://127.0.0.1:PORT`
    pub(crate) base_url: String,
    received: Arc<Mutex<Vec<Received>>>,
    stop: Arc<Mutex<bool>>,
    thread: Option<JoinHandle<()>>,
}

impl LocalServer {
    /// Starts serving `responses`: for `"GET /servers?page=2"` (method, path and query as sent,
    /// or without the query when that is not in the table) the status and body to answer.
    pub(crate) fn start(
        responses: BTreeMap<String, (u16, String)>,
    ) -> std::io::Result<LocalServer> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let base_url = format!("http://{}", listener.local_addr()?);
        let received = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(Mutex::new(false));
        let thread = {
            let (received, stop) = (Arc::clone(&received), Arc::clone(&stop));
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if *stop.lock().unwrap() {
                        break;
                    }
                    if let Ok(stream) = stream {
                        let _ = serve(stream, &responses, &received);
                    }
                }
            })
        };
        Ok(LocalServer {
            base_url,
            received,
            stop,
            thread: Some(thread),
        })
    }

    /// The requests received so far, in order.
    pub(crate) fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

impl Drop for LocalServer {
    fn drop(&mut self) {
        *self.stop.lock().unwrap() = true;
        // Wakes the accepting thread so it sees the flag.
        let _ = TcpStream::connect(self.base_url.trim_start_matches("http://"));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(
    stream: TcpStream,
    responses: &BTreeMap<String, (u16, String)>,
    received: &Mutex<Vec<Received>>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let (method, target) = (
        parts.next().unwrap_or_default().to_owned(),
        parts.next().unwrap_or_default().to_owned(),
    );
    let (mut length, mut authorization) = (0, None);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse().unwrap_or(0),
                "authorization" => authorization = Some(value.trim().to_owned()),
                _ => {}
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let path = target.split('?').next().unwrap_or_default();
    let (status, answer) = responses
        .get(&format!("{method} {target}"))
        .or_else(|| responses.get(&format!("{method} {path}")))
        .cloned()
        .unwrap_or((
            404,
            r#"{"error":{"code":"not_found","message":"no such route","details":null}}"#.to_owned(),
        ));
    received.lock().unwrap().push(Received {
        method,
        target,
        authorization,
        body: String::from_utf8_lossy(&body).into_owned(),
    });
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
        answer.len()
    )?;
    stream.flush()
}
