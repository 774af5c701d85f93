//! Every legal figure carries its norm and source, and together the parameters
//! cover the period the project promises without gaps or overlaps.
#![cfg(not(target_arch = "wasm32"))]

use wohncheck::rules::datum::Datum;
use wohncheck::rules::params::{abgedeckter_zeitraum, ParamId, Wert, PARAMETER};

#[test]
fn every_parameter_has_norm_source_and_ordered_dates() {
    assert!(!PARAMETER.is_empty());
    for p in PARAMETER {
        assert!(p.norm.contains('§') || p.norm.contains("Anlage"), "{}: norm '{}'", p.schluessel, p.norm);
        assert!(p.quelle.len() > 10, "{}: source", p.schluessel);
        assert!(!p.staende.is_empty(), "{}", p.schluessel);
        for pair in p.staende.windows(2) {
            assert!(pair[0].gueltig_ab < pair[1].gueltig_ab, "{}: overlapping periods", p.schluessel);
        }
        assert!(p.staende.last().unwrap().gueltig_ab <= p.bekannt_bis, "{}", p.schluessel);
    }
}

#[test]
fn covers_2024_to_2026_on_every_day() {
    let (beginn, ende) = abgedeckter_zeitraum();
    assert!(beginn <= Datum::ymd(2024, 1, 1), "{beginn}");
    assert!(ende >= Datum::ymd(2026, 12, 31), "{ende}");
    // Every parameter has exactly one value on every day of the period.
    for i in 0..PARAMETER.len() {
        let id = ParamId(i);
        let mut tag = Datum::ymd(2024, 1, 1);
        while tag <= Datum::ymd(2026, 12, 31) {
            let stand = id.stand(tag).unwrap();
            let gueltige = PARAMETER[i].staende.iter().filter(|s| s.gueltig_ab <= tag).count();
            assert!(gueltige >= 1);
            assert!(std::ptr::eq(stand, &PARAMETER[i].staende[gueltige - 1]));
            tag = tag.plus_tage(1);
        }
        assert!(id.stand(Datum::ymd(2027, 1, 1)).is_err() || PARAMETER[i].bekannt_bis >= Datum::ymd(2027, 1, 1));
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
