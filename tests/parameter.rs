//! Every legal figure carries its norm and source, together the parameters cover the period
//! the project promises without gaps or overlaps, and every area of law says how far it is
//! verified and how far it is carried forward.
#![cfg(not(target_arch = "wasm32"))]

use wohncheck::rules::datum::Datum;
use wohncheck::rules::params::{
    abgedeckter_zeitraum, gebiet, id, rechtslagen, rechtsstand, Entwurfsart, ParamId, RechtsstandFehler, Status, Stichtag,
    Wert, Zustand, ENTWUERFE, GEBIETE, PARAMETER,
};

#[test]
fn every_parameter_has_norm_source_and_ordered_dates() {
    assert!(!PARAMETER.is_empty());
    for p in PARAMETER {
        let g = p.gebiet.daten();
        assert!(p.norm.contains('§') || p.norm.contains("Anlage"), "{}: norm '{}'", p.schluessel, p.norm);
        assert!(p.quelle.len() > 10, "{}: source", p.schluessel);
        assert!(!p.staende.is_empty(), "{}", p.schluessel);
        // Within the law as it stands, and within each bill's scenario, periods never overlap.
        let spur = |s: &wohncheck::rules::params::Stand| match s.entwurf {
            Some(e) if ENTWUERFE[e as usize].art == Entwurfsart::Szenario => Some(e),
            _ => None,
        };
        for (i, a) in p.staende.iter().enumerate() {
            for b in &p.staende[i + 1..] {
                assert!(a.gueltig_ab <= b.gueltig_ab, "{}: dates out of order", p.schluessel);
                if spur(a) == spur(b) {
                    assert!(a.gueltig_ab < b.gueltig_ab, "{}: overlapping periods", p.schluessel);
                }
            }
            assert!(a.gueltig_ab <= g.horizont, "{}: a value after the area's horizon", p.schluessel);
            // Before the area's verified_until only verified law; after it every value says
            // what it is, and whatever is not verified says where it comes from.
            if a.gueltig_ab <= g.geprueft_bis {
                assert_eq!(a.status, Status::Geprueft, "{}", p.schluessel);
            }
            if a.status != Status::Geprueft {
                assert!(a.quelle.is_some_and(|q| q.len() > 10), "{}: a provisional value without its source", p.schluessel);
            }
            assert_eq!(a.status == Status::Entwurf, a.entwurf.is_some(), "{}", p.schluessel);
        }
    }
}

#[test]
fn covers_2024_to_2026_on_every_day() {
    let (beginn, ende) = abgedeckter_zeitraum();
    assert!(beginn <= Datum::ymd(2024, 1, 1), "{beginn}");
    assert!(ende >= Datum::ymd(2026, 12, 1), "{ende}");
    // Every parameter has exactly one value on every day of the period, the law as it stands.
    for i in 0..PARAMETER.len() {
        let id = ParamId(i);
        let mut tag = Datum::ymd(2024, 1, 1);
        while tag <= Datum::ymd(2026, 12, 31) {
            let stand = id.stand(tag).unwrap();
            let gueltige = PARAMETER[i].staende.iter().filter(|s| s.gueltig_ab <= tag).count();
            assert!(gueltige >= 1);
            assert!(std::ptr::eq(stand, &PARAMETER[i].staende[gueltige - 1]));
            assert_eq!(stand.status, Status::Geprueft, "{} on {tag}", PARAMETER[i].schluessel);
            tag = tag.plus_tage(1);
        }
    }
}

#[test]
fn carried_forward_up_to_the_horizon_and_not_beyond() {
    for i in 0..PARAMETER.len() {
        let id = ParamId(i);
        let g = PARAMETER[i].gebiet.daten();
        // Every day up to the horizon has a value: 2027 never stops a result.
        assert!(id.stand(g.horizont).is_ok(), "{}", PARAMETER[i].schluessel);
        let danach = id.stand(g.horizont.plus_tage(1));
        if g.zuletzt_geprueft {
            // Tenancy law and its calendar never go dark: the rules of the horizon apply.
            assert!(std::ptr::eq(danach.unwrap(), id.stand(g.horizont).unwrap()), "{}", PARAMETER[i].schluessel);
        } else {
            assert!(matches!(danach, Err(RechtsstandFehler::NochNichtBekannt { bekannt_bis, .. }) if bekannt_bis == g.horizont));
        }
    }
}

#[test]
fn every_area_carries_forward_at_most_twelve_months() {
    assert!(GEBIETE.len() >= 6);
    for g in GEBIETE {
        assert!(g.geprueft_bis <= g.horizont);
        assert!(g.horizont <= g.geprueft_bis.plus_monate_kappend(12), "{}", g.code);
        assert!(!g.quelle.is_empty() && !g.normen.is_empty(), "{}", g.code);
    }
    for code in ["mietrecht", "wohngeld", "grundsicherung", "familie", "lohnsteuer", "sozialversicherung"] {
        assert!(GEBIETE.iter().any(|g| g.code == code), "{code}");
    }
}

#[test]
fn values_keep_their_shape() {
    for p in PARAMETER {
        let kind = |w: &Wert| std::mem::discriminant(w);
        let first = kind(&p.staende[0].wert);
        assert!(p.staende.iter().all(|s| kind(&s.wert) == first), "{}", p.schluessel);
    }
}

fn zustand(datum: Datum, code: &str) -> wohncheck::rules::params::GebietStand {
    rechtsstand(datum).into_iter().find(|s| s.daten().code == code).unwrap()
}

#[test]
fn each_area_has_its_own_validity() {
    // The day the tenancy statutes were last checked: everything verified.
    assert!(rechtsstand(Datum::ymd(2026, 12, 1)).iter().all(|s| s.zustand == Zustand::Geprueft));
    // The next day only tenancy law is carried forward; the benefit figures of 2026 are law to the year's end.
    let dez = rechtsstand(Datum::ymd(2026, 12, 2));
    let vorlaeufig: Vec<&str> = dez.iter().filter(|s| s.zustand != Zustand::Geprueft).map(|s| s.daten().code).collect();
    assert_eq!(vorlaeufig, vec!["mietrecht"]);
    // 2027: every area provisional, none unknown.
    for s in rechtsstand(Datum::ymd(2027, 1, 12)) {
        assert_eq!(s.zustand, Zustand::Vorlaeufig, "{}", s.daten().code);
        assert!(s.fortgeschrieben, "{}", s.daten().code);
    }
    // 2028: beyond every horizon.
    assert!(rechtsstand(Datum::ymd(2028, 1, 1)).iter().all(|s| s.zustand == Zustand::Unbekannt));
    // Before the data begins (a device clock in 1970, say) nothing is known.
    assert_eq!(zustand(Datum::ymd(2023, 12, 31), "wohngeld").zustand, Zustand::Unbekannt);
}

#[test]
fn bills_are_named_where_their_figures_apply() {
    let code = |e: usize| ENTWUERFE[e].code;
    let wg = zustand(Datum::ymd(2027, 1, 12), "wohngeld");
    let mut namen: Vec<&str> = wg.entwuerfe.iter().map(|e| code(*e)).collect();
    namen.sort();
    assert_eq!(namen, vec!["estrefg_2027", "wohngeld_reform"]);
    assert!(zustand(Datum::ymd(2026, 7, 1), "wohngeld").entwuerfe.is_empty());
    let sv = zustand(Datum::ymd(2027, 7, 1), "sozialversicherung");
    assert_eq!(sv.entwuerfe.iter().map(|e| code(*e)).collect::<Vec<_>>(), vec!["sv_rechengroessen_2027"]);
    // The tenancy bill is a note on every date, never a scenario.
    for tag in [Datum::ymd(2026, 3, 1), Datum::ymd(2027, 1, 12)] {
        let m = zustand(tag, "mietrecht");
        assert_eq!(m.hinweise.iter().map(|e| code(*e)).collect::<Vec<_>>(), vec!["mietrecht_ii"]);
        assert!(m.entwuerfe.is_empty());
    }
}

#[test]
fn scenarios_are_the_law_as_it_stands_and_every_combination_of_bills() {
    assert_eq!(rechtslagen(Datum::ymd(2026, 11, 25)), vec![Stichtag::from(Datum::ymd(2026, 11, 25))]);
    let jan = rechtslagen(Datum::ymd(2027, 1, 12));
    assert_eq!(jan.len(), 4, "two bills with figures: {jan:?}");
    assert_eq!(jan[0].entwuerfe, 0, "the law as it stands comes first");
    let mut masken: Vec<u32> = jan.iter().map(|s| s.entwuerfe).collect();
    masken.dedup();
    assert_eq!(masken.len(), 4);
    // Beyond the horizons no scenario is left.
    assert_eq!(rechtslagen(Datum::ymd(2028, 1, 1)).len(), 1);
}

#[test]
fn a_bill_changes_only_its_scenario() {
    let jan = Datum::ymd(2027, 1, 12);
    let geltend = Stichtag::from(jan);
    let reform = rechtslagen(jan).into_iter().find(|s| s.angenommene_entwuerfe().any(|e| e.code == "estrefg_2027") && s.angenommene_entwuerfe().count() == 1).unwrap();
    assert_eq!(id::FAMILIE_KINDERGELD.zahl(geltend).unwrap().f, 259.0);
    assert_eq!(id::FAMILIE_KINDERGELD.stand(geltend).unwrap().status, Status::Fortgeschrieben);
    assert_eq!(id::FAMILIE_KINDERGELD.zahl(reform).unwrap().f, 267.0);
    assert_eq!(id::FAMILIE_KINDERGELD.stand(reform).unwrap().status, Status::Entwurf);
    // The bill's scenario leaves 2026 alone.
    assert_eq!(id::FAMILIE_KINDERGELD.zahl(Stichtag { datum: Datum::ymd(2026, 12, 31), ..reform }).unwrap().f, 259.0);
    // A figure already law for 2027 is verified in every scenario.
    assert_eq!(id::SOZIALVERSICHERUNG_GERINGFUEGIGKEITSGRENZE.zahl(geltend).unwrap().f, 633.0);
    assert_eq!(id::SOZIALVERSICHERUNG_GERINGFUEGIGKEITSGRENZE.stand(reform).unwrap().status, Status::Geprueft);
}

#[test]
fn area_constants_match_the_data() {
    assert_eq!(gebiet::MIETRECHT.daten().code, "mietrecht");
    assert_eq!(gebiet::WOHNGELD.daten().code, "wohngeld");
    assert_eq!(id::MIETRECHT_SCHONFRIST_MONATE.parameter().gebiet, gebiet::MIETRECHT);
    assert_eq!(id::KALENDER_HESSEN_FESTE_FEIERTAGE.parameter().gebiet, gebiet::MIETRECHT);
}

/// The Besteuerungsanteil is kept as the sections of the statute's table (§ 22 Nr. 1 Satz 3
/// Buchst. a Doppelbuchst. aa EStG as amended by the Wachstumschancengesetz); every row of the
/// printed table, in per mille: up to 2005 500, 2006–2020 +20 a year, 2021 810, 2022 820,
/// 2023–2058 +5 a year up to 1000.
#[test]
fn besteuerungsanteil_reproduces_every_row_of_the_statutes_table() {
    use wohncheck::rules::lohn::besteuerungsanteil;
    let am = Datum::ymd(2025, 7, 1);
    let promille = |jahr: i32| (besteuerungsanteil(jahr, am).unwrap() * 1000.0).round() as i32;
    assert_eq!(promille(1990), 500, "Rentenbeginn bis 2005");
    for jahr in 2005..=2020 {
        assert_eq!(promille(jahr), 500 + 20 * (jahr - 2005), "{jahr}");
    }
    assert_eq!((promille(2021), promille(2022)), (810, 820));
    for jahr in 2023..=2058 {
        assert_eq!(promille(jahr), 825 + 5 * (jahr - 2023), "{jahr}");
    }
    assert_eq!((promille(2025), promille(2026), promille(2058), promille(2070)), (835, 840, 1000, 1000));
}
