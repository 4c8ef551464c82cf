//! Starts the real example backend on a loopback port and reads its face-login flag.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The example backend, killed when dropped.
struct Backend {
    child: Child,
    addr: String,
}

impl Backend {
    fn start(declaration: &Path) -> Backend {
        let mut child = Command::new(env!("CARGO_BIN_EXE_frt-example-app-backend"))
            .arg("--declaration")
            .arg(declaration)
            .args(["--listen", "127.0.0.1:0"])
            // Compile the rules once for all the tests of this run.
            .env(
                "FRT_CACHE_DIR",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("frt-cache"),
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the example starts");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout is piped");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the example prints its address");
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        Backend { child, addr }
    }

    /// Sends a request and returns the status code and the JSON body.
    fn request(&self, method: &str, path: &str) -> (u16, serde_json::Value) {
        let mut stream = TcpStream::connect(&self.addr).expect("the example accepts connections");
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nhost: {}\r\ncontent-length: 0\r\n\r\n",
            self.addr
        )
        .expect("the request is sent");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("a response");
        let status = response[9..12].parse().expect("a status code");
        let body = response.split_once("\r\n\r\n").expect("a body").1;
        (status, serde_json::from_str(body).expect("a JSON body"))
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn declaration(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("declarations")
        .join(name)
}

#[test]
fn a_compliant_declaration_turns_face_login_on_and_a_recheck_turns_it_off() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("declaration.yaml");
    std::fs::copy(declaration("face-login-compliant.yaml"), &path).expect("copied");
    let backend = Backend::start(&path);

    let (status, flags) = backend.request("GET", "/flags");
    assert_eq!(status, 200);
    assert_eq!(flags["face_login"], true, "{flags}");
    assert_eq!(flags["verdict"], "compliant");
    assert_eq!(backend.request("POST", "/login/face").0, 200);

    // The product team removes the password and SMS login: the declaration is updated, and
    // the backend re-checks it on demand.
    std::fs::copy(declaration("face-login-only.yaml"), &path).expect("copied");
    let (status, flags) = backend.request("POST", "/flags/recheck");
    assert_eq!(status, 200);
    assert_eq!(flags["face_login"], false, "{flags}");
    assert_eq!(flags["verdict"], "non_compliant");
    assert_eq!(
        flags["reason"],
        "the declaration is non-compliant: 3 violation(s), 0 rule error(s)"
    );
    let (status, body) = backend.request("POST", "/login/face");
    assert_eq!(status, 403);
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .starts_with("face login is disabled: "),
        "{body}"
    );
}

#[test]
fn a_non_compliant_declaration_keeps_face_login_off_from_the_start() {
    let backend = Backend::start(&declaration("face-login-only.yaml"));
    let (_, flags) = backend.request("GET", "/flags");
    assert_eq!(flags["face_login"], false, "{flags}");
    assert_eq!(flags["verdict"], "non_compliant");
}

#[test]
fn needs_review_keeps_face_login_off_until_a_reviewer_decides() {
    let backend = Backend::start(&declaration("face-login-pre-ticked.yaml"));
    let (_, flags) = backend.request("GET", "/flags");
    assert_eq!(flags["face_login"], false, "{flags}");
    assert_eq!(flags["verdict"], "needs_review");
    assert_eq!(
        flags["reason"],
        "1 finding(s) need a reviewer's decision; face login stays off until they are settled"
    );
}

#[test]
fn an_invalid_declaration_keeps_face_login_off_and_names_the_field() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("declaration.yaml");
    let source = std::fs::read_to_string(declaration("face-login-compliant.yaml")).unwrap();
    std::fs::write(&path, source.replace("venue: online", "venue: onlin")).unwrap();
    let backend = Backend::start(&path);
    let (_, flags) = backend.request("GET", "/flags");
    assert_eq!(flags["face_login"], false, "{flags}");
    assert_eq!(flags["verdict"], serde_json::Value::Null);
    let reason = flags["reason"].as_str().unwrap();
    assert!(
        reason.contains("`/siting/venue`: unknown value `onlin`"),
        "{reason}"
    );
}
