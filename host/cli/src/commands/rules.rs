//! `frt rules`: inspect the loaded rules.

use std::io::Write;

use frt_model::Jurisdiction;
use frt_model::select::place;
use frt_runtime::{Catalog, LoadedRule, PackChoice, Rules};

use crate::exit;

/// Subcommands of `frt rules`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List every loaded rule: id, pack, version, instrument, articles, where and from when it
    /// applies, and title.
    List {
        #[command(flatten)]
        rules: super::source::RulesArgs,
        /// Only the rules a declaration in this place would get: an ISO 3166-1 country
        /// (`US`) or ISO 3166-2 region (`CN-ZJ`); the packs chosen and why are printed first.
        #[arg(long, value_name = "CODE", value_parser = parse_place, conflicts_with = "rules")]
        jurisdiction: Option<Jurisdiction>,
        /// With `--jurisdiction`, the city (`Hangzhou`), for municipal instruments.
        #[arg(long, value_name = "NAME", requires = "jurisdiction")]
        city: Option<String>,
        /// Print JSON (the rules' self-descriptions with their digests and packs).
        #[arg(long)]
        json: bool,
    },
}

/// `US` or `CN-ZJ` as a declaration's jurisdiction.
fn parse_place(code: &str) -> Result<Jurisdiction, String> {
    let upper = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase());
    let (country, region) = match code.split_once('-') {
        None if upper(code) => (code, None),
        Some((country, sub))
            if upper(country)
                && (1..=3).contains(&sub.len())
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
        {
            (country, Some(code.to_owned()))
        }
        _ => {
            return Err(format!(
                "`{code}` is not an ISO 3166-1 country (`US`) or ISO 3166-2 region (`CN-ZJ`)"
            ));
        }
    };
    Ok(Jurisdiction {
        country: Some(country.to_owned()),
        region,
        city: None,
    })
}

/// Runs `frt rules`.
pub fn run(cmd: Command) -> anyhow::Result<u8> {
    let Command::List {
        rules,
        jurisdiction,
        city,
        json,
    } = cmd;
    let runtime = super::runtime(frt_runtime::Limits::default())?;
    let loaded = rules.load(&runtime)?;
    let listed: Vec<(String, &LoadedRule)> = match (&loaded, jurisdiction) {
        (Rules::Catalog(catalog), Some(mut at)) => {
            at.city = city;
            selected(catalog, at, json)?
        }
        _ => loaded
            .loaded()
            .into_iter()
            .map(|(pack, r)| (pack.to_owned(), r))
            .collect(),
    };
    if json {
        print_json(&listed)?;
    } else {
        print_table(&listed)?;
    }
    Ok(exit::OK)
}

/// The rules selection picks for a declaration at `at`; the packs and why, unless `quiet`.
fn selected(
    catalog: &Catalog,
    at: Jurisdiction,
    quiet: bool,
) -> anyhow::Result<Vec<(String, &LoadedRule)>> {
    let declaration = frt_model::Declaration {
        jurisdiction: Some(at),
        ..Default::default()
    };
    let selections = catalog.select(&declaration, &PackChoice::ByJurisdiction)?;
    let mut listed = Vec::new();
    for (pack, (selection, chosen)) in catalog.packs().iter().zip(selections) {
        if !quiet {
            let state = if selection.applied {
                "applies"
            } else {
                "does not apply"
            };
            println!("pack {} {state}: {}", pack.name, selection.reason.en);
        }
        listed.extend(
            chosen
                .iter()
                .map(|&i| (pack.name.clone(), &pack.pack.rules()[i])),
        );
    }
    if !quiet {
        println!();
    }
    Ok(listed)
}

fn print_json(listed: &[(String, &LoadedRule)]) -> anyhow::Result<()> {
    let list: Vec<_> = listed
        .iter()
        .map(|(pack, r)| frt_runtime::listing(pack, r))
        .collect();
    println!("{}", serde_json::to_string_pretty(&list)?);
    Ok(())
}

fn print_table(listed: &[(String, &LoadedRule)]) -> std::io::Result<()> {
    let rows: Vec<[String; 8]> = listed
        .iter()
        .map(|(pack, r)| {
            let d = r.description();
            let articles: Vec<_> = d.articles.iter().map(|a| a.number.as_str()).collect();
            let places: Vec<String> = d.jurisdictions.iter().map(place).collect();
            let unconfirmed = if d.unconfirmed.is_some() {
                " (unconfirmed citation)"
            } else {
                ""
            };
            [
                d.id.clone(),
                pack.clone(),
                d.version.clone(),
                d.instrument.clone(),
                articles.join(","),
                if places.is_empty() {
                    "everywhere".to_owned()
                } else {
                    places.join("; ")
                },
                d.effective_from
                    .map_or_else(|| "-".to_owned(), |f| f.to_string()),
                format!("{} / {}{unconfirmed}", d.title.en, d.title.zh),
            ]
        })
        .collect();
    let header = [
        "ID",
        "PACK",
        "VERSION",
        "INSTRUMENT",
        "ARTICLES",
        "APPLIES IN",
        "FROM",
        "TITLE (EN / ZH)",
    ]
    .map(str::to_owned);
    let widths: Vec<usize> = (0..7)
        .map(|i| {
            rows.iter()
                .chain([&header])
                .map(|r| r[i].len())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in [&header].into_iter().chain(&rows) {
        for (i, w) in widths.iter().enumerate() {
            out.push_str(&format!("{:<w$}  ", row[i]));
        }
        out.push_str(&row[7]);
        out.push('\n');
    }
    std::io::stdout().lock().write_all(out.as_bytes())
}
