//! `frt rules`: inspect the loaded rules.

use crate::exit;

/// Subcommands of `frt rules`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List every loaded rule: id, version, instrument, articles and title.
    List {
        #[command(flatten)]
        rules: super::source::RulesArgs,
        /// Print JSON (the rules' self-descriptions with their digests).
        #[arg(long)]
        json: bool,
    },
}

/// Runs `frt rules`.
pub fn run(cmd: Command) -> anyhow::Result<u8> {
    let Command::List { rules, json } = cmd;
    let pack = rules.load(frt_runtime::Limits::default())?;
    if json {
        let list: Vec<_> = pack
            .rules()
            .iter()
            .map(|r| {
                let mut v = serde_json::to_value(r.description()).expect("a description is JSON");
                v["digest"] = r.digest().into();
                v
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(exit::OK);
    }
    let rows: Vec<[String; 5]> = pack
        .rules()
        .iter()
        .map(|r| {
            let d = r.description();
            let articles: Vec<_> = d.articles.iter().map(|a| a.number.as_str()).collect();
            [
                d.id.clone(),
                d.version.clone(),
                d.instrument.clone(),
                articles.join(","),
                format!("{} / {}", d.title.en, d.title.zh),
            ]
        })
        .collect();
    let header = ["ID", "VERSION", "INSTRUMENT", "ARTICLES", "TITLE (EN / ZH)"].map(str::to_owned);
    let widths: Vec<usize> = (0..4)
        .map(|i| {
            rows.iter()
                .chain([&header])
                .map(|r| r[i].len())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in [&header].into_iter().chain(&rows) {
        let mut line = String::new();
        for (i, w) in widths.iter().enumerate() {
            line.push_str(&format!("{:<w$}  ", row[i]));
        }
        line.push_str(&row[4]);
        println!("{line}");
    }
    Ok(exit::OK)
}
