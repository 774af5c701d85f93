//! Bürgergeld / Grundsicherung für Arbeitsuchende (SGB II) and the needs test it
//! shares with the Sozialhilfe (SGB XII): Regelbedarfe, Mehrbedarf for single
//! parents, housing costs per head (`bedarf`), income after the § 11b deductions
//! (`einkommen`), assets (`vermoegen`).

mod bedarf;
mod einkommen;
mod vermoegen;

pub use bedarf::regelbedarfsstufe;
pub use einkommen::erwerbstaetigenfreibetrag;

use crate::rules::geld::Cent;
use crate::rules::params::{RechtsstandFehler, Stichtag};
use crate::rules::schritt::Schritt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rolle {
    /// The person applying; Regelbedarfsstufe 1 without a partner.
    Antragsteller,
    Partner,
    /// A child of the couple or single parent under 25.
    Kind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub rolle: Rolle,
    pub alter: u8,
    /// Earned income per month: gross decides the allowance, net is what is counted.
    pub brutto_erwerb: Cent,
    pub netto_erwerb: Cent,
    /// Pensions, ALG I, maintenance, other income per month.
    pub sonstiges: Cent,
    /// Kindergeld paid for this child.
    pub kindergeld: Cent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rechtskreis {
    /// SGB II: the Erwerbstätigenfreibetrag of § 11b applies.
    Sgb2,
    /// SGB XII: 30 % of earnings stay free, at most half of Regelbedarfsstufe 1 (§ 82 Abs. 3).
    Sgb12,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bedarfspruefung {
    pub rechtskreis: Rechtskreis,
    /// The members of the Bedarfsgemeinschaft (or Einstandsgemeinschaft).
    pub personen: Vec<Person>,
    /// Everyone living in the flat, for the split of housing costs by head.
    pub personen_im_haushalt: usize,
    /// Recognised Bruttokaltmiete and heating of the whole flat.
    pub unterkunft: Cent,
    pub heizung: Cent,
    pub vermoegen: Cent,
    /// Months of benefit receipt so far; 0 for a new claim (which starts the Karenzzeit).
    pub bezugsmonate: u32,
    /// Income from other benefits that are checked first (Wohngeld, Kinderzuschlag).
    pub vorrangige_leistungen: Cent,
    /// A one-off need in the month, e.g. rent arrears to be taken over.
    pub einmaliger_bedarf: Cent,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bedarfsergebnis {
    pub bedarf: Cent,
    pub einkommen: Cent,
    /// What the Jobcenter or Sozialamt pays per month (zero if not needy or too many assets).
    pub anspruch: Cent,
    pub vermoegen_zu_hoch: bool,
    pub vermoegensgrenze: Cent,
    /// Need per person in the order of `personen`, for the split between SGB II and XII.
    pub bedarf_je_person: Vec<Cent>,
    pub schritte: Vec<Schritt>,
}

/// The needs test: each member's need and income, the assets, and what is missing.
pub fn pruefe(e: &Bedarfspruefung, am: impl Into<Stichtag>) -> Result<Bedarfsergebnis, RechtsstandFehler> {
    let am = am.into();
    let lage = bedarf::Bedarfslage::neu(e, am)?;
    let mit_minderjaehrigem_kind = lage.kinder_alter.iter().any(|&a| a < 18);
    let mut bedarf_je_person = Vec::with_capacity(e.personen.len());
    let mut einkommen_je_person = Vec::with_capacity(e.personen.len());
    for (i, p) in e.personen.iter().enumerate() {
        bedarf_je_person.push(lage.der_person(i, p, e.rechtskreis, am)?);
        einkommen_je_person.push(einkommen::der_person(p, e.rechtskreis, mit_minderjaehrigem_kind, am)?);
    }
    let (bedarf, einkommen) = einkommen::zusammenrechnen(e, &bedarf_je_person, &einkommen_je_person);
    let (vermoegensgrenze, vermoegens_karenz) = vermoegen::grenze(e, am)?;
    let vermoegen_zu_hoch = e.vermoegen > vermoegensgrenze;

    let luecke = (bedarf + e.einmaliger_bedarf - einkommen).max(Cent::NULL);
    let anspruch = if vermoegen_zu_hoch { Cent::NULL } else { luecke };
    let schritte = schritte(e, bedarf, einkommen, luecke, vermoegensgrenze, vermoegens_karenz, vermoegen_zu_hoch);
    Ok(Bedarfsergebnis { bedarf, einkommen, anspruch, vermoegen_zu_hoch, vermoegensgrenze, bedarf_je_person, schritte })
}

/// The steps that explain the needs test: the need, the income against it, the assets.
fn schritte(
    e: &Bedarfspruefung,
    bedarf: Cent,
    einkommen: Cent,
    luecke: Cent,
    vermoegensgrenze: Cent,
    vermoegens_karenz: bool,
    vermoegen_zu_hoch: bool,
) -> Vec<Schritt> {
    let leistung = match e.rechtskreis {
        Rechtskreis::Sgb2 => "buergergeld",
        Rechtskreis::Sgb12 => "sozialhilfe",
    };
    let (norm_bedarf, norm_einkommen, norm_vermoegen) = match e.rechtskreis {
        Rechtskreis::Sgb2 => ("§§ 19–22 SGB II", "§§ 11, 11b SGB II", "§ 12 SGB II"),
        Rechtskreis::Sgb12 => ("§§ 27a, 35, 42 SGB XII", "§ 82 SGB XII", "§ 90 SGB XII"),
    };
    vec![
        Schritt::neu(
            leistung,
            "gs_bedarf",
            vec![
                ("personen", e.personen.len().to_string()),
                ("unterkunft", e.unterkunft.wert()),
                ("heizung", e.heizung.wert()),
                ("bedarf", bedarf.wert()),
            ],
            norm_bedarf,
        ),
        Schritt::neu(
            leistung,
            match e.rechtskreis {
                Rechtskreis::Sgb2 => "gs_einkommen_sgb2",
                Rechtskreis::Sgb12 => "gs_einkommen_sgb12",
            },
            vec![
                ("einkommen", einkommen.wert()),
                ("luecke", luecke.wert()),
                ("ergebnis", if luecke > Cent::NULL { "@erklaerung_wort_es_fehlen" } else { "@erklaerung_wort_gedeckt" }.into()),
            ],
            norm_einkommen,
        ),
        Schritt::neu(
            leistung,
            "gs_vermoegen",
            vec![
                ("grenze", vermoegensgrenze.wert()),
                ("karenz", if vermoegens_karenz && e.rechtskreis == Rechtskreis::Sgb2 { "@erklaerung_wort_karenzzeit" } else { "" }.into()),
                ("vermoegen", e.vermoegen.wert()),
                ("ergebnis", if vermoegen_zu_hoch { "@erklaerung_wort_vermoegen_zu_hoch" } else { "@erklaerung_wort_erfuellt" }.into()),
            ],
            norm_vermoegen,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;

    const AM: Datum = Datum::ymd(2025, 7, 1);

    fn erwachsen(rolle: Rolle, brutto: i64, netto: i64) -> Person {
        Person { rolle, alter: 35, brutto_erwerb: Cent::euro(brutto), netto_erwerb: Cent::euro(netto), sonstiges: Cent::NULL, kindergeld: Cent::NULL }
    }

    fn kind(alter: u8) -> Person {
        Person { rolle: Rolle::Kind, alter, brutto_erwerb: Cent::NULL, netto_erwerb: Cent::NULL, sonstiges: Cent::NULL, kindergeld: Cent::euro(255) }
    }

    /// Single, no income, 450 € Bruttokaltmiete, 70 € heating, 2025:
    /// need = 563 (RBS 1, § 20 SGB II) + 450 + 70 = 1,083 €; nothing counted; Bürgergeld 1,083 €.
    #[test]
    fn single_without_income() {
        let e = Bedarfspruefung {
            rechtskreis: Rechtskreis::Sgb2,
            personen: vec![erwachsen(Rolle::Antragsteller, 0, 0)],
            personen_im_haushalt: 1,
            unterkunft: Cent::euro(450),
            heizung: Cent::euro(70),
            vermoegen: Cent::euro(1000),
            bezugsmonate: 0,
            vorrangige_leistungen: Cent::NULL,
            einmaliger_bedarf: Cent::NULL,
        };
        let r = pruefe(&e, AM).unwrap();
        assert_eq!(r.bedarf, Cent::euro(1083));
        assert_eq!(r.anspruch, Cent::euro(1083));
    }

    /// Single parent, two children aged 4 and 9, gross 1,800 / net 1,320, 2025, rent 750 + 110:
    /// need: 563 + 36 % × 563 = 202.68 (Mehrbedarf, § 21 Abs. 3: one child under 7)
    ///   + children 357 + 25 and 390 + 25 (RBS 6, 5, Kindersofortzuschlag § 72)
    ///   + housing 860 = 2,422.68 €.
    /// Each child's Kindergeld 255 € stays below its need (357+25+286.67), so it counts fully.
    /// Income: 1,320 − Freibetrag (100 + 84 + 144 + 10 % × 500 = 378, § 11b Abs. 3 with a child) = 942
    ///   + 2 × 255 Kindergeld = 1,452 €. Bürgergeld 2,422.68 − 1,452 = 970.68 €.
    #[test]
    fn single_parent_two_children() {
        let e = Bedarfspruefung {
            rechtskreis: Rechtskreis::Sgb2,
            personen: vec![erwachsen(Rolle::Antragsteller, 1800, 1320), kind(4), kind(9)],
            personen_im_haushalt: 3,
            unterkunft: Cent::euro(750),
            heizung: Cent::euro(110),
            vermoegen: Cent::euro(500),
            bezugsmonate: 0,
            vorrangige_leistungen: Cent::NULL,
            einmaliger_bedarf: Cent::NULL,
        };
        let r = pruefe(&e, AM).unwrap();
        assert_eq!(r.bedarf, Cent(242_268));
        assert_eq!(r.einkommen, Cent::euro(1452));
        assert_eq!(r.anspruch, Cent(97_068));
    }

    /// Point 7 of issue 13: § 12 Abs. 2 SGB II n. F. from 1 July 2026, per person and added up, no
    /// asset Karenzzeit: 5,000 € up to the 30th birthday, 10,000 € from it, 12,500 € from the 40th,
    /// 20,000 € from the 50th. A single aged 29 keeps 5,000 €, at 30 10,000 € (the table before
    /// gave 5,000 €), at 40 12,500 €, at 50 and at 67 20,000 € (before: 12,500 € and 15,000 €).
    /// A couple aged 28 and 52: 5,000 + 20,000 = 25,000 €. § 65a SGB II: the old § 12 for
    /// approval periods (twelve months, § 41 Abs. 3 SGB II) that began before 1 July 2026 – on
    /// 1 August 2026 a household receiving benefits for 3 months began its period on 1 May 2026:
    /// Karenzzeit, 40,000 €; for 14 months, on 1 June 2026: after the Karenzzeit, 15,000 €; for
    /// 13 months, on 1 July 2026: the new law, 10,000 € at 35.
    #[test]
    fn schonvermoegen_after_the_reform() {
        let am = Datum::ymd(2026, 8, 1);
        let grenze = |alter: &[u8], bezugsmonate: u32| {
            let personen = alter
                .iter()
                .enumerate()
                .map(|(i, &a)| Person { alter: a, ..erwachsen(if i == 0 { Rolle::Antragsteller } else { Rolle::Partner }, 0, 0) })
                .collect();
            let e = Bedarfspruefung {
                rechtskreis: Rechtskreis::Sgb2,
                personen,
                personen_im_haushalt: alter.len(),
                unterkunft: Cent::euro(450),
                heizung: Cent::euro(70),
                vermoegen: Cent::NULL,
                bezugsmonate,
                vorrangige_leistungen: Cent::NULL,
                einmaliger_bedarf: Cent::NULL,
            };
            pruefe(&e, am).unwrap().vermoegensgrenze
        };
        for (alter, euro) in [(18, 5_000), (29, 5_000), (30, 10_000), (39, 10_000), (40, 12_500), (49, 12_500), (50, 20_000), (67, 20_000)] {
            assert_eq!(grenze(&[alter], 0), Cent::euro(euro), "aged {alter}");
        }
        assert_eq!(grenze(&[28, 52], 0), Cent::euro(25_000));
        assert_eq!(grenze(&[35], 3), Cent::euro(40_000));
        assert_eq!(grenze(&[35], 14), Cent::euro(15_000));
        assert_eq!(grenze(&[35], 13), Cent::euro(10_000));
        // Before the reform nothing changes: 15,000 € per person after the Karenzzeit.
        let e = Bedarfspruefung {
            rechtskreis: Rechtskreis::Sgb2,
            personen: vec![Person { alter: 60, ..erwachsen(Rolle::Antragsteller, 0, 0) }],
            personen_im_haushalt: 1,
            unterkunft: Cent::euro(450),
            heizung: Cent::euro(70),
            vermoegen: Cent::NULL,
            bezugsmonate: 12,
            vorrangige_leistungen: Cent::NULL,
            einmaliger_bedarf: Cent::NULL,
        };
        assert_eq!(pruefe(&e, Datum::ymd(2026, 6, 30)).unwrap().vermoegensgrenze, Cent::euro(15_000));
    }

    #[test]
    fn assets_above_the_limit_end_the_claim() {
        let mut e = Bedarfspruefung {
            rechtskreis: Rechtskreis::Sgb2,
            personen: vec![erwachsen(Rolle::Antragsteller, 0, 0)],
            personen_im_haushalt: 1,
            unterkunft: Cent::euro(450),
            heizung: Cent::euro(70),
            vermoegen: Cent::euro(40_001),
            bezugsmonate: 0,
            vorrangige_leistungen: Cent::NULL,
            einmaliger_bedarf: Cent::NULL,
        };
        assert_eq!(pruefe(&e, AM).unwrap().anspruch, Cent::NULL);
        e.vermoegen = Cent::euro(15_001);
        e.bezugsmonate = 12;
        assert_eq!(pruefe(&e, AM).unwrap().anspruch, Cent::NULL);
        e.vermoegen = Cent::euro(15_000);
        assert_eq!(pruefe(&e, AM).unwrap().anspruch, Cent::euro(1083));
        // After the reform of 1 July 2026 there is no asset Karenzzeit; a 35-year-old keeps 10,000 €.
        let nach_reform = Datum::ymd(2026, 7, 1);
        e.bezugsmonate = 0;
        e.vermoegen = Cent::euro(10_001);
        assert_eq!(pruefe(&e, nach_reform).unwrap().anspruch, Cent::NULL);
        e.vermoegen = Cent::euro(10_000);
        assert_eq!(pruefe(&e, nach_reform).unwrap().anspruch, Cent::euro(1083));
    }
}
