//! An app backend that gates its face-login feature on the frt report of its own deployment
//! declaration: checked at start-up and again on `POST /flags/recheck`.
//!
//! ```text
//! frt-example-app-backend --declaration FILE [--listen ADDR] [--rules DIR]
//! ```
//!
//! - `GET /flags`: `{"face_login": bool, "verdict": ..., "reason": ...}`
//! - `POST /flags/recheck`: re-reads and re-checks the declaration, answers the new flags
//! - `POST /login/face`: `200` when face login is on, `403` with the reason when it is off

mod flag;
mod http;

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use anyhow::{Context, bail};
use frt_runtime::{Limits, RulePack, Runtime};

use crate::flag::FaceLogin;

#[derive(Debug)]
struct Args {
    declaration: PathBuf,
    listen: String,
    rules: Option<PathBuf>,
}

fn parse_args() -> anyhow::Result<Args> {
    let mut declaration = None;
    let mut listen = "127.0.0.1:8080".to_owned();
    let mut rules = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .with_context(|| format!("`{arg}` needs a value"))
        };
        match arg.as_str() {
            "--declaration" => declaration = Some(PathBuf::from(value()?)),
            "--listen" => listen = value()?,
            "--rules" => rules = Some(PathBuf::from(value()?)),
            other => bail!(
                "unknown argument `{other}`\nusage: frt-example-app-backend --declaration FILE [--listen ADDR] [--rules DIR]"
            ),
        }
    }
    let declaration = declaration.context("`--declaration FILE` is required")?;
    Ok(Args {
        declaration,
        listen,
        rules,
    })
}

/// The rules, compiled once: `$FRT_CACHE_DIR` keeps them between starts.
fn load_rules(rules: Option<&std::path::Path>) -> anyhow::Result<RulePack> {
    let runtime = match std::env::var_os("FRT_CACHE_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => Runtime::with_cache(Limits::default(), std::path::Path::new(&dir))?,
        None => Runtime::with_limits(Limits::default())?,
    };
    Ok(match rules {
        Some(dir) => runtime
            .load_dir(dir)
            .with_context(|| format!("cannot load rules from `{}`", dir.display()))?,
        None => runtime.national_pack()?,
    })
}

struct App {
    pack: RulePack,
    declaration: PathBuf,
    face_login: RwLock<FaceLogin>,
}

impl App {
    fn recheck(&self) -> FaceLogin {
        let decided = flag::decide(&self.pack, &self.declaration);
        log(&decided);
        *self.face_login.write().unwrap_or_else(|e| e.into_inner()) = decided.clone();
        decided
    }

    fn current(&self) -> FaceLogin {
        self.face_login
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

fn log(flag: &FaceLogin) {
    let state = if flag.enabled { "on" } else { "off" };
    eprintln!("face_login {state}: {}", flag.reason);
}

fn serve(app: &App, stream: &TcpStream) -> std::io::Result<()> {
    let request = http::read_request(stream)?;
    match (request.method.as_str(), request.path.as_str()) {
        ("GET", "/flags") => http::respond(stream, "200 OK", &app.current().to_json()),
        ("POST", "/flags/recheck") => http::respond(stream, "200 OK", &app.recheck().to_json()),
        ("POST", "/login/face") => {
            let flag = app.current();
            if flag.enabled {
                http::respond(
                    stream,
                    "200 OK",
                    "{\"login\":\"face verification started\"}\n",
                )
            } else {
                let body = serde_json::json!({ "error": format!("face login is disabled: {}", flag.reason) });
                http::respond(stream, "403 Forbidden", &format!("{body}\n"))
            }
        }
        _ => http::respond(stream, "404 Not Found", "{\"error\":\"no such route\"}\n"),
    }
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<()> {
    let args = parse_args()?;
    let pack = load_rules(args.rules.as_deref())?;
    let listener = TcpListener::bind(&args.listen)
        .with_context(|| format!("cannot listen on `{}`", args.listen))?;
    let initial = flag::decide(&pack, &args.declaration);
    log(&initial);
    let app = Arc::new(App {
        pack,
        declaration: args.declaration,
        face_login: RwLock::new(initial),
    });
    // Tests and scripts read this line to learn the port when listening on port 0.
    println!("listening on http://{}", listener.local_addr()?);
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let app = Arc::clone(&app);
        std::thread::spawn(move || {
            if let Err(e) = serve(&app, &stream) {
                eprintln!("warning: a request failed: {e}");
            }
        });
    }
    Ok(())
}
