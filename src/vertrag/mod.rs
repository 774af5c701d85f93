//! The JSON contract of `wohncheck-cli`: one household per line in, one result
//! per line out. Other checks of the project rely on these field names: extend
//! them only compatibly.
//!
//! `eingabe` reads a line into the seam's `Situation`, `ausgabe` writes the assessment back as
//! JSON; this file joins them and holds the law-data reminder of `--law-state`. May use the
//! seam and `darstellung` (German words); never calls a rule itself.

mod ausgabe;
mod eingabe;

use serde_json::{json, Value};

use crate::beurteilung::beurteile;
use crate::rules::datum::Datum;
use crate::rules::params::RechtsstandFehler;

use ausgabe::{ergaenze_json, ergebnis_json, ohne_betraege_json};

fn rechtsstand_text(e: RechtsstandFehler) -> String {
    match e {
        RechtsstandFehler::NochNichtBekannt { bekannt_bis, .. } => format!("date: law after {bekannt_bis} not yet known"),
        RechtsstandFehler::VorBeginn { erster_tag, .. } => format!("date: law before {erster_tag} is not covered"),
    }
}

/// One input line to one output line; `false` if the line failed.
pub fn verarbeite_zeile(zeile: &str) -> (String, bool) {
    let roh: Value = match serde_json::from_str(zeile) {
        Ok(v) => v,
        Err(e) => return (json!({"id": null, "error": format!("line: not valid JSON ({e})")}).to_string(), false),
    };
    let id = roh.get("id").cloned().unwrap_or(Value::Null);
    let fehler = |text: String| (json!({"id": id.clone(), "error": text}).to_string(), false);
    let eingabe = match eingabe::lesen(&roh) {
        Ok(e) => e,
        Err(text) => return fehler(text),
    };
    let (sit, am) = match eingabe::situation(&eingabe) {
        Ok(x) => x,
        Err(text) => return fehler(text),
    };
    let r = match beurteile(&sit, am) {
        Ok(r) => r,
        Err(e) => return fehler(rechtsstand_text(e)),
    };
    let mut v = match (&r.leistungen, r.leistungen_fehlen) {
        (Some(b), _) => ergebnis_json(&id, am, b),
        // Before the data begins: no law this contract can speak for.
        (None, Some(e @ RechtsstandFehler::VorBeginn { .. })) => return fehler(rechtsstand_text(e)),
        // Beyond the horizon of a benefit area: the amounts are unknown, everything else stands.
        (None, e) => ohne_betraege_json(&id, am, e),
    };
    ergaenze_json(&mut v, &r, &sit);
    (v.to_string(), true)
}

/// The reminder for whoever keeps the law up to date (`wohncheck-cli --law-state`, printed by
/// `make test`): each area's state on `heute`, the days until its verified-until date, and a
/// loud line for every area with less than `WARNUNG_TAGE` days left. Returns the text and
/// whether any area needs attention.
pub fn rechtsstand_bericht(heute: Datum) -> (String, bool) {
    use std::fmt::Write as _;
    const WARNUNG_TAGE: i64 = 60;
    let mut text = String::new();
    let _ = writeln!(text, "Law data on {heute} (src/rules/rechtsgebiete.toml; routine: docs/RECHTSPFLEGE.md):");
    let stand = crate::beurteilung::rechtsstand_am(heute);
    for s in &stand {
        let g = s.daten();
        let _ = writeln!(
            text,
            "  {:<20} {:<12} verified until {} ({:>4} days), carried forward until {}",
            g.code,
            s.zustand.code(),
            g.geprueft_bis,
            heute.tage_bis(g.geprueft_bis),
            g.horizont
        );
    }
    let frueheste = stand.iter().map(|s| s.daten()).min_by_key(|g| g.geprueft_bis);
    let mut laut = false;
    if let Some(g) = frueheste {
        let _ = writeln!(text, "Earliest verified-until: {} ({}), {} days from today.", g.geprueft_bis, g.code, heute.tage_bis(g.geprueft_bis));
    }
    for s in &stand {
        let g = s.daten();
        let tage = heute.tage_bis(g.geprueft_bis);
        if tage < WARNUNG_TAGE {
            laut = true;
            let _ = writeln!(
                text,
                "!!! LAW DATA: {} is verified only until {} ({} days). Check the sources and update it (docs/RECHTSPFLEGE.md).",
                g.code, g.geprueft_bis, tage
            );
        }
    }
    (text, laut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reminder_is_loud_under_sixty_days() {
        let (text, laut) = rechtsstand_bericht(Datum::ymd(2026, 6, 1));
        assert!(!laut, "{text}");
        assert!(text.contains("mietrecht") && text.contains("wohngeld"));
        let (text, laut) = rechtsstand_bericht(Datum::ymd(2026, 11, 1));
        assert!(laut);
        assert!(text.contains("!!! LAW DATA: mietrecht is verified only until 2026-12-01 (30 days)"), "{text}");
        assert!(text.contains("Earliest verified-until: 2026-12-01 (mietrecht), 30 days from today."));
    }
}
