//! How serious is it? Four levels from transparent rules (docs/RISIKO.md):
//! the stage of proceedings dominates, then the kind of notice, the arrears
//! relative to the rent, whether the rent can be paid in future, and the
//! shocks and other debts. The level is the highest any rule reaches, so it
//! never falls when the proceedings advance or the arrears grow.

use crate::rules::datum::Datum;
use crate::rules::fristen::{Stadium, Verfahrensstand};
use crate::rules::geld::Cent;
use crate::rules::params::{id, RechtsstandFehler};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stufe {
    Gering,
    Erhoeht,
    Hoch,
    Akut,
}

impl Stufe {
    pub fn code(self) -> &'static str {
        match self {
            Stufe::Gering => "gering",
            Stufe::Erhoeht => "erhoeht",
            Stufe::Hoch => "hoch",
            Stufe::Akut => "akut",
        }
    }
    pub fn wort(self) -> &'static str {
        match self {
            Stufe::Gering => "gering",
            Stufe::Erhoeht => "erhöht",
            Stufe::Hoch => "hoch",
            Stufe::Akut => "akut",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schock {
    Jobverlust,
    Krankheit,
    Trennung,
    TodPartner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bedrohung {
    Eigenbedarf,
    Modernisierung,
    Mieterhoehung,
    Zwangsversteigerung,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lage {
    pub verfahren: Verfahrensstand,
    /// Total rent arrears, if known.
    pub rueckstand: Option<Cent>,
    /// Everything paid to the landlord each month.
    pub monatsmiete: Cent,
    pub mahnung: bool,
    pub energiesperre_angekuendigt: bool,
    pub andere_schulden: bool,
    pub schocks: Vec<Schock>,
    pub bedrohungen: Vec<Bedrohung>,
    pub kontakt_hilfesystem: bool,
    /// From the entitlement engine: can the rent be paid in future with income and benefits?
    pub kuenftige_miete_tragbar: Option<bool>,
    /// From the entitlement engine: who can take over the debts.
    pub uebernahme_durch: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Faktor {
    /// Names the rule (docs/RISIKO.md) and the text in the locale files (`risiko_<code>`).
    pub code: &'static str,
    pub stufe: Stufe,
    /// Values for the text's placeholders, e.g. `betrag`, `datum`.
    pub werte: Vec<(&'static str, String)>,
    pub quelle: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Risiko {
    pub stufe: Stufe,
    /// The factors that produced the level, the strongest first.
    pub faktoren: Vec<Faktor>,
}

const QUELLE_KIEL: &str = "Sozialbericht Kiel 2020: https://www.kiel.de/de/gesundheit_soziales/sozialplanung_berichte_konferenzen/sozialbericht/_dokumente_sozialbericht/2020/83/";
const QUELLE_BMAS: &str = "BMAS-Forschungsbericht 534 (GISS 2019): https://www.bmas.de/DE/Service/Publikationen/Forschungsberichte/fb534-entstehung-verlauf-struktur-von-wohnungslosigkeit-und-strategien-zu-vermeidung-und-behebung.html";

pub fn bewerte_risiko(l: &Lage, am: Datum) -> Result<Risiko, RechtsstandFehler> {
    let mut f: Vec<Faktor> = Vec::new();
    let stadium = l.verfahren.stadium(l.mahnung);
    verfahren(&mut f, &l.verfahren, stadium, am)?;
    rueckstand(&mut f, l, stadium, am)?;
    lebenslage(&mut f, l, stadium);

    super::ordnen::nach(&mut f, |x| std::cmp::Reverse(x.stufe));
    let stufe = f.first().map(|x| x.stufe).unwrap_or(Stufe::Gering);
    was_hilft(&mut f, l, stufe);
    Ok(Risiko { stufe, faktoren: f })
}

fn faktor(code: &'static str, stufe: Stufe, werte: Vec<(&'static str, String)>, quelle: &'static str) -> Faktor {
    Faktor { code, stufe, werte, quelle }
}

/// The proceedings: the stage reached and, until the court has decided, the kind of notice.
fn verfahren(f: &mut Vec<Faktor>, v: &Verfahrensstand, stadium: Stadium, am: Datum) -> Result<(), RechtsstandFehler> {
    // Stage of proceedings: only the stage reached speaks, so that the reasons never state two
    // figures for the same question (the Kiel report gives one per stage).
    match stadium {
        Stadium::Raeumungstermin => {
            let termin = v.raeumungstermin.map(|d| d.wert()).unwrap_or_default();
            f.push(faktor("raeumungstermin", Stufe::Akut, vec![("datum", termin)], "§ 765a ZPO; Sozialbericht Kiel 2020"));
        }
        Stadium::Urteil => f.push(faktor("urteil", Stufe::Akut, vec![], QUELLE_KIEL)),
        Stadium::Klage => f.push(faktor("raeumungsklage", Stufe::Akut, vec![], "§ 276 ZPO; § 569 Abs. 3 Nr. 2 BGB; Sozialbericht Kiel 2020")),
        _ => {}
    }

    // Kind of notice: it matters until the court has decided.
    if stadium > Stadium::Klage {
        return Ok(());
    }
    let schonfrist_vorbei = match v.klage_zugestellt_am {
        Some(z) => crate::rules::fristen::monate_nach(z, id::MIETRECHT_SCHONFRIST_MONATE.zahl(am)?.f as i32) < am,
        None => false,
    };
    if v.kuendigung_fristlos && v.geheilt_in_2_jahren {
        f.push(faktor("kuendigung_nicht_heilbar", Stufe::Akut, vec![], "§ 569 Abs. 3 Nr. 2 Satz 2 BGB"));
    }
    if v.kuendigung_ordentlich {
        f.push(faktor("kuendigung_ordentlich", Stufe::Hoch, vec![], "§ 573 Abs. 2 Nr. 1 BGB; BGH 13.10.2021 – VIII ZR 91/20"));
    }
    if v.kuendigung_fristlos && !v.geheilt_in_2_jahren {
        // After the Schonfrist a payment no longer makes the notice void: never say it could.
        let code = if schonfrist_vorbei { "kuendigung_fristlos_vorbei" } else { "kuendigung_fristlos" };
        f.push(faktor(code, Stufe::Hoch, vec![], "§ 543 Abs. 2 Satz 1 Nr. 3, § 569 Abs. 3 Nr. 2 BGB"));
    }
    if v.kuendigung_art_unbekannt {
        f.push(faktor("kuendigung_unbekannt", Stufe::Hoch, vec![], "§§ 543, 569 Abs. 3 Nr. 2, 573 Abs. 2 Nr. 1 BGB"));
    }
    Ok(())
}

/// Arrears relative to the rent: whether they are enough for a termination matters only while
/// none has come.
fn rueckstand(f: &mut Vec<Faktor>, l: &Lage, stadium: Stadium, am: Datum) -> Result<(), RechtsstandFehler> {
    let Some(r) = l.rueckstand.filter(|r| *r > Cent::NULL) else {
        return Ok(());
    };
    let m = l.monatsmiete;
    let faktor_a = id::MIETRECHT_FRISTLOS_ZWEI_TERMINE_MONATSMIETEN.zahl(am)?.f;
    let faktor_ordentlich = id::MIETRECHT_ORDENTLICH_MINDESTRUECKSTAND_MONATSMIETEN.zahl(am)?.f;
    let werte = vec![("betrag", r.wert())];
    f.push(if stadium >= Stadium::Kuendigung {
        faktor("rueckstand", Stufe::Erhoeht, werte, QUELLE_BMAS)
    } else if m > Cent::NULL && r > m.mal(faktor_a) {
        faktor("rueckstand_fristlos", Stufe::Hoch, werte, "§ 543 Abs. 2 Satz 1 Nr. 3, § 569 Abs. 3 Nr. 1 BGB")
    } else if m > Cent::NULL && r >= m.mal(faktor_ordentlich) {
        faktor("rueckstand_monatsmiete", Stufe::Erhoeht, werte, "§ 573 Abs. 2 Nr. 1 BGB; BGH 10.10.2012 – VIII ZR 107/12")
    } else {
        faktor("rueckstand", Stufe::Erhoeht, werte, QUELLE_BMAS)
    });
    Ok(())
}

/// The reminder, a rent that cannot be paid in future, the energy supply, other debts, the
/// shocks and the other threats to the tenancy.
fn lebenslage(f: &mut Vec<Faktor>, l: &Lage, stadium: Stadium) {
    if l.mahnung && stadium == Stadium::Mahnung {
        f.push(faktor("mahnung", Stufe::Erhoeht, vec![], "§ 286 BGB"));
    }
    if l.kuenftige_miete_tragbar == Some(false) {
        f.push(faktor("miete_nicht_tragbar", Stufe::Hoch, vec![], "§ 22 Abs. 8 SGB II; § 36 SGB XII; Praxis der Stadt Darmstadt"));
    }
    if l.energiesperre_angekuendigt {
        f.push(faktor("energiesperre", Stufe::Erhoeht, vec![], "§ 22 Abs. 8 SGB II"));
    }
    if l.andere_schulden {
        f.push(faktor("andere_schulden", Stufe::Erhoeht, vec![], "Sozialbericht Kiel 2020; GISS NRW 2014"));
    }
    for s in &l.schocks {
        let code = match s {
            Schock::Jobverlust => "schock_jobverlust",
            Schock::Krankheit => "schock_krankheit",
            Schock::Trennung => "schock_trennung",
            Schock::TodPartner => "schock_tod",
        };
        f.push(faktor(code, Stufe::Erhoeht, vec![], QUELLE_BMAS));
    }
    for b in &l.bedrohungen {
        let (code, quelle) = match b {
            Bedrohung::Eigenbedarf => ("eigenbedarf", "§ 573 Abs. 2 Nr. 2 BGB; BAG W 2020"),
            Bedrohung::Modernisierung => ("modernisierung", "§§ 555b, 559 BGB"),
            Bedrohung::Mieterhoehung => ("mieterhoehung", "§ 558 BGB"),
            Bedrohung::Zwangsversteigerung => ("zwangsversteigerung", "§ 57a ZVG"),
        };
        f.push(faktor(code, Stufe::Erhoeht, vec![], quelle));
    }
}

/// Not level-changing: what helps, shown with the factors after them.
fn was_hilft(f: &mut Vec<Faktor>, l: &Lage, stufe: Stufe) {
    if let Some(wer) = l.uebernahme_durch {
        if l.rueckstand.is_some_and(|r| r > Cent::NULL) {
            let jobcenter = wer == "Jobcenter";
            f.push(Faktor {
                code: if jobcenter { "uebernahme_jobcenter" } else { "uebernahme_sozialamt" },
                stufe: Stufe::Gering,
                werte: vec![],
                quelle: if jobcenter { "§ 22 Abs. 8 SGB II" } else { "§ 36 SGB XII" },
            });
        }
    }
    if !l.kontakt_hilfesystem && stufe >= Stufe::Erhoeht {
        f.push(Faktor { code: "kein_kontakt", stufe: Stufe::Gering, werte: vec![], quelle: "Wohnungssicherungsstelle Kreis Groß-Gerau; GISS 2019" });
    }
    if f.is_empty() {
        f.push(Faktor { code: "keine_gefahr", stufe: Stufe::Gering, werte: vec![], quelle: "Regeln des Wohn-Checks" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AM: Datum = Datum::ymd(2026, 11, 25);

    fn lage() -> Lage {
        Lage { monatsmiete: Cent::euro(800), ..Default::default() }
    }

    #[test]
    fn table_of_stages() {
        let mut faelle: Vec<(Lage, Stufe)> = Vec::new();
        faelle.push((lage(), Stufe::Gering));
        faelle.push((Lage { rueckstand: Some(Cent::euro(300)), ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { rueckstand: Some(Cent::euro(800)), ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { rueckstand: Some(Cent::euro(801)), ..lage() }, Stufe::Hoch));
        let mut v = Verfahrensstand { kuendigung_fristlos: true, ..Default::default() };
        faelle.push((Lage { verfahren: v.clone(), ..lage() }, Stufe::Hoch));
        v.geheilt_in_2_jahren = true;
        faelle.push((Lage { verfahren: v.clone(), ..lage() }, Stufe::Akut));
        let o = Verfahrensstand { kuendigung_ordentlich: true, ..Default::default() };
        faelle.push((Lage { verfahren: o, ..lage() }, Stufe::Hoch));
        let k = Verfahrensstand { kuendigung_fristlos: true, klage_zugestellt: true, ..Default::default() };
        faelle.push((Lage { verfahren: k, ..lage() }, Stufe::Akut));
        let u = Verfahrensstand { urteil: true, ..Default::default() };
        faelle.push((Lage { verfahren: u, ..lage() }, Stufe::Akut));
        let t = Verfahrensstand { raeumungstermin: Some(Datum::ymd(2026, 12, 10)), ..Default::default() };
        faelle.push((Lage { verfahren: t, ..lage() }, Stufe::Akut));
        faelle.push((Lage { energiesperre_angekuendigt: true, ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { schocks: vec![Schock::Jobverlust], ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { bedrohungen: vec![Bedrohung::Eigenbedarf], ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { kuenftige_miete_tragbar: Some(false), ..lage() }, Stufe::Hoch));
        for (i, (l, erwartet)) in faelle.into_iter().enumerate() {
            let r = bewerte_risiko(&l, AM).unwrap();
            assert_eq!(r.stufe, erwartet, "case {i}: {:?}", r.faktoren);
            assert!(!r.faktoren.is_empty());
            assert!(r.faktoren.iter().all(|f| !f.quelle.is_empty() && !f.code.is_empty()));
        }
    }
}
