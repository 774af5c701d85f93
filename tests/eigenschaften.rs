//! Property tests: the rules never panic and stay finite and non-negative for
//! any input, and the benefit curves move in the direction the law intends.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use wohncheck::rules::datum::Datum;
use wohncheck::rules::geld::Cent;
use wohncheck::rules::grundsicherung::{self, Bedarfspruefung, Person, Rechtskreis, Rolle};
use wohncheck::rules::haushalt::{Haushalt, Mitglied};
use wohncheck::rules::leistungen::bewerte;
use wohncheck::rules::wohngeld::{wohngeld, WohngeldEingabe, WohngeldEinkommen};

fn datum() -> impl Strategy<Value = Datum> {
    (0i64..1096).prop_map(|t| Datum::ymd(2024, 1, 1).plus_tage(t))
}

fn cent(max_euro: i64) -> impl Strategy<Value = Cent> {
    (0..=max_euro * 100).prop_map(Cent)
}

fn mitglied(max_euro: i64) -> impl Strategy<Value = Mitglied> {
    (
        0u8..=120,
        proptest::option::of(cent(max_euro)),
        proptest::option::of(cent(max_euro)),
        cent(max_euro / 4),
        cent(max_euro / 10),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(alter, brutto, netto, rente, unterhalt, em, sb)| Mitglied {
            alter,
            bruttolohn: brutto,
            // Net never above gross when both are given.
            nettolohn: match (brutto, netto) {
                (Some(b), Some(n)) => Some(n.min(b)),
                (_, n) => n,
            },
            rente,
            unterhalt,
            voll_erwerbsgemindert: em,
            schwerbehindert: sb,
            ..Default::default()
        })
}

fn haushalt(max_euro: i64, max_personen: usize) -> impl Strategy<Value = Haushalt> {
    (
        proptest::collection::vec(mitglied(max_euro), 1..=max_personen),
        1u8..=7,
        cent(max_euro / 2),
        cent(max_euro / 10),
        cent(max_euro * 20),
        proptest::option::of(0u32..60),
    )
        .prop_map(|(mitglieder, mietstufe, miete, heizung, vermoegen, bezug)| Haushalt {
            mitglieder,
            mietstufe: Some(mietstufe),
            bruttokaltmiete: miete,
            heizkosten: heizung,
            wohnflaeche_m2: None,
            vermoegen,
            sgb2_bezug_seit_monaten: bezug,
            angemessenheitsgrenze: None,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn plausible_households_never_fail(h in haushalt(8_000, 7), am in datum(), rueckstand in cent(10_000), k in any::<bool>()) {
        let b = bewerte(&h, rueckstand, k, am).unwrap();
        for betraege in [b.betraege, b.alternative] {
            for c in [betraege.wohngeld, betraege.buergergeld, betraege.sozialhilfe, betraege.kinderzuschlag, betraege.kindergeld] {
                prop_assert!(c >= Cent::NULL, "{c:?}");
            }
        }
        for n in &b.nettoloehne {
            prop_assert!(*n >= Cent::NULL);
        }
    }

    #[test]
    fn implausible_households_never_fail(h in haushalt(5_000_000, 16), am in datum()) {
        let b = bewerte(&h, Cent::euro(1_000_000), true, am).unwrap();
        prop_assert!(b.betraege.summe() >= Cent::NULL);
    }

    #[test]
    fn wohngeld_never_rises_with_income(
        n in 1usize..=14, stufe in 1u8..=7, miete in cent(3_000), lohn in cent(6_000), mehr in cent(3_000),
        merkmale in 0u8..=3, am in datum()
    ) {
        let eingabe = |brutto: Cent| WohngeldEingabe {
            mitglieder: (0..n).map(|i| WohngeldEinkommen {
                bruttolohn: if i == 0 { brutto } else { Cent::NULL },
                abzugsmerkmale: merkmale,
                ..Default::default()
            }).collect(),
            mietstufe: stufe,
            bruttokaltmiete: miete,
            alleinerziehend: false,
            schwerbehinderte: 0,
            vermoegen: Cent::NULL,
        };
        let weniger = wohngeld(&eingabe(lohn), am).unwrap().betrag;
        let mehr_lohn = wohngeld(&eingabe(lohn + mehr), am).unwrap().betrag;
        prop_assert!(mehr_lohn <= weniger, "{weniger} -> {mehr_lohn}");
    }

    #[test]
    fn wohngeld_never_falls_when_rent_rises(
        n in 1usize..=8, stufe in 1u8..=7, miete in cent(1_500), plus in cent(500), lohn in cent(4_000), am in datum()
    ) {
        let eingabe = |m: Cent| WohngeldEingabe {
            mitglieder: (0..n).map(|i| WohngeldEinkommen {
                bruttolohn: if i == 0 { lohn } else { Cent::NULL },
                abzugsmerkmale: 3,
                ..Default::default()
            }).collect(),
            mietstufe: stufe,
            bruttokaltmiete: m,
            alleinerziehend: false,
            schwerbehinderte: 0,
            vermoegen: Cent::NULL,
        };
        let vorher = wohngeld(&eingabe(miete), am).unwrap().betrag;
        let nachher = wohngeld(&eingabe(miete + plus), am).unwrap().betrag;
        prop_assert!(nachher >= vorher, "{vorher} -> {nachher}");
    }

    #[test]
    fn buergergeld_never_rises_with_net_income(
        brutto in cent(4_000), netto in cent(4_000), mehr in cent(2_000), kinder in 0usize..4,
        miete in cent(1_500), am in datum()
    ) {
        let pruefung = |n: Cent| Bedarfspruefung {
            rechtskreis: Rechtskreis::Sgb2,
            personen: std::iter::once(Person { rolle: Rolle::Antragsteller, alter: 35, brutto_erwerb: brutto, netto_erwerb: n, sonstiges: Cent::NULL, kindergeld: Cent::NULL })
                .chain((0..kinder).map(|i| Person { rolle: Rolle::Kind, alter: 3 + 4 * i as u8, brutto_erwerb: Cent::NULL, netto_erwerb: Cent::NULL, sonstiges: Cent::NULL, kindergeld: Cent::euro(255) }))
                .collect(),
            personen_im_haushalt: 1 + kinder,
            unterkunft: miete,
            heizung: Cent::euro(80),
            vermoegen: Cent::NULL,
            bezugsmonate: 0,
            vorrangige_leistungen: Cent::NULL,
            einmaliger_bedarf: Cent::NULL,
        };
        let netto = netto.min(brutto);
        let vorher = grundsicherung::pruefe(&pruefung(netto), am).unwrap().anspruch;
        let nachher = grundsicherung::pruefe(&pruefung(netto + mehr), am).unwrap().anspruch;
        prop_assert!(nachher <= vorher, "{vorher:?} -> {nachher:?}");
    }
}
