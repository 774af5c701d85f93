//! How a language writes values: amounts, whole numbers, dates, months, phone numbers and
//! norms, held left to right inside a right-to-left text. The figures come from the rules; the
//! way of writing them comes from the language file's `[format]`.

use super::{fuellen, Texte};
use crate::rules::datum::{Datum, Monat};
use crate::rules::geld::Cent;

/// Left-to-right inside a right-to-left text: numbers, dates, amounts, phone numbers and norms
/// stay readable (a Unicode isolate, so the surrounding text keeps its direction).
pub fn ltr(t: &Texte, s: &str) -> String {
    // "§" stays with its number: a line break between them reads backwards in such a text.
    if t.format_isolieren == "ja" { format!("\u{2066}{}\u{2069}", s.replace("§ ", "§\u{a0}")) } else { s.to_string() }
}

/// A norm or source in brackets, the brackets inside the left-to-right part, so that they
/// are not mirrored apart from it.
pub fn in_klammern(t: &Texte, s: &str) -> String {
    ltr(t, &format!("({s})"))
}

/// A phone number never broken between its groups (on a narrow phone "06152" alone on a line
/// looks like the whole number), left to right in a right-to-left text.
pub fn telefon(t: &Texte, nummer: &str) -> String {
    ltr(t, &nummer.replace(' ', "\u{a0}"))
}

/// An amount as the language writes it ("1.234,56 €", "1,234.56 €").
pub fn betrag(t: &Texte, c: Cent) -> String {
    ltr(t, &c.formatiert(t.format_tausender, t.format_dezimal))
}

/// Whole euros without the sign, grouped as the language does ("1.010", "1,010").
pub fn zahl(t: &Texte, euro: i64) -> String {
    let mit_zeichen = Cent::euro(euro).formatiert(t.format_tausender, t.format_dezimal);
    ltr(t, mit_zeichen.trim_end_matches('€').trim_end_matches('\u{a0}'))
}

/// The month's name in a date: some languages use another form there (Polish "stycznia").
fn monatsname(t: &Texte, monat: u8) -> &'static str {
    t.format_monate_im_datum.split(',').nth(monat as usize - 1).unwrap_or("")
}

/// A date as the language writes it ("3.2.2026", "3 February 2026"). Only a date of digits
/// is held left to right: with the month's name ("3 فبراير 2026") it reads in the
/// language's own direction, day first.
pub fn datum(t: &Texte, d: Datum) -> String {
    let text = fuellen(
        t.format_datum,
        &[("tag", &d.tag().to_string()), ("monat", &d.monat().to_string()), ("monatsname", monatsname(t, d.monat())), ("jahr", &d.jahr().to_string())],
    );
    if t.format_datum.contains("{monatsname}") { text } else { ltr(t, &text) }
}

/// A month as the language writes it ("Februar 2026", "February 2026").
pub fn monat(t: &Texte, m: Monat) -> String {
    format!("{} {}", t.allgemein_monate.split(',').nth(m.monat as usize - 1).unwrap_or(""), m.jahr)
}
