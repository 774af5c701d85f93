//! The income Y of the formula (§§ 14–17 WoGG): each member's annual income (wages less the
//! Werbungskosten-Pauschbetrag unless a Minijob, pensions less their own Pauschbetrag, other
//! income in full), less the lump-sum deductions of § 16 per criterion met, the earnings of a
//! child under 25 free up to § 17 Nr. 4, the Freibeträge of § 17 Nr. 1, 3; per month, at least
//! the minimum income (§ 19 Abs. 2 WoGG, Anlage 3 Nr. 1).

use super::miete::je_groesse;
use super::{Fix10, WohngeldEingabe};
use crate::rules::params::{id, RechtsstandFehler, Stichtag};
use crate::rules::schritt::Schritt;

/// Y for `n` members, and the `wg_einkommen` step.
pub(super) fn einkommen(e: &WohngeldEingabe, n: usize, am: Stichtag) -> Result<(Fix10, Schritt), RechtsstandFehler> {
    let wk = Fix10::aus_zahl(id::WOHNGELD_WERBUNGSKOSTEN_PAUSCHBETRAG.zahl(am)?);
    let wk_rente = Fix10::aus_zahl(id::WOHNGELD_WERBUNGSKOSTEN_PAUSCHBETRAG_RENTEN.zahl(am)?);
    let abzug = Fix10::aus_zahl(id::WOHNGELD_PAUSCHALABZUG_JE_MERKMAL.zahl(am)?);
    let kinderfrei = Fix10::aus_zahl(id::WOHNGELD_FREIBETRAG_KINDEREINKOMMEN.zahl(am)?);
    let mut jahr = Fix10::ganz(0);
    for mitglied in &e.mitglieder {
        let lohn_jahr = Fix10::aus_cent(mitglied.bruttolohn).mal(Fix10::ganz(12));
        let lohn_einkuenfte = if mitglied.minijob { lohn_jahr } else { lohn_jahr.minus(wk.min(lohn_jahr)) };
        let rente_jahr = Fix10::aus_cent(mitglied.rente).mal(Fix10::ganz(12));
        let rente_einkuenfte = rente_jahr.minus(wk_rente.min(rente_jahr));
        let mut einkommen =
            lohn_einkuenfte.plus(rente_einkuenfte).plus(Fix10::aus_cent(mitglied.sonstiges).mal(Fix10::ganz(12)));
        let anteil = Fix10::ganz(1).minus(abzug.mal(Fix10::ganz(mitglied.abzugsmerkmale.min(3) as i64)));
        einkommen = einkommen.mal(anteil);
        if mitglied.kind_unter_25 {
            let frei = lohn_einkuenfte.mal(anteil).min(kinderfrei);
            einkommen = einkommen.minus(frei);
        }
        jahr = jahr.plus(einkommen);
    }
    let mut freibetraege = Fix10::ganz(0);
    if e.alleinerziehend {
        freibetraege = freibetraege.plus(Fix10::aus_zahl(id::WOHNGELD_FREIBETRAG_ALLEINERZIEHEND.zahl(am)?));
    }
    freibetraege = freibetraege.plus(
        Fix10::aus_zahl(id::WOHNGELD_FREIBETRAG_SCHWERBEHINDERT.zahl(am)?).mal(Fix10::ganz(e.schwerbehinderte as i64)),
    );
    let jahr_netto = jahr.minus(freibetraege).max(Fix10::ganz(0));
    let y_min = Fix10::aus_zahl(je_groesse(id::WOHNGELD_MINDESTEINKOMMEN, n, am)?);
    let y = Fix10::bruch(jahr_netto, 12).max(y_min);
    let schritt = Schritt::neu(
        "wohngeld",
        "wg_einkommen",
        vec![("jahr", jahr.auf_cent().wert()), ("frei", freibetraege.auf_cent().wert()), ("y", y.auf_cent().wert())],
        "§§ 14–17 WoGG",
    );
    Ok((y, schritt))
}

#[cfg(test)]
mod tests {
    use crate::rules::datum::Datum;
    use crate::rules::geld::Cent;
    use crate::rules::wohngeld::{wohngeld, Fix10, WohngeldEingabe, WohngeldEinkommen};

    /// Issue 13, point 1: one pensioner, 1,000 € gross pension a month, only the health/care
    /// criterion of § 16 WoGG. § 14 Abs. 1 and Abs. 2 Nr. 3 WoGG with § 9a Satz 1 Nr. 3 EStG:
    /// Y = (12 × 1,000 − 102) × 0.9 / 12 = 11,898 × 0.9 / 12 = 892.35 € (not 900.00 €).
    /// ALG I, maintenance and other income get no such deduction: 1,000 € ALG I with no
    /// criterion count 1,000.00 €.
    #[test]
    fn pension_less_the_102_euro_lump_sum() {
        let am = Datum::ymd(2025, 7, 1);
        let y = |m: WohngeldEinkommen| {
            let e = WohngeldEingabe { mitglieder: vec![m], mietstufe: 4, bruttokaltmiete: Cent::euro(500), alleinerziehend: false, schwerbehinderte: 0, vermoegen: Cent::NULL };
            wohngeld(&e, am).unwrap().y
        };
        assert_eq!(y(WohngeldEinkommen { rente: Cent::euro(1000), abzugsmerkmale: 1, ..Default::default() }), Fix10::aus_cent(Cent(89_235)));
        assert_eq!(y(WohngeldEinkommen { sonstiges: Cent::euro(1000), ..Default::default() }), Fix10::aus_cent(Cent(100_000)));
        // A pension below 102 € a year leaves nothing, never less: 8 € × 12 = 96 € → 0; Y is then
        // raised to the minimum of one member, 396 € (Anlage 3 Nr. 1 WoGG, 2025).
        assert_eq!(y(WohngeldEinkommen { rente: Cent::euro(8), ..Default::default() }), Fix10::ganz(396));
    }

    /// Issue 13, point 2: a Minijob of 400 € (2025: up to the Geringfügigkeitsgrenze of 556 €),
    /// flat-taxed by the employer, of a partner who opted out of pension insurance: no § 16
    /// criterion. § 14 Abs. 1 Satz 3 Nr. 2 WoGG counts the wage minus actual expenses (none),
    /// never minus the Arbeitnehmer-Pauschbetrag: 400.00 € a month, not (4,800 − 1,230) / 12 =
    /// 297.50 €. Couple, the other partner with 1,000 € pension and the health/care criterion:
    /// Y = (4,800 + (12,000 − 102) × 0.9) / 12 = (4,800 + 10,708.20) / 12 = 1,292.35 €.
    #[test]
    fn minijob_counts_in_full() {
        let am = Datum::ymd(2025, 7, 1);
        let e = |minijob: bool| WohngeldEingabe {
            mitglieder: vec![
                WohngeldEinkommen { rente: Cent::euro(1000), abzugsmerkmale: 1, ..Default::default() },
                WohngeldEinkommen { bruttolohn: Cent::euro(400), minijob, ..Default::default() },
            ],
            mietstufe: 4,
            bruttokaltmiete: Cent::euro(600),
            alleinerziehend: false,
            schwerbehinderte: 0,
            vermoegen: Cent::NULL,
        };
        assert_eq!(wohngeld(&e(true), am).unwrap().y, Fix10::aus_cent(Cent(129_235)));
        // The same wage as an ordinary job keeps the Pauschbetrag: (3,570 + 10,708.20) / 12 = 1,189.85 €.
        assert_eq!(wohngeld(&e(false), am).unwrap().y, Fix10::aus_cent(Cent(118_985)));
    }

    /// The official BMWSB examples 2025 from the household, not from Y: „Beispiele für die
    /// Berechnung des Wohngelds“, Stand 01.01.2025
    /// (https://www.bmwsb.bund.de/SharedDocs/downloads/DE/veroeffentlichungen/wohnen/wohngeld-2025/rechenbeispiele-2025.pdf).
    /// The household data were read in the transcription GitHub nyko073006/wohngeld-rechner
    /// test/fixtures/bmwsb-2025-eingaben.ts (the PDF itself was not at hand); the printed Y of
    /// every case below follows from them by the statute, so both agree:
    /// 1: pension 1,300, health/care:         (15,600 − 102) × 0.9 / 12                         = 1,162.35
    /// 2: ALG I 1,350, no criterion:           16,200 / 12                                       = 1,350.00
    /// 3: pensions 1,410 (severely disabled) and 540, each health/care:
    ///    ((16,920 − 102) × 0.9 + (6,480 − 102) × 0.9 − 1,800) / 12 = (15,136.20 + 5,740.20 − 1,800) / 12 = 1,589.70
    /// 4: wage 2,150, two criteria, two members without income: (25,800 − 1,230) × 0.8 / 12    = 1,638.00
    /// 5: single parent, wage 1,530, two criteria; child with Unterhaltsvorschuss 696:
    ///    ((18,360 − 1,230) × 0.8 + 8,352 − 1,320) / 12 = (13,704 + 8,352 − 1,320) / 12            = 1,728.00
    /// 6: wage 2,490, three criteria; partner with a 556 € Minijob, none:
    ///    ((29,880 − 1,230) × 0.7 + 6,672) / 12 = (20,055 + 6,672) / 12                          = 2,227.25
    /// 7: wage 2,240, two criteria:            (26,880 − 1,230) × 0.8 / 12                       = 1,710.00
    /// 8: wage 2,750, three criteria; a child under 25 with a 60 € Minijob, free up to 1,200 € a
    ///    year (§ 17 Nr. 4): (33,000 − 1,230) × 0.7 / 12 + (720 − 720) / 12                     = 1,853.25
    /// 9: wage 4,000, three criteria; grandmother with pension 645, health/care:
    ///    ((48,000 − 1,230) × 0.7 + (7,740 − 102) × 0.9) / 12 = (32,739 + 6,874.20) / 12          = 3,301.10
    /// 10: one of two members counted, pension 880, health/care: (10,560 − 102) × 0.9 / 12     =   784.35
    /// Case 11 (pension 945 with 33 years of Grundrentenzeiten) also deducts the Grundrenten-
    /// Freibetrag of § 17a WoGG (min(1,200 + 30 % × (11,340 − 1,200), 12 × 281.50) = 3,378 €):
    /// (11,340 − 102) × 0.9 − 3,378 = 6,736.20 → 561.35. The engine does not ask for
    /// Grundrentenzeiten, so that case is checked only from Y (`bmwsb_2025_examples`).
    #[test]
    fn bmwsb_2025_examples_from_the_household() {
        let am = Datum::ymd(2025, 1, 1);
        let rentner = |rente: i64| WohngeldEinkommen { rente: Cent::euro(rente), abzugsmerkmale: 1, ..Default::default() };
        let lohn = |brutto: i64, merkmale: u8| WohngeldEinkommen { bruttolohn: Cent::euro(brutto), abzugsmerkmale: merkmale, ..Default::default() };
        let ohne = WohngeldEinkommen::default;
        let faelle: Vec<(&str, Vec<WohngeldEinkommen>, bool, usize, &str)> = vec![
            ("1", vec![rentner(1300)], false, 0, "1162.35"),
            ("2", vec![WohngeldEinkommen { sonstiges: Cent::euro(1350), ..Default::default() }], false, 0, "1350.00"),
            ("3", vec![rentner(1410), rentner(540)], false, 1, "1589.70"),
            ("4", vec![lohn(2150, 2), ohne(), ohne()], false, 0, "1638.00"),
            ("5", vec![lohn(1530, 2), WohngeldEinkommen { sonstiges: Cent::euro(696), kind_unter_25: true, ..Default::default() }, ohne()], true, 0, "1728.00"),
            ("6", vec![lohn(2490, 3), WohngeldEinkommen { bruttolohn: Cent::euro(556), minijob: true, ..Default::default() }, ohne(), ohne()], false, 0, "2227.25"),
            ("7", vec![lohn(2240, 2), ohne(), ohne(), ohne()], false, 0, "1710.00"),
            (
                "8",
                vec![lohn(2750, 3), ohne(), WohngeldEinkommen { bruttolohn: Cent::euro(60), minijob: true, kind_unter_25: true, ..Default::default() }, ohne(), ohne()],
                false,
                0,
                "1853.25",
            ),
            ("9", vec![lohn(4000, 3), ohne(), ohne(), ohne(), ohne(), rentner(645)], false, 0, "3301.10"),
            ("10", vec![rentner(880)], false, 0, "784.35"),
        ];
        for (nr, mitglieder, alleinerziehend, schwerbehinderte, y) in faelle {
            let (euro, cent) = y.split_once('.').unwrap();
            let erwartet = Fix10::aus_cent(Cent(euro.parse::<i64>().unwrap() * 100 + cent.parse::<i64>().unwrap()));
            let e = WohngeldEingabe { mitglieder, mietstufe: 1, bruttokaltmiete: Cent::euro(300), alleinerziehend, schwerbehinderte, vermoegen: Cent::NULL };
            assert_eq!(wohngeld(&e, am).unwrap().y, erwartet, "case {nr}");
        }
    }
}
