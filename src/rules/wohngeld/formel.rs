//! The Wohngeld formula (§ 19 Abs. 1 WoGG): factor · (M − (a + b·M + c·Y) · Y) with the
//! coefficients of the household size (Anlage 2) in the arithmetic of Anlage 3, a fixed amount
//! per member from the 13th on (§ 19 Abs. 3), and no payment below the minimum of § 21 Nr. 1.

use super::miete::je_groesse;
use super::Fix10;
use crate::rules::params::{id, RechtsstandFehler, Stichtag};
use crate::rules::schritt::Schritt;

/// § 19 WoGG with Anlage 3: the unrounded amount z4 and the amount rounded to whole euros,
/// for `n` members, rent M and income Y (both already raised to their minimums).
/// From the 13th member on, a fixed amount per member is added, at most up to M (§ 19 Abs. 3).
pub fn formel(n: usize, m: Fix10, y: Fix10, am: impl Into<Stichtag>) -> Result<(Fix10, i64), RechtsstandFehler> {
    let am = am.into();
    let gross = n.clamp(1, 12);
    let a = Fix10::aus_zahl(je_groesse(id::WOHNGELD_KOEFFIZIENT_A, gross, am)?);
    let b = Fix10::aus_zahl(je_groesse(id::WOHNGELD_KOEFFIZIENT_B, gross, am)?);
    let c = Fix10::aus_zahl(je_groesse(id::WOHNGELD_KOEFFIZIENT_C, gross, am)?);
    let faktor = Fix10::aus_zahl(id::WOHNGELD_FAKTOR.zahl(am)?);
    let z1 = a.plus(b.mal(m)).plus(c.mal(y));
    let z2 = z1.mal(y);
    let z3 = m.minus(z2);
    let z4 = faktor.mal(z3);
    let mut betrag = z4.auf_euro().max(0);
    if n > 12 {
        let zusatz = id::WOHNGELD_ZUSATZBETRAG_AB_13_PERSONEN.zahl(am)?.f as i64 * (n as i64 - 12);
        betrag = (betrag + zusatz).min(m.auf_euro());
    }
    Ok((z4, betrag))
}

/// The amount paid: the formula's, nothing with too many assets (§ 21 Nr. 3) or below the
/// minimum (§ 21 Nr. 1), at most M where the data says so; with the `wg_formel` step.
pub(super) fn zahlbetrag(n: usize, m: Fix10, y: Fix10, zu_viel_vermoegen: bool, am: Stichtag) -> Result<(Fix10, i64, Schritt), RechtsstandFehler> {
    let (z4, gerundet) = formel(n, m, y, am)?;
    let mindest = id::WOHNGELD_MINDESTZAHLBETRAG.zahl(am)?.f as i64;
    let mut betrag = if zu_viel_vermoegen || gerundet < mindest { 0 } else { gerundet };
    if id::WOHNGELD_HOECHSTENS_MIETE.zahl(am)?.f > 0.0 {
        betrag = betrag.min(m.auf_euro());
    }
    let schritt = Schritt::neu(
        "wohngeld",
        "wg_formel",
        vec![("mindest", mindest.to_string()), ("m", m.auf_cent().wert()), ("y", y.auf_cent().wert()), ("betrag", betrag.to_string())],
        "§ 19 Abs. 1 WoGG, Anlage 3; § 21 Nr. 1 WoGG",
    );
    Ok((z4, betrag, schritt))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;
    use crate::rules::geld::Cent;
    use crate::rules::wohngeld::miete::{hoechstbetrag, je_groesse_mit_zuschlag};

    /// BMWSB, „Beispiele für die Berechnung des Wohngelds“, Stand 01.01.2025, cases 1–11
    /// (https://www.bmwsb.bund.de/SharedDocs/downloads/DE/veroeffentlichungen/wohnen/wohngeld-2025/rechenbeispiele-2025.pdf,
    /// transcribed in nyko073006/wohngeld-rechner test/fixtures/bmwsb-2025.ts): members counted,
    /// Mietstufe, Bruttokaltmiete, Y, M and the Wohngeld printed there.
    #[test]
    fn bmwsb_2025_examples() {
        let am = Datum::ymd(2025, 1, 1);
        let faelle: [(usize, u8, i64, &str, &str, i64); 11] = [
            (1, 1, 335, "1162.35", "445.40", 110),
            (1, 4, 470, "1350.00", "580.40", 88),
            (2, 2, 480, "1589.70", "622.60", 166),
            (3, 1, 750, "1638.00", "720.80", 320),
            (3, 6, 700, "1728.00", "870.20", 372),
            (4, 7, 1225, "2227.25", "1371.20", 691),
            (4, 3, 580, "1710.00", "777.80", 485),
            (5, 5, 870, "1853.25", "1095.40", 747),
            (6, 2, 780, "3301.10", "1033.00", 343),
            (1, 4, 570, "784.35", "356.30", 191),
            (1, 2, 345, "561.35", "455.40", 342),
        ];
        let fix = |t: &str| {
            let (e, c) = t.split_once('.').unwrap();
            Fix10::aus_cent(Cent(e.parse::<i64>().unwrap() * 100 + c.parse::<i64>().unwrap()))
        };
        for (nr, (n, stufe, miete, y, m, erwartet)) in faelle.into_iter().enumerate() {
            let (_, betrag) = formel(n, fix(m), fix(y), am).unwrap();
            assert_eq!(betrag, erwartet, "case {}", nr + 1);
            // Case 10 counts one of two residents, with a share of the rent: M is not derivable here.
            if nr != 9 {
                let deckel = hoechstbetrag(n, stufe, am).unwrap()
                    .plus(je_groesse_mit_zuschlag(id::WOHNGELD_KLIMAKOMPONENTE, id::WOHNGELD_KLIMAKOMPONENTE_JEDE_WEITERE_PERSON, n, am).unwrap());
                let heiz = je_groesse_mit_zuschlag(id::WOHNGELD_HEIZKOSTEN, id::WOHNGELD_HEIZKOSTEN_JEDE_WEITERE_PERSON, n, am).unwrap();
                let m_berechnet = Fix10::aus_cent(Cent::euro(miete)).min(deckel).plus(heiz);
                assert_eq!(m_berechnet, fix(m), "case {}: M", nr + 1);
            }
        }
    }

    /// Länderhinweis zu WoGVwV Nr. 19.31 (Stand 12/2024): 14 members, Mietstufe III, M 2,018.60,
    /// Y 4,688.25 → 1,205 € for twelve, plus 2 × 65 € = 1,335 €
    /// (https://www.tacheles-sozialhilfe.de/files/Weisungen/WoGG/241202-hinweise-wogmehrals12hmer_geschwaerzt.pdf).
    #[test]
    fn more_than_twelve_members() {
        let am = Datum::ymd(2025, 1, 1);
        let (z4, betrag) = formel(14, Fix10::aus_cent(Cent(201_860)), Fix10::aus_cent(Cent(468_825)), am).unwrap();
        assert_eq!(z4.auf_euro(), 1205);
        assert_eq!(betrag, 1335);
    }
}
