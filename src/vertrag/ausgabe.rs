//! The output side of the contract: the assessment as one JSON object, amounts in euros,
//! texts in German (the language of the offices). Field names are the contract: add new ones
//! compatibly, never rename. Uses the seam's result and the texts of `darstellung`.

use serde::Serialize;
use serde_json::{json, Value};

use crate::beurteilung::{Beurteilung, Situation};
use crate::darstellung;
use crate::sprachen::Texte;
use crate::rules::datum::Datum;
use crate::rules::geld::Cent;
use crate::rules::leistungen::{Betraege, Bewertung, Traeger};
use crate::rules::params::{RechtsstandFehler, ENTWUERFE};

#[derive(Serialize)]
struct BetraegeJson {
    wohngeld: i64,
    buergergeld: f64,
    sozialhilfe: f64,
    kinderzuschlag: f64,
    kindergeld: f64,
}

fn euro(c: Cent) -> f64 {
    c.0 as f64 / 100.0
}

fn betraege_json(b: &Betraege) -> BetraegeJson {
    BetraegeJson {
        wohngeld: b.wohngeld.0 / 100,
        buergergeld: euro(b.buergergeld),
        sozialhilfe: euro(b.sozialhilfe),
        kinderzuschlag: euro(b.kinderzuschlag),
        kindergeld: euro(b.kindergeld),
    }
}

/// Which areas of law the result rests on, and how sure each is on the date.
fn rechtsstand_json(r: &Beurteilung) -> Value {
    json!(r
        .rechtsstand
        .iter()
        .map(|s| {
            let g = s.daten();
            json!({
                "area": g.code,
                "state": s.zustand.code(),
                "verified_until": g.geprueft_bis.to_string(),
                "horizon": g.horizont.to_string(),
                "carried_forward": s.fortgeschrieben,
                "bills": s.entwuerfe.iter().map(|e| ENTWUERFE[*e].fundstelle).collect::<Vec<_>>(),
                "planned": s.hinweise.iter().map(|e| ENTWUERFE[*e].fundstelle).collect::<Vec<_>>(),
            })
        })
        .collect::<Vec<_>>())
}

/// The amounts with how they were reached, when the law of every benefit area is known.
pub(super) fn ergebnis_json(id: &Value, am: Datum, b: &Bewertung) -> Value {
    let mut v = serde_json::to_value(betraege_json(&b.betraege)).unwrap_or(Value::Null);
    let mut alternative = serde_json::to_value(betraege_json(&b.alternative)).unwrap_or(Value::Null);
    alternative["regime"] = json!(b.alternative_regime.code());
    let schulden = match &b.mietschulden {
        None => json!({"arrears": 0.0, "body": null}),
        Some(m) => json!({
            "arrears": euro(m.rueckstand),
            "body": match m.traeger { Traeger::Jobcenter => "jobcenter", Traeger::Sozialamt => "sozialamt" },
            "norm": m.norm,
            "discretion": if m.soll { "soll" } else { "kann" },
            "form": if m.nur_darlehen { "darlehen" } else { "beihilfe_oder_darlehen" },
            "monthly_repayment": m.monatliche_tilgung.map(euro),
            "future_rent_affordable": m.kuenftige_miete_tragbar,
            "conditions": m.bedingungen.iter().map(|b| darstellung::bedingung(crate::sprachen::sprache("de").texte(), b)).collect::<Vec<_>>(),
        }),
    };
    v["id"] = id.clone();
    v["regime"] = json!(b.regime.code());
    v["alternative"] = alternative;
    v["net_wages"] = json!(b.nettoloehne.iter().map(|c| euro(*c)).collect::<Vec<_>>());
    v["rent_debt_takeover"] = schulden;
    let de = crate::sprachen::sprache("de").texte();
    v["explain"] = json!(b
        .schritte
        .iter()
        .map(|s| {
            let (anforderung, wert, ergebnis) = darstellung::erklaerung(de, s);
            json!({"benefit": s.leistung, "code": s.code, "requirement": anforderung, "value": wert, "result": ergebnis, "norm": s.norm})
        })
        .collect::<Vec<_>>());
    v["notes"] = json!(b.hinweise);
    v["law_date"] = json!(am.to_string());
    v["estimate"] = json!(true);
    v
}

/// The amounts when the law of a benefit area is not known for the date: `null`, never a guess.
pub(super) fn ohne_betraege_json(id: &Value, am: Datum, fehler: Option<RechtsstandFehler>) -> Value {
    let leer = json!({"wohngeld": null, "buergergeld": null, "sozialhilfe": null, "kinderzuschlag": null, "kindergeld": null});
    let mut v = leer.clone();
    v["id"] = id.clone();
    v["regime"] = Value::Null;
    v["alternative"] = leer;
    v["net_wages"] = json!([]);
    v["rent_debt_takeover"] = json!({"arrears": null, "body": null});
    v["explain"] = json!([]);
    v["notes"] = json!(fehler.map(|e| vec![e.to_string()]).unwrap_or_default());
    v["law_date"] = json!(am.to_string());
    v["estimate"] = json!(true);
    v
}

/// Risk, deadlines, steps, contacts and the state of the law: always there, whatever the amounts.
pub(super) fn ergaenze_json(v: &mut Value, r: &Beurteilung, sit: &Situation) {
    // The command-line contract speaks German, the language of the offices.
    let de = crate::sprachen::sprache("de").texte();
    v["provisional"] = json!(r.vorlaeufig());
    v["law_state"] = rechtsstand_json(r);
    v["scenarios"] = json!(r
        .szenarien
        .iter()
        .map(|s| {
            let mut x = serde_json::to_value(betraege_json(&s.betraege)).unwrap_or(Value::Null);
            x["bills"] = json!(s.stichtag.angenommene_entwuerfe().map(|e| e.fundstelle).collect::<Vec<_>>());
            x["regime"] = json!(s.regime.code());
            x
        })
        .collect::<Vec<_>>());
    v["ranges"] = spannen_json(r);
    v["stage"] = json!(r.stadium.code());
    v["today"] = json!(r.heute_zu_tun().iter().map(|s| s.code).collect::<Vec<_>>());
    v["risk"] = json!({
        "level": r.risiko.stufe.code(),
        "factors": r.risiko.faktoren.iter().map(|f| json!({"code": f.code, "level": f.stufe.code(), "text": darstellung::faktor(de, f), "source": f.quelle})).collect::<Vec<_>>(),
    });
    v["deadlines"] = fristen_json(r, de);
    v["next_steps"] = json!(r.schritte.iter().map(|s| json!({
        "when": s.wann.code(),
        "code": s.code,
        "text": darstellung::schritt_text(de, s),
        "why": darstellung::schritt_warum(de, s),
        "norm": s.norm,
        "documents": darstellung::unterlagen(de, s),
    })).collect::<Vec<_>>());
    v["contacts"] = kontakte_json(sit, de);
}

/// The amounts across the law scenarios of the date: one value each while the law is verified.
fn spannen_json(r: &Beurteilung) -> Value {
    let spanne = |werte: Vec<f64>| -> Value {
        let von = werte.iter().cloned().fold(f64::INFINITY, f64::min);
        let bis = werte.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        if werte.is_empty() { Value::Null } else { json!([von, bis]) }
    };
    let ueber = |f: fn(&Betraege) -> Cent| spanne(r.szenarien.iter().map(|s| euro(f(&s.betraege))).collect());
    if r.szenarien.is_empty() {
        Value::Null
    } else {
        json!({
            "wohngeld": ueber(|b| b.wohngeld),
            "buergergeld": ueber(|b| b.buergergeld),
            "sozialhilfe": ueber(|b| b.sozialhilfe),
            "kinderzuschlag": ueber(|b| b.kinderzuschlag),
            "kindergeld": ueber(|b| b.kindergeld),
        })
    }
}

fn fristen_json(r: &Beurteilung, de: &Texte) -> Value {
    json!(r.fristen.iter().map(|f| json!({
        "kind": f.art.code(),
        "date": f.datum.map(|d| d.to_string()),
        "extended_to": f.verschoben_auf.map(|d| d.to_string()),
        "state": f.zustand.code(),
        "days_left": match f.zustand { crate::rules::fristen::Fristzustand::Offen { tage_uebrig } => Some(tage_uebrig), _ => None },
        "norm": f.norm,
        "rule": darstellung::frist_regel(de, f),
        "note": darstellung::frist_hinweise(de, f),
    })).collect::<Vec<_>>())
}

/// Every office of the region, in the order of the region file. Added compatibly:
/// `opening_hours`, `serves` (municipalities; [] = the whole region), `responsible` (this is
/// the office of its role for the household's municipality, `Region::stelle`), `note`,
/// `where_to_find` (the card's sentence for what the data leaves out), `caveat` (a value
/// shown comes from a secondary source) and `source`.
fn kontakte_json(sit: &Situation, de: &Texte) -> Value {
    let gemeinde = sit.gemeinde.map(|g| g.name);
    json!(sit.region.stellen.iter().map(|s| json!({
        "role": s.rolle.code(),
        "name": s.name,
        "street": s.strasse,
        "postcode": s.plz,
        "city": s.ort,
        "phone": s.telefon,
        "homepage": s.homepage,
        "opening_hours": s.oeffnungszeiten,
        "serves": s.zustaendig_fuer,
        "responsible": sit.region.stelle(s.rolle, gemeinde).is_some_and(|r| std::ptr::eq(r, s)),
        "note": s.hinweis,
        "where_to_find": crate::darstellung::kontakt::wo_finden(de, s),
        "caveat": s.vorbehalt,
        "source": s.quelle,
    })).collect::<Vec<_>>())
}
