//! Reading what people type: amounts such as "1.234,56", "850 €", "850,-",
//! "850.50" and dates such as "3.2.26", "03.02.2026" or "2/2026".
//!
//! Errors are codes; the form words them in the visitor's language (`fragen::meldung`).

use crate::rules::datum::{Datum, Monat};
use crate::rules::geld::Cent;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eingabefehler {
    Leer,
    KeineZahl,
    Negativ,
    ZuVieleNachkommastellen,
    ZuGross { hoechstens_euro: i64 },
    KeinDatum,
    UnmoeglichesDatum,
    /// Not an age in years from 0 to 120.
    KeinAlter,
    /// A child's age of 18 or more: no child in the sense of the question.
    Volljaehrig,
    /// A month's arrears above that month's rent and heating.
    MehrAlsMiete,
}

/// Reads a euro amount. `hoechstens_euro` rejects typing slips such as an extra zero.
pub fn betrag(text: &str, hoechstens_euro: i64) -> Result<Cent, Eingabefehler> {
    let mut s: String = lateinische_ziffern(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '\'')
        .collect();
    for suffix in ["EUR", "Eur", "eur", "Euro", "euro", "€"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.to_string();
        }
        if let Some(rest) = s.strip_prefix(suffix) {
            s = rest.to_string();
        }
    }
    // "850,-" and "850,--" mean whole euros.
    for suffix in [",--", ",-", ".--", ".-", ",", "."] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.to_string();
            break;
        }
    }
    if s.is_empty() {
        return Err(if text.trim().is_empty() { Eingabefehler::Leer } else { Eingabefehler::KeineZahl });
    }
    let negativ = s.starts_with('-') || s.starts_with('−');
    if negativ {
        s = s.trim_start_matches(['-', '−']).to_string();
    }
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(Eingabefehler::KeineZahl);
    }
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        // ",50" is fine, but let us read it as "0,50".
        s.insert(0, '0');
    }

    let (ganz, bruch) = match decimal_separator(&s) {
        Some(pos) => (s[..pos].to_string(), s[pos + 1..].to_string()),
        None => (s.clone(), String::new()),
    };
    if bruch.contains(['.', ',']) {
        return Err(Eingabefehler::KeineZahl);
    }
    if bruch.len() > 2 {
        return Err(Eingabefehler::ZuVieleNachkommastellen);
    }
    // Grouping marks must stand every three digits: "1.234.567", not "12.34".
    let gruppen: Vec<&str> = ganz.split(['.', ',']).collect();
    if gruppen.len() > 1 && (gruppen[0].is_empty() || gruppen[0].len() > 3 || gruppen[1..].iter().any(|g| g.len() != 3)) {
        return Err(Eingabefehler::KeineZahl);
    }
    let ziffern: String = gruppen.concat();
    if ziffern.len() > 12 {
        return Err(Eingabefehler::ZuGross { hoechstens_euro });
    }
    let euro: i64 = ziffern.parse().map_err(|_| Eingabefehler::KeineZahl)?;
    let cent: i64 = match bruch.len() {
        0 => 0,
        1 => bruch.parse::<i64>().map_err(|_| Eingabefehler::KeineZahl)? * 10,
        _ => bruch.parse::<i64>().map_err(|_| Eingabefehler::KeineZahl)?,
    };
    let wert = Cent(euro * 100 + cent);
    if negativ && wert.0 > 0 {
        return Err(Eingabefehler::Negativ);
    }
    if wert > Cent::euro(hoechstens_euro) {
        return Err(Eingabefehler::ZuGross { hoechstens_euro });
    }
    Ok(wert)
}

/// Finds the decimal separator: the last '.' or ',' unless it is followed by
/// exactly three digits and is a grouping mark ("1.234" is 1234 €, "850.50" is 850,50 €).
fn decimal_separator(s: &str) -> Option<usize> {
    let pos = s.rfind(['.', ','])?;
    let nach = s.len() - pos - 1;
    let zeichen = s.as_bytes()[pos];
    let gemischt = s.contains('.') && s.contains(',');
    let mehrfach = s.matches(zeichen as char).count() > 1;
    if gemischt {
        // "1.234,56" or "1,234.56": the last mark is the decimal one.
        Some(pos)
    } else if nach == 3 || mehrfach {
        None
    } else {
        Some(pos)
    }
}

/// A year as people write it: "26" is 2026.
fn jahr(text: &str) -> Option<i32> {
    match text.len() {
        2 => text.parse::<i32>().ok().map(|j| 2000 + j),
        4 => text.parse().ok(),
        _ => None,
    }
}

/// The month of a name as people write it, in full or cut after at least three letters:
/// "Februar", "Feb.", "März", "Maerz", "March", "Okt", "Dec", and in every language the
/// visitor has loaded, in either form ("luty" and "lutego", "лютий" and "лютого", "Şubat").
/// The name that shares the longest beginning with the word wins; a tie between two months
/// reads nothing.
fn monatsname(wort: &str) -> Option<u8> {
    const NAMEN: [&[&str]; 12] = [
        &["januar", "jänner", "january"],
        &["februar", "february"],
        &["märz", "maerz", "march"],
        &["april"],
        &["mai", "may"],
        &["juni", "june"],
        &["juli", "july"],
        &["august"],
        &["september"],
        &["oktober", "october"],
        &["november"],
        &["dezember", "december"],
    ];
    let w: Vec<char> = wort.trim_end_matches('.').chars().map(klein).collect();
    if w.len() < 3 {
        return None;
    }
    let gemeinsam = |name: &str| w.iter().zip(name.chars().map(klein)).take_while(|(a, b)| *a == b).count();
    let mut bester: Option<(usize, u8)> = None;
    let mut gleichstand = false;
    let mut pruefen = |monat: u8, name: &str| {
        let n = gemeinsam(name.trim());
        // Three letters in common are enough: "Feb", and "luty" typed where the list says "lutego".
        if n < 3 {
            return;
        }
        match bester {
            Some((b, m)) if n == b && m != monat => gleichstand = true,
            Some((b, _)) if n <= b => {}
            _ => {
                bester = Some((n, monat));
                gleichstand = false;
            }
        }
    };
    for (i, namen) in NAMEN.iter().enumerate() {
        namen.iter().for_each(|n| pruefen(i as u8 + 1, n));
    }
    for s in crate::sprachen::SPRACHEN {
        if let Some(t) = s.geladen() {
            for liste in [t.allgemein_monate, t.format_monate_im_datum] {
                liste.split(',').enumerate().for_each(|(i, n)| pruefen(i as u8 + 1, n));
            }
        }
    }
    if gleichstand { None } else { bester.map(|(_, m)| m) }
}

/// Lower case for the scripts of this check's languages without the Unicode tables (which
/// would weigh more in the download than all month names together): ASCII, Latin-1,
/// Latin Extended-A (Polish, Romanian, Turkish letters), Cyrillic; Arabic has no case.
fn klein(c: char) -> char {
    let u = c as u32;
    let neu = match u {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x410..=0x42f => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0x130 => 'i' as u32,
        0x100..=0x137 | 0x14a..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17e if u % 2 == 1 => u + 1,
        0x218..=0x21b if u % 2 == 0 => u + 1,
        0x490 => 0x491,
        _ => u,
    };
    char::from_u32(neu).unwrap_or(c)
}

/// Digits as Arabic keyboards type them (Arabic-Indic ٠–٩, Persian ۰–۹) and the Arabic
/// decimal and grouping marks, read as "0"–"9", "," and ".".
pub fn lateinische_ziffern(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
            '\u{66b}' => ',',
            '\u{66c}' => '.',
            '\u{60c}' => ',',
            _ => c,
        })
        .collect()
}

/// The parts of a date or month: numbers, and a month name turned into its number.
fn zahlteile(text: &str) -> Option<Vec<String>> {
    let mut teile = Vec::new();
    for t in lateinische_ziffern(text).trim().split(['.', '/', '-', ' ', ',', '\u{a0}']).filter(|t| !t.is_empty()) {
        if t.bytes().all(|c| c.is_ascii_digit()) {
            teile.push(t.to_string());
        } else {
            teile.push(monatsname(t)?.to_string());
        }
    }
    Some(teile)
}

/// A day: "3.2.26", "03.02.2026", "2026-02-03", "3. Februar 2026".
pub fn datum(text: &str) -> Result<Datum, Eingabefehler> {
    if text.trim().is_empty() {
        return Err(Eingabefehler::Leer);
    }
    if let Some(d) = Datum::parse_iso(text.trim()) {
        return Ok(d);
    }
    let teile = zahlteile(text).ok_or(Eingabefehler::KeinDatum)?;
    if teile.len() != 3 || teile[0].len() > 2 || teile[1].len() > 2 {
        return Err(Eingabefehler::KeinDatum);
    }
    let tag: u8 = teile[0].parse().map_err(|_| Eingabefehler::KeinDatum)?;
    let monat: u8 = teile[1].parse().map_err(|_| Eingabefehler::KeinDatum)?;
    let jahr = jahr(&teile[2]).ok_or(Eingabefehler::KeinDatum)?;
    Datum::new(jahr, monat, tag).ok_or(Eingabefehler::UnmoeglichesDatum)
}

/// An age in whole years, 0 to 120.
pub fn alter(text: &str) -> Result<u8, Eingabefehler> {
    match lateinische_ziffern(text).trim().parse::<u16>() {
        Ok(a) if a <= 120 => Ok(a as u8),
        _ => Err(Eingabefehler::KeinAlter),
    }
}

/// A month: "2/2026", "02/2026", "2.26", "Februar 2026", "Feb. 26"; a full date names its month too.
pub fn monat(text: &str) -> Result<Monat, Eingabefehler> {
    if text.trim().is_empty() {
        return Err(Eingabefehler::Leer);
    }
    if let Ok(d) = datum(text) {
        return Ok(d.kalendermonat());
    }
    let teile = zahlteile(text).ok_or(Eingabefehler::KeinDatum)?;
    if teile.len() != 2 || teile[0].len() > 2 {
        return Err(Eingabefehler::KeinDatum);
    }
    let monat: u8 = teile[0].parse().map_err(|_| Eingabefehler::KeinDatum)?;
    let jahr = jahr(&teile[1]).ok_or(Eingabefehler::KeinDatum)?;
    if !(1..=12).contains(&monat) {
        return Err(Eingabefehler::UnmoeglichesDatum);
    }
    Ok(Monat { jahr, monat })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_dates_as_people_type_them() {
        let m = |t: &str| monat(t).map(|m| (m.jahr, m.monat));
        for t in ["Februar 2026", "februar 2026", "Feb. 2026", "Feb 26", "02/2026", "2/2026", "2.26", "02.2026", "3.2.2026", "February 2026"] {
            assert_eq!(m(t), Ok((2026, 2)), "{t}");
        }
        assert_eq!(m("März 2026"), Ok((2026, 3)));
        assert_eq!(m("Maerz 2026"), Ok((2026, 3)));
        assert_eq!(m("Dez. 2025"), Ok((2025, 12)));
        assert_eq!(m("Okt 2026"), Ok((2026, 10)));
        assert_eq!(m("Ju 2026"), Err(Eingabefehler::KeinDatum), "two letters name no month");
        assert_eq!(m("Frühling 2026"), Err(Eingabefehler::KeinDatum));
        assert_eq!(m("13/2026"), Err(Eingabefehler::UnmoeglichesDatum));
        let d = |t: &str| datum(t).map(|d| d.to_string());
        assert_eq!(d("3. Februar 2026").as_deref(), Ok("2026-02-03"));
        assert_eq!(d("3 Feb 2026").as_deref(), Ok("2026-02-03"));
        assert_eq!(d("3.2.26").as_deref(), Ok("2026-02-03"));
        assert_eq!(d("30. Februar 2026"), Err(Eingabefehler::UnmoeglichesDatum));
    }

    #[test]
    fn amounts_as_people_type_them() {
        let ok = |t: &str| betrag(t, 100_000).unwrap().0;
        assert_eq!(ok("850"), 85_000);
        assert_eq!(ok("850 €"), 85_000);
        assert_eq!(ok("€ 850"), 85_000);
        assert_eq!(ok("850,-"), 85_000);
        assert_eq!(ok("850,--"), 85_000);
        assert_eq!(ok("850.50"), 85_050);
        assert_eq!(ok("850,5"), 85_050);
        assert_eq!(ok("1.234,56"), 123_456);
        assert_eq!(ok("1234,56"), 123_456);
        assert_eq!(ok("1.234"), 123_400);
        assert_eq!(ok("1,234.56"), 123_456);
        assert_eq!(ok(" 1 234,56 EUR "), 123_456);
        assert_eq!(ok("12.345"), 1_234_500);
        assert_eq!(ok("0"), 0);
        assert_eq!(ok(",50"), 50);
    }

    #[test]
    fn nonsense_is_rejected_with_a_reason() {
        assert_eq!(betrag("", 100), Err(Eingabefehler::Leer));
        assert_eq!(betrag("abc", 100), Err(Eingabefehler::KeineZahl));
        assert_eq!(betrag("85o", 100), Err(Eingabefehler::KeineZahl));
        assert_eq!(betrag("-850", 10_000), Err(Eingabefehler::Negativ));
        assert_eq!(betrag("1,234", 10_000), Ok(Cent(123_400)));
        assert_eq!(betrag("12.34.5", 10_000), Err(Eingabefehler::KeineZahl));
        assert_eq!(betrag("8,505", 10_000), Ok(Cent(850_500)));
        assert_eq!(betrag("85,555,5", 10_000), Err(Eingabefehler::KeineZahl));
        assert_eq!(betrag("850,555", 10_000), Err(Eingabefehler::ZuGross { hoechstens_euro: 10_000 }));
        assert_eq!(betrag("1000000", 10_000), Err(Eingabefehler::ZuGross { hoechstens_euro: 10_000 }));
        assert_eq!(betrag("99999999999999999999", 10_000), Err(Eingabefehler::ZuGross { hoechstens_euro: 10_000 }));
    }

    #[test]
    fn ages_in_years() {
        assert_eq!(alter("34"), Ok(34));
        assert_eq!(alter(" ٣٤ "), Ok(34));
        assert_eq!(alter("121"), Err(Eingabefehler::KeinAlter));
        assert_eq!(alter("vierzig"), Err(Eingabefehler::KeinAlter));
    }

    #[test]
    fn dates_as_people_type_them() {
        assert_eq!(datum("3.2.26"), Ok(Datum::ymd(2026, 2, 3)));
        assert_eq!(datum("03.02.2026"), Ok(Datum::ymd(2026, 2, 3)));
        assert_eq!(datum("2026-02-03"), Ok(Datum::ymd(2026, 2, 3)));
        assert_eq!(datum("31.4.2026"), Err(Eingabefehler::UnmoeglichesDatum));
        assert_eq!(datum("morgen"), Err(Eingabefehler::KeinDatum));
        assert_eq!(monat("2/2026"), Ok(Monat { jahr: 2026, monat: 2 }));
        assert_eq!(monat("02.26"), Ok(Monat { jahr: 2026, monat: 2 }));
        assert_eq!(monat("15.2.2026"), Ok(Monat { jahr: 2026, monat: 2 }));
        assert_eq!(monat("13/2026"), Err(Eingabefehler::UnmoeglichesDatum));
    }
}
