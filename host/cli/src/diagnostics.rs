//! Errors printed for people: what is wrong, where, and how to fix it.

use std::fmt::Write;
use std::path::Path;

use frt_runtime::ParseError;

/// Prints an error and its causes to stderr.
pub fn print_error(e: &anyhow::Error) {
    let mut s = format!("error: {e}");
    for cause in e.chain().skip(1) {
        let _ = write!(s, "\n  caused by: {cause}");
    }
    anstream::eprintln!("{s}");
}

/// Renders a declaration error with its place in the source, cargo-style.
pub fn render_parse_error(path: &Path, source: &str, e: &ParseError) -> String {
    let mut s = format!("error: {e}\n");
    match e.position() {
        Some(pos) => {
            let _ = writeln!(s, "  --> {}:{}:{}", path.display(), pos.line, pos.column);
            if let Some(line) = frt_model::parse::source_line(source, pos.line) {
                let number = pos.line.to_string();
                let gutter = " ".repeat(number.len());
                let caret_pad: String = line
                    .chars()
                    .take(pos.column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = writeln!(s, "{gutter} |");
                let _ = writeln!(s, "{number} | {line}");
                let _ = writeln!(s, "{gutter} | {caret_pad}^");
            }
        }
        None => {
            let _ = writeln!(s, "  --> {}", path.display());
        }
    }
    if let Some(help) = e.help() {
        let _ = writeln!(s, "  = help: {help}");
    }
    s
}
