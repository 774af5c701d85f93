//! `wohncheck-cli`: JSON Lines in, JSON Lines out, one household per line.
//! A line that cannot be assessed yields `{"id": …, "error": "<field>: <what is wrong>"}`
//! and the next lines are still processed; the exit status is 1 if any line failed.
//!
//! `wohncheck-cli --law-state [YYYY-MM-DD]` prints the state of the law data per area on the
//! date (default: today, UTC) and a loud line for every area verified for less than 60 more days.
//! `wohncheck-cli --sprachdateien <folder>` writes the browser's language files.

use std::io::{self, BufRead, Write};
use wohncheck::rules::datum::Datum;

/// Today in UTC: the only clock this program reads, for the reminder, never for an assessment.
fn heute() -> Datum {
    let sekunden = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    Datum::aus_tagnummer((sekunden / 86_400) as i64)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The browser's language files (every language but the first, which is in the wasm).
    if args.first().map(String::as_str) == Some("--sprachdateien") {
        let Some(ziel) = args.get(1) else {
            eprintln!("--sprachdateien: name the folder to write into");
            std::process::exit(2)
        };
        let ziel = std::path::Path::new(ziel);
        if let Err(e) = std::fs::create_dir_all(ziel) {
            eprintln!("{}: {e}", ziel.display());
            std::process::exit(2);
        }
        for s in &wohncheck::sprachen::SPRACHEN[1..] {
            let datei = ziel.join(format!("{}.txt", s.code));
            let inhalt = wohncheck::sprachen::sprachdatei(s).expect("the native build has every language");
            if let Err(e) = std::fs::write(&datei, inhalt) {
                eprintln!("{}: {e}", datei.display());
                std::process::exit(2);
            }
        }
        return;
    }
    if args.first().map(String::as_str) == Some("--law-state") {
        let datum = match args.get(1) {
            None => heute(),
            Some(t) => Datum::parse_iso(t).unwrap_or_else(|| {
                eprintln!("--law-state: '{t}' is not a date YYYY-MM-DD");
                std::process::exit(2)
            }),
        };
        print!("{}", wohncheck::vertrag::rechtsstand_bericht(datum).0);
        return;
    }
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut fehler = false;
    for zeile in stdin.lock().lines() {
        let zeile = match zeile {
            Ok(z) => z,
            Err(e) => {
                let _ = writeln!(out, "{}", serde_json::json!({"id": null, "error": format!("input: {e}")}));
                fehler = true;
                continue;
            }
        };
        if zeile.trim().is_empty() {
            continue;
        }
        let (antwort, ok) = wohncheck::vertrag::verarbeite_zeile(&zeile);
        fehler |= !ok;
        if writeln!(out, "{antwort}").is_err() {
            std::process::exit(2);
        }
    }
    let _ = out.flush();
    std::process::exit(if fehler { 1 } else { 0 });
}
