//! `wohncheck-cli`: JSON Lines in, JSON Lines out, one household per line.
//! A line that cannot be assessed yields `{"id": …, "error": "<field>: <what is wrong>"}`
//! and the next lines are still processed; the exit status is 1 if any line failed.

use std::io::{self, BufRead, Write};

fn main() {
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
