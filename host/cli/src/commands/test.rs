//! `frt test`: run a rule crate's fixtures through the real host against its built component
//! and compare the findings with the snapshots its native `cargo test` wrote.

use std::path::{Path, PathBuf};

use anyhow::Context;
use frt_model::Status;
use frt_runtime::Format;
use frt_sdk::testing;

use crate::exit;

/// Arguments of `frt test`: those of `frt build`.
#[derive(Debug, clap::Args)]
#[group(skip)]
pub struct Args {
    #[command(flatten)]
    build: super::build::Args,
}

/// What became of one fixture.
enum Outcome {
    Pass,
    Fail(String),
}

/// Runs `frt test`: builds the component, then checks every `fixtures/*.yaml`. Exit 0 when
/// every fixture matches, 1 when any differs, 2 when something could not be run.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let built = super::build::build(&args.build)?;
    let crate_dir = &args.build.path;
    let fixtures = fixture_files(&crate_dir.join("fixtures"))?;
    let snapshots = crate_dir.join("tests/snapshots");
    let mut failed = 0;
    for path in &fixtures {
        let name = path
            .file_stem()
            .expect("a file")
            .to_string_lossy()
            .into_owned();
        let outcome = run_fixture(&built.pack, path, &snapshot_file(&snapshots, &name)?)?;
        match outcome {
            Outcome::Pass => println!("fixture {name} ... ok"),
            Outcome::Fail(why) => {
                failed += 1;
                println!("fixture {name} ... FAILED\n{why}");
            }
        }
    }
    println!(
        "\n{} passed, {failed} failed (component {}, {})",
        fixtures.len() - failed,
        built.guest.component.display(),
        built.pack.rules()[0].digest()
    );
    Ok(if failed == 0 {
        exit::OK
    } else {
        exit::NON_COMPLIANT
    })
}

fn run_fixture(
    pack: &frt_runtime::RulePack,
    path: &Path,
    snapshot: &Path,
) -> anyhow::Result<Outcome> {
    let source = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read `{}`", path.display()))?;
    let parsed = pack.runtime().parse(&source, Format::Yaml).map_err(|e| {
        anyhow::anyhow!(
            crate::diagnostics::render_parse_error(path, &source, &e)
                .trim_end()
                .to_owned()
        )
    })?;
    let rule = &pack.rules()[0];
    let findings = match pack.findings_of(rule, &parsed.declaration, None) {
        Ok(f) => f,
        Err(reason) => {
            return Ok(Outcome::Fail(format!(
                "  the rule failed in the host: {reason}"
            )));
        }
    };
    let mut problems = Vec::new();
    for (id, expected) in expectations(path, &source)? {
        let actual: Vec<_> = findings
            .iter()
            .filter(|f| f.obligation == id)
            .map(|f| f.status)
            .collect();
        if actual != [expected] {
            problems.push(format!(
                "  `# expect: {id} = {expected}`, but the host gave {actual:?}"
            ));
        }
    }
    let rendered = testing::render(&findings);
    let stored = read_snapshot(snapshot)?;
    if stored.trim_end() != rendered.trim_end() {
        problems.push(format!(
            "  the findings differ from `{}` (- snapshot, + host):\n{}",
            snapshot.display(),
            diff(&stored, &rendered)
        ));
    }
    Ok(if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("\n"))
    })
}

/// The fixture's `# expect: obligation = status` lines; a malformed one is an error naming
/// its line (the native helper panics instead, which suits a test but not a command).
fn expectations(path: &Path, source: &str) -> anyhow::Result<Vec<(String, Status)>> {
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let Some(rest) = line.trim().strip_prefix("# expect:") else {
            continue;
        };
        let place = || format!("{}:{}", path.display(), i + 1);
        let (id, status) = rest.split_once('=').with_context(|| {
            format!(
                "{}: `# expect:` takes `obligation = status`, found `{}`",
                place(),
                rest.trim()
            )
        })?;
        let status: Status = serde_json::from_value(status.trim().into())
            .with_context(|| format!("{}: unknown status `{}`", place(), status.trim()))?;
        out.push((id.trim().to_owned(), status));
    }
    Ok(out)
}

fn fixture_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the fixtures in `{}`", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|p| p.extension().is_some_and(|e| e == "yaml"));
    files.sort();
    anyhow::ensure!(
        !files.is_empty(),
        "`{}` holds no `.yaml` fixture",
        dir.display()
    );
    Ok(files)
}

/// The snapshot `cargo test` wrote for fixture `name`: `tests/snapshots/TEST__NAME.snap`.
fn snapshot_file(dir: &Path, name: &str) -> anyhow::Result<PathBuf> {
    let suffix = format!("__{name}.snap");
    let found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with(&suffix))
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => anyhow::bail!(
            "no snapshot for fixture `{name}` in `{}`; run `cargo test` first (and `cargo insta review` to accept new snapshots)",
            dir.display()
        ),
        many => anyhow::bail!("several snapshots for fixture `{name}`: {many:?}"),
    }
}

/// The body of an insta snapshot: what follows its `---` header.
fn read_snapshot(path: &Path) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read `{}`", path.display()))?;
    snapshot_body(&text).with_context(|| {
        format!(
            "`{}` is not an insta snapshot: it has no `---` header",
            path.display()
        )
    })
}

fn snapshot_body(text: &str) -> Option<String> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")?;
    Some(rest[end + 5..].to_owned())
}

fn diff(old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old.trim_end(), new.trim_end())
        .unified_diff()
        .context_radius(2)
        .to_string()
        .lines()
        .map(|l| format!("    {l}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_expectations_name_their_line() {
        let path = Path::new("f.yaml");
        let ok = expectations(path, "# expect: a-1 = violation\nid: x\n").unwrap();
        assert_eq!(ok, vec![("a-1".to_owned(), Status::Violation)]);
        let err = expectations(path, "id: x\n# expect: a-1 violation\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.yaml:2: `# expect:` takes `obligation = status`, found `a-1 violation`"
        );
        let err = expectations(path, "# expect: a-1 = broken\n").unwrap_err();
        assert_eq!(err.to_string(), "f.yaml:1: unknown status `broken`");
    }

    #[test]
    fn the_body_follows_the_header() {
        let text =
            "---\nsource: tests/fixtures.rs\nexpression: x\n---\nsatisfied medium [1] a\n  en: b\n";
        assert_eq!(
            snapshot_body(text).unwrap(),
            "satisfied medium [1] a\n  en: b\n"
        );
        assert_eq!(snapshot_body("no header"), None);
    }
}
