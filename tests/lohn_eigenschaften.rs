#![cfg(not(target_arch = "wasm32"))]
//! Net → gross wage and properties over the whole input range: the reverse search against the
//! forward computation, and no panic on any input. The cases with expected values from a
//! source are in lohn_faelle.rs, the borders where the rules change in lohn_grenzen.rs.

use proptest::prelude::*;
use wohncheck::rules::datum::Datum;
use wohncheck::rules::geld::Cent;
use wohncheck::rules::lohn::{brutto_aus_netto, lohnsteuer_jahr, netto_aus_brutto, Lohnangaben};

mod lohn_gemeinsam;
use lohn_gemeinsam::*;

// ---------------------------------------------------------------- net → gross

#[test]
fn brutto_aus_netto_worked_example() {
    for jahr in [2024, 2025, 2026] {
        let a = kinderlos(250_000, 1);
        let n = netto(&a, jahr);
        let g = brutto_aus_netto(n.netto, &a, am(jahr)).unwrap();
        assert!(g <= Cent(250_000));
        assert_eq!(netto(&Lohnangaben { brutto_monat: g, ..a }, jahr).netto, n.netto, "{jahr}");
    }
    assert_eq!(brutto_aus_netto(Cent::NULL, &kinderlos(0, 1), am(2026)).unwrap(), Cent::NULL);
    assert_eq!(brutto_aus_netto(Cent(-5), &kinderlos(0, 1), am(2026)).unwrap(), Cent::NULL);
}

#[test]
fn brutto_aus_netto_at_the_minijob_border() {
    // Exempted minijobber: net = gross up to 603 €; the same net is reached again above the limit,
    // but the Minijob gross is smaller.
    let befreit = Lohnangaben { minijob_rv_befreit: true, ..kinderlos(0, 1) };
    assert_eq!(brutto_aus_netto(Cent(60_300), &befreit, am(2026)).unwrap(), Cent(60_300));
    assert_eq!(brutto_aus_netto(Cent(60_100), &befreit, am(2026)).unwrap(), Cent(60_100));
    // Not exempted: the Minijob net ends at 581.29, the Übergangsbereich starts at 600.61;
    // 590 € net is never paid, the smallest gross paying more is the first cent above the limit.
    let pflichtig = kinderlos(0, 1);
    let g = brutto_aus_netto(Cent(59_000), &pflichtig, am(2026)).unwrap();
    assert_eq!(g, Cent(60_301));
    assert!(netto(&Lohnangaben { brutto_monat: g, ..pflichtig.clone() }, 2026).netto > Cent(59_000));
    assert_eq!(brutto_aus_netto(Cent(58_129), &pflichtig, am(2026)).unwrap(), Cent(60_300));
}

/// Against a search by the cent through every gross from 0 to 2,100 €: the smallest gross with
/// exactly the net, else the smallest with more.
#[test]
fn brutto_aus_netto_matches_exhaustive_search() {
    let faelle = [
        (2026, kinderlos(0, 5)),
        (2024, Lohnangaben { minijob_rv_befreit: true, ..mit_kindern(0, 1, 3) }),
        (2025, kinderlos(0, 3)),
    ];
    for (jahr, vorlage) in faelle {
        let netze: Vec<i64> = (0..=210_000)
            .map(|b| netto(&Lohnangaben { brutto_monat: Cent(b), ..vorlage.clone() }, jahr).netto.0)
            .collect();
        let hoechstes = *netze.last().unwrap() - 1_000;
        let mut ziel = 1;
        while ziel < hoechstes {
            let erwartet = netze
                .iter()
                .position(|&n| n == ziel)
                .or_else(|| netze.iter().position(|&n| n >= ziel))
                .unwrap() as i64;
            let g = brutto_aus_netto(Cent(ziel), &vorlage, am(jahr)).unwrap();
            assert_eq!(g, Cent(erwartet), "{jahr} {:?} target {ziel}", vorlage.steuerklasse);
            ziel += 997;
        }
    }
}

// ---------------------------------------------------------------- properties

fn angaben() -> impl Strategy<Value = (Lohnangaben, i32)> {
    (
        prop_oneof![0i64..=300_000, 0i64..=100_000_000],
        1u8..=6,
        0u8..=6,
        any::<bool>(),
        16u8..=70,
        0u8..=6,
        prop::option::of(0i64..=450),
        any::<bool>(),
        any::<bool>(),
        2024i32..=2026,
    )
        .prop_map(|(brutto, stkl, kinder, eltern, alter, zkf, zusatz, sachsen, befreit, jahr)| {
            (
                Lohnangaben {
                    brutto_monat: Cent(brutto),
                    steuerklasse: klasse(stkl),
                    kinder_unter_25: kinder,
                    elterneigenschaft: eltern || kinder > 0,
                    alter,
                    kinderfreibetraege_halbe: zkf,
                    zusatzbeitrag_prozent_e2: zusatz,
                    pv_sachsen: sachsen,
                    minijob_rv_befreit: befreit,
                },
                jahr,
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Gross 0 to 1,000,000 € a month: the net lies between 0 and the gross, is the gross minus the
    /// deductions, and the reverse search leads back to a gross with exactly that net.
    #[test]
    fn net_within_gross_and_reverse_round_trip((a, jahr) in angaben()) {
        let n = netto_aus_brutto(&a, am(jahr)).unwrap();
        prop_assert!(n.netto <= n.brutto);
        prop_assert!(n.netto >= Cent::NULL);
        prop_assert_eq!(n.netto, n.brutto - n.steuern() - n.sozialversicherung());

        let g = brutto_aus_netto(n.netto, &a, am(jahr)).unwrap();
        prop_assert!(g <= n.brutto, "{:?} → {:?}", n, g);
        let zurueck = netto_aus_brutto(&Lohnangaben { brutto_monat: g, ..a.clone() }, am(jahr)).unwrap();
        prop_assert_eq!(zurueck.netto, n.netto, "gross {:?} → {:?}", n.brutto, g);
    }

    /// Any input whatsoever: no panic.
    #[test]
    fn no_panic_on_any_input(
        brutto in any::<i64>(),
        stkl in 1u8..=6,
        kinder in any::<u8>(),
        alter in any::<u8>(),
        zkf in any::<u8>(),
        zusatz in prop::option::of(any::<i64>()),
        flags in any::<(bool, bool, bool)>(),
        tag in 0i64..(3 * 366),
        ziel in any::<i64>(),
    ) {
        let a = Lohnangaben {
            brutto_monat: Cent(brutto),
            steuerklasse: klasse(stkl),
            kinder_unter_25: kinder,
            elterneigenschaft: flags.0,
            alter,
            kinderfreibetraege_halbe: zkf,
            zusatzbeitrag_prozent_e2: zusatz,
            pv_sachsen: flags.1,
            minijob_rv_befreit: flags.2,
        };
        let datum = Datum::ymd(2024, 1, 1).plus_tage(tag);
        if let Ok(n) = netto_aus_brutto(&a, datum) {
            prop_assert!(n.netto >= Cent::NULL);
        }
        let _ = lohnsteuer_jahr(Cent(brutto), &a, datum);
        let _ = brutto_aus_netto(Cent(ziel), &a, datum);
    }
}
