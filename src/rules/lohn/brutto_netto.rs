//! Gross → net of one month's pay (every deduction, [`netto_aus_brutto`]) and the reverse
//! search for the gross behind a net ([`brutto_aus_netto`], PAYROLL.md 2.8, 4.3).

use super::recht::{abrunden, zu_cent, Recht};
use super::{Beschaeftigung, Lohnangaben, Nettolohn};
use crate::rules::geld::Cent;
use crate::rules::params::{RechtsstandFehler, Stichtag};

/// Every deduction and the net for `a.brutto_monat`, by the law in force on `am`.
pub fn netto_aus_brutto(a: &Lohnangaben, am: impl Into<Stichtag>) -> Result<Nettolohn, RechtsstandFehler> {
    let am = am.into();
    Ok(Recht::laden(am)?.nettolohn(a, i128::from(a.brutto_monat.0)))
}

/// The monthly gross that yields the net `netto` (all other data from `vorlage`).
///
/// The smallest gross whose net is exactly `netto`; if no gross gives exactly that net, the
/// smallest gross whose net is more. Net pay mostly rises with the gross, but not everywhere:
/// the annual tax is floored to euros and the Vorsorgepauschale rounded up to euros, so one cent
/// more gross can lower the net by a few cents or raise it by several, skipping values. Where a
/// value is skipped at first and reached again a little later, this returns the later gross, so
/// that a net read off a pay slip always leads back to a gross with exactly that net.
/// Otherwise it is the smallest gross whose net is at least `netto` (PAYROLL.md 2.8).
///
/// The Minijob range and the range above it are searched separately, because net pay jumps at
/// the border (PAYROLL.md 4.3). A target of 0 or less gives 0. Nets beyond what about
/// 5 · 10^15 € gross would yield are not searched for; that gross is returned.
pub fn brutto_aus_netto(netto: Cent, vorlage: &Lohnangaben, am: impl Into<Stichtag>) -> Result<Cent, RechtsstandFehler> {
    let am = am.into();
    let r = Recht::laden(am)?;
    let ziel = i128::from(netto.0);
    if ziel <= 0 {
        return Ok(Cent::NULL);
    }
    let netto_bei = |brutto: i128| i128::from(r.nettolohn(vorlage, brutto).netto.0);

    // In the Minijob range net pay never falls as the gross rises, so plain bisection is exact there.
    let grenze = r.geringfuegig;
    let mut minijob_mindestens = None;
    if netto_bei(grenze) >= ziel {
        let erste = erste_mindestens(&netto_bei, ziel, 0, grenze);
        if let Some(genau) = genau_ab(&netto_bei, ziel, erste, grenze) {
            return Ok(zu_cent(genau));
        }
        minijob_mindestens = Some(erste);
    }

    let unten = grenze + 1;
    let mut oben = unten.max(ziel);
    let mut links = unten;
    while netto_bei(oben) < ziel {
        if oben >= SUCHGRENZE {
            oben = SUCHGRENZE;
            break;
        }
        links = oben;
        oben = oben.saturating_mul(2).min(SUCHGRENZE);
    }
    if netto_bei(oben) < ziel {
        return Ok(zu_cent(minijob_mindestens.unwrap_or(SUCHGRENZE)));
    }
    let erste = erste_mindestens(&netto_bei, ziel, links, oben);
    let erste = korrigiere_nach_unten(&netto_bei, ziel, unten, erste);
    let genau = genau_ab(&netto_bei, ziel, erste, SUCHGRENZE);
    Ok(zu_cent(genau.or(minijob_mindestens).unwrap_or(erste)))
}

/// Highest gross (cents) the reverse search tries; keeps every intermediate product far inside i128.
const SUCHGRENZE: i128 = (i64::MAX / 16) as i128;

/// How far net pay can fall below an earlier, smaller gross's net through rounding (the annual tax
/// floored to euros, the Vorsorgepauschale rounded up to euros). Measured: at most 23 cents over
/// all tax classes, 2024–2026, gross 0–15,000 € by the cent, outside the Minijob border.
const RUECKSCHLAG: i128 = 100;

/// Upper limit for the local scans. Net rises by at least about 0.3 cent per cent of gross (the
/// highest marginal burden is about 70 %), so 30 € of gross outrun any rounding by far.
const FENSTER: i128 = 3_000;

/// Bisection for a gross in [lo, hi] with net ≥ `ziel`, given that net(hi) ≥ `ziel`; the result
/// has net(result − 1) < `ziel` unless it is `lo`.
fn erste_mindestens(netto_bei: &impl Fn(i128) -> i128, ziel: i128, lo: i128, hi: i128) -> i128 {
    let (mut l, mut h) = (lo, hi);
    while l < h {
        let m = l + (h - l) / 2;
        if netto_bei(m) >= ziel {
            h = m;
        } else {
            l = m + 1;
        }
    }
    h
}

/// Bisection finds *a* crossing; rounding may have let a slightly smaller gross reach the target
/// already. Below a gross whose net is more than `RUECKSCHLAG` short, none can.
fn korrigiere_nach_unten(netto_bei: &impl Fn(i128) -> i128, ziel: i128, unten: i128, gefunden: i128) -> i128 {
    let mut beste = gefunden;
    let mut b = gefunden - 1;
    while b >= unten && b >= gefunden - FENSTER {
        let n = netto_bei(b);
        if n >= ziel {
            beste = b;
        } else if n + RUECKSCHLAG < ziel {
            break;
        }
        b -= 1;
    }
    beste
}

/// The first gross from `ab` whose net is exactly `ziel`; past a net more than `RUECKSCHLAG` above
/// the target none can follow.
fn genau_ab(netto_bei: &impl Fn(i128) -> i128, ziel: i128, ab: i128, bis: i128) -> Option<i128> {
    let mut b = ab;
    while b <= bis && b <= ab + FENSTER {
        let n = netto_bei(b);
        if n == ziel {
            return Some(b);
        }
        if n > ziel + RUECKSCHLAG {
            return None;
        }
        b += 1;
    }
    None
}

impl Recht {
    fn nettolohn(&self, a: &Lohnangaben, brutto: i128) -> Nettolohn {
        let brutto = brutto.max(0);
        let b = self.beitraege(a, brutto);
        let (lohnsteuer, soli) = match b.art {
            Beschaeftigung::Minijob => (0, 0),
            _ => {
                let s = self.jahressteuer(brutto * 12, a);
                (abrunden(s.lstjahr_euro * 100, 12), abrunden(s.soli_jahr, 12))
            }
        };
        let netto = brutto - lohnsteuer - soli - b.rv - b.av - b.kv - b.pv;
        Nettolohn {
            brutto: zu_cent(brutto),
            lohnsteuer: zu_cent(lohnsteuer),
            soli: zu_cent(soli),
            rv: zu_cent(b.rv),
            av: zu_cent(b.av),
            kv: zu_cent(b.kv),
            pv: zu_cent(b.pv),
            netto: zu_cent(netto),
            beschaeftigung: b.art,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;
    use crate::rules::lohn::Steuerklasse;

    fn tag(jahr: i32) -> Datum {
        Datum::ymd(jahr, 6, 1)
    }

    #[test]
    fn no_panic_on_extremes() {
        for jahr in [2024, 2025, 2026] {
            for stkl in 1..=6 {
                let mut a = Lohnangaben::neu(Cent(i64::MAX), Steuerklasse::aus_zahl(stkl).unwrap(), u8::MAX);
                a.kinder_unter_25 = u8::MAX;
                a.kinderfreibetraege_halbe = u8::MAX;
                a.zusatzbeitrag_prozent_e2 = Some(i64::MAX);
                let n = netto_aus_brutto(&a, tag(jahr)).unwrap();
                assert!(n.netto.0 > 0);
                a.brutto_monat = Cent(i64::MIN);
                a.zusatzbeitrag_prozent_e2 = Some(i64::MIN);
                assert_eq!(netto_aus_brutto(&a, tag(jahr)).unwrap().netto, Cent::NULL);
                assert!(brutto_aus_netto(Cent(i64::MAX), &a, tag(jahr)).is_ok());
            }
        }
    }
}
