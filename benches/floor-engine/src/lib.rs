//! What the law costs in bytes without any UI: every answer of the form is read from
//! memory (so nothing can be folded away at compile time), assessed, and the result
//! page written in the chosen language. No framework, no bindings, no DOM.

use wohncheck::eingabe::fragen::{kind_teile, teile, KindVorlage, Teil, SCHRITTE};
use wohncheck::eingabe::antworten::{Antworten, Kind};
use wohncheck::eingabe::situation::auswerten;
use wohncheck::sprachen::SPRACHEN;
use wohncheck::region::{region, STANDARD_REGION};
use wohncheck::rules::datum::Datum;

static mut PUFFER: [u8; 65536] = [0; 65536];

/// Where the caller writes the answers: one `id=value` line per form field, with the
/// widget's field ids (`miete=640`, `anlass=1`, `lohn-0=1.600`, …).
#[no_mangle]
pub extern "C" fn puffer() -> *mut u8 {
    &raw mut PUFFER as *mut u8
}

fn felder(liste: Vec<Teil>, aus: &mut Vec<Teil>) {
    for t in liste {
        match t {
            Teil::Gruppe { teile, .. } | Teil::Wenn(_, teile) => felder(teile, aus),
            Teil::JeKind(v) => aus.push(kind_teile(v, 0)),
            t => aus.push(t),
        }
    }
}

/// Assesses the answers in the buffer and writes the result page (HTML) back into it.
/// Returns its length in bytes, or 0 if the law for that day is not known.
#[no_mangle]
pub extern "C" fn pruefen(laenge: usize, jahr: i32, monat: u8, tag: u8, sprache: usize) -> usize {
    // SAFETY: single-threaded wasm; the caller does not touch the buffer during the call.
    let puffer = unsafe { &mut *(&raw mut PUFFER) };
    let text = String::from_utf8_lossy(&puffer[..laenge.min(puffer.len())]).into_owned();
    let werte: Vec<(&str, &str)> = text.lines().filter_map(|z| z.split_once('=')).collect();
    let wert = |id: &str| werte.iter().find(|(k, _)| *k == id).map(|(_, v)| *v);
    let mut a = Antworten::default();
    a.kinder.push(Kind::default());
    let mut alle = Vec::new();
    for s in SCHRITTE {
        felder(teile(s), &mut alle);
    }
    felder(vec![Teil::JeKind(KindVorlage::Unterhalt)], &mut alle);
    for t in alle {
        if let Teil::Eingabe { id, feld, .. } | Teil::Wahl { name: id, feld, .. } | Teil::Haken { id, feld, .. } = t {
            if let Some(v) = wert(&id) {
                a.setze(feld, v);
            }
        }
    }
    let (Some(region), Some(heute)) = (region(STANDARD_REGION), Datum::new(jahr, monat, tag)) else { return 0 };
    let Some(sprache) = SPRACHEN.get(sprache) else { return 0 };
    let r = auswerten(&a, region, heute).ok();
    let html = wohncheck::darstellung::ergebnis::ergebnis(sprache.texte(), sprache.code == "de", r.as_ref(), &a, &wohncheck::eingabe::gelesen::Gelesen::aus(&a), region);
    let n = html.len().min(puffer.len());
    puffer[..n].copy_from_slice(&html.as_bytes()[..n]);
    n
}
