//! The region data and the static page must tell the same contact, since the
//! page shows it before (and without) any WebAssembly.
#![cfg(not(target_arch = "wasm32"))]

use wohncheck::region::{region, Rolle, REGIONEN, STANDARD_REGION};

#[test]
fn static_pages_show_the_office_exactly_as_the_region_data() {
    // index.html and the iframe page embed.html share the static shell; both must match the data.
    for seite in ["index.html", "src/web/embed.html"] {
        pruefe_seite(&std::fs::read_to_string(format!("{}/{seite}", env!("CARGO_MANIFEST_DIR"))).unwrap());
    }
}

fn pruefe_seite(html: &str) {
    let stelle = region(STANDARD_REGION).unwrap().beratungsstelle();
    assert_eq!(stelle.name, "Wohnungssicherungsstelle Kreis Groß-Gerau");
    assert!(html.contains(stelle.name));
    let adresse = format!("{}, {} {}", stelle.strasse.unwrap(), stelle.plz.unwrap(), stelle.ort.unwrap());
    assert!(html.contains(&adresse), "{adresse}");
    let telefon = stelle.telefon.unwrap();
    // Written with a no-break space: the number never breaks between its groups.
    assert!(html.contains(&format!("Telefon: {}", telefon.replace(' ', "&nbsp;"))));
    assert!(html.contains(&format!("href=\"{}\"", stelle.telefon_link().unwrap())));
    assert_eq!(stelle.telefon_link().unwrap(), "tel:061528058624");
    assert!(html.contains(&format!("href=\"{}\"", stelle.homepage.unwrap())));
}

#[test]
fn every_region_has_a_counselling_office_with_a_source() {
    assert!(!REGIONEN.is_empty());
    for r in REGIONEN {
        assert_eq!(r.stellen.iter().filter(|s| s.rolle == Rolle::Wohnungssicherung).count(), 1, "{}", r.id);
        for s in r.stellen {
            assert!(s.quelle.len() > 10, "{}: {} has no source", r.id, s.name);
        }
    }
}

// ------------------------------------------------------------ offices (issue 12, KONTAKTE.md)

use wohncheck::darstellung::ergebnis::kontaktkarte;
use wohncheck::darstellung::html::Html;
use wohncheck::sprachen::SPRACHEN;
use wohncheck::region::Stelle;

fn kreis() -> &'static wohncheck::region::Region {
    region(STANDARD_REGION).unwrap()
}

#[test]
fn every_office_has_a_source_and_every_role_its_office() {
    let r = kreis();
    for s in r.stellen {
        assert!(s.quelle.contains("https://"), "{}: the source names no address", s.name);
        assert!(s.quelle.contains("KONTAKTE.md"), "{}: the source names no research row", s.name);
    }
    for rolle in [Rolle::Jobcenter, Rolle::Sozialamt, Rolle::Wohngeldstelle, Rolle::AgenturFuerArbeit, Rolle::Amtsgericht] {
        assert!(r.stellen_der_rolle(rolle).next().is_some(), "{rolle:?}");
    }
}

#[test]
fn every_municipality_has_exactly_one_wohngeldstelle_and_at_most_one_court() {
    let r = kreis();
    assert_eq!(r.gemeinden.len(), 14);
    for g in r.gemeinden {
        let wohngeld = r.stellen.iter().filter(|s| s.rolle == Rolle::Wohngeldstelle && s.zustaendig_fuer.contains(&g.name)).count();
        assert_eq!(wohngeld, 1, "{}", g.name);
        let gerichte = r.stellen.iter().filter(|s| s.rolle == Rolle::Amtsgericht && s.zustaendig_fuer.contains(&g.name)).count();
        assert!(gerichte <= 1, "{}", g.name);
        assert!(r.stelle(Rolle::Wohngeldstelle, Some(g.name)).is_some(), "{}", g.name);
    }
    // Rüsselsheim am Main has its own Wohngeldbehörde, the other 13 the Kreisausschuss (VERIFIED).
    let ruesselsheim = r.stelle(Rolle::Wohngeldstelle, Some("Rüsselsheim am Main")).unwrap();
    assert_eq!(ruesselsheim.zustaendig_fuer, ["Rüsselsheim am Main"]);
    assert_eq!(r.stelle(Rolle::Wohngeldstelle, Some("Trebur")).unwrap().zustaendig_fuer.len(), 13);
    // AG Groß-Gerau: the eleven municipalities of its official page; Kelsterbach has no court here.
    assert_eq!(r.stelle(Rolle::Amtsgericht, Some("Groß-Gerau")).unwrap().zustaendig_fuer.len(), 11);
    assert!(r.stelle(Rolle::Amtsgericht, Some("Kelsterbach")).is_none());
    // The court of Rüsselsheim am Main and Raunheim rests on a secondary source: shown with a caveat.
    let ag_r = r.stelle(Rolle::Amtsgericht, Some("Raunheim")).unwrap();
    assert!(ag_r.vorbehalt.is_some() && ag_r.vorbehalt_en.is_some());
}

#[test]
fn no_value_that_no_source_confirms_slipped_in() {
    let r = kreis();
    let alles: String = r
        .stellen
        .iter()
        .flat_map(|s| [Some(s.name), s.strasse, s.plz, s.ort, s.telefon, s.oeffnungszeiten, s.homepage, s.hinweis, s.hinweis_en, s.wo_finden, s.wo_finden_en, s.vorbehalt, s.vorbehalt_en])
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
    // Outdated Jobcenter sites (2012/13), the 2015 publication line, unconfirmed town-hall and
    // agency addresses, the Servicepoint line of a 2020 press article.
    for falsch in [
        "Hessenauer Straße", "Oppenheimer Straße", "Dresdener Straße", "Wilhelm-Seipp-Straße 15",
        "989-711", "989711", "Marktplatz 4", "Ober-Eschbacher", "0800 96 32 147", "Agentur für Arbeit Darmstadt",
    ] {
        assert!(!alles.contains(falsch), "'{falsch}' is not confirmed by any source");
    }
    let jobcenter = r.stelle(Rolle::Jobcenter, None).unwrap();
    assert!(jobcenter.strasse.is_none() && jobcenter.telefon.is_none() && jobcenter.oeffnungszeiten.is_none());
    let sozialamt = r.stelle(Rolle::Sozialamt, None).unwrap();
    assert!(sozialamt.telefon.is_none() && sozialamt.vorbehalt.is_some());
    // No phone number and no opening hours of any office here is confirmed but the counselling office's.
    for s in r.stellen.iter().filter(|s| s.rolle != Rolle::Wohnungssicherung) {
        assert!(s.telefon.is_none() && s.oeffnungszeiten.is_none(), "{}", s.name);
    }
    // The verified values, exactly.
    let ag = r.stelle(Rolle::Amtsgericht, Some("Groß-Gerau")).unwrap();
    assert_eq!(ag.anschrift().unwrap(), "Europaring 11-13, 64521 Groß-Gerau");
    assert_eq!(r.stelle(Rolle::AgenturFuerArbeit, None).unwrap().homepage, Some("https://www.arbeitsagentur.de/vor-ort/bad-homburg/"));
    assert_eq!(jobcenter.homepage, Some("https://www.jobcenter-gg.de"));
}

fn karte(stelle: &Stelle, deutsch: bool) -> String {
    let mut h = Html::neu();
    kontaktkarte(&mut h, wohncheck::sprachen::sprache(if deutsch { "de" } else { "en" }).texte(), stelle);
    h.fertig()
}

fn nichts_leeres(html: &str) {
    for leer in ["Telefon: <", "Telefon: </", "Anrufen: <", "Öffnungszeiten: <", "Öffnungszeiten: </", "<p></p>", "href=\"\"", "href=\"tel:\"", ": </p>", "Opening hours: <", "Call: <"] {
        assert!(!html.contains(leer), "empty '{leer}' in {html}");
    }
}

#[test]
fn card_of_a_complete_office_shows_everything_and_no_hint() {
    let stelle = Stelle {
        rolle: Rolle::Sonstige,
        name: "Beratungsstelle Beispiel",
        strasse: Some("Hauptstraße 1"),
        plz: Some("64521"),
        ort: Some("Groß-Gerau"),
        telefon: Some("06152 12345"),
        oeffnungszeiten: Some("Mo–Fr 9–12 Uhr"),
        homepage: Some("https://beispiel.example"),
        hinweis: Some("Kostenlos."),
        hinweis_en: Some("Free of charge."),
        zustaendig_fuer: &[],
        wo_finden: None,
        wo_finden_en: None,
        vorbehalt: None,
        vorbehalt_en: None,
        quelle: "https://beispiel.example (KONTAKTE.md)",
    };
    let html = karte(&stelle, true);
    assert!(html.contains("data-testid=\"kontaktkarte\" data-rolle=\"other\""), "{html}");
    assert!(html.contains("<a class=\"wc-telefon-gross\" href=\"tel:0615212345\">Anrufen: 06152\u{a0}12345</a>"), "{html}");
    assert!(html.contains("Hauptstraße 1, 64521 Groß-Gerau"));
    assert!(html.contains("Öffnungszeiten: Mo–Fr 9–12 Uhr"));
    assert!(html.contains("href=\"https://beispiel.example\""));
    assert!(html.contains("Kostenlos."));
    assert!(!html.contains("wo-finden") && !html.contains("vorbehalt") && !html.contains("Zuständig für"), "{html}");
    nichts_leeres(&html);
    let en = karte(&stelle, false);
    assert!(en.contains("Call: 06152\u{a0}12345") && en.contains("Opening hours: Mo–Fr 9–12 Uhr"));
    assert!(en.contains("Free of charge.") && !en.contains("Kostenlos."), "the note in the card's language");
    nichts_leeres(&en);
}

#[test]
fn card_of_an_incomplete_office_says_where_to_find_the_rest() {
    let r = kreis();
    let jobcenter = karte(r.stelle(Rolle::Jobcenter, None).unwrap(), true);
    assert!(jobcenter.contains("data-rolle=\"jobcenter\""));
    assert!(jobcenter.contains("Anschrift, Telefon und Öffnungszeiten: bitte auf der Internetseite nachsehen."), "{jobcenter}");
    assert!(jobcenter.contains("href=\"https://www.jobcenter-gg.de\"") && !jobcenter.contains("tel:"));
    nichts_leeres(&jobcenter);
    // No phone and no website: the office's own hint, in either language.
    let wohngeld = r.stelle(Rolle::Wohngeldstelle, Some("Rüsselsheim am Main")).unwrap();
    let de = karte(wohngeld, true);
    assert!(de.contains("bei der Stadtverwaltung Rüsselsheim am Main") && de.contains("Zuständig für Wohnungen in: Rüsselsheim am Main"), "{de}");
    assert!(!de.contains("<a"));
    nichts_leeres(&de);
    let en = karte(wohngeld, false);
    assert!(en.contains("Ask the Rüsselsheim am Main town administration") && en.contains("Responsible for homes in: Rüsselsheim am Main"), "{en}");
    nichts_leeres(&en);
    // A court on a secondary source: the caveat in every language, and where its address stands.
    let ag = r.stelle(Rolle::Amtsgericht, Some("Rüsselsheim am Main")).unwrap();
    let de = karte(ag, true);
    assert!(de.contains("data-testid=\"vorbehalt\"") && de.contains("nicht aus einer amtlichen Quelle"), "{de}");
    assert!(de.contains("auf dem Brief des Gerichts"));
    let en = karte(ag, false);
    assert!(en.contains("data-testid=\"vorbehalt\"") && en.contains("does not come from an official source"), "{en}");
    nichts_leeres(&en);
}

#[test]
fn the_result_shows_the_offices_of_the_municipality() {
    use wohncheck::darstellung::ergebnis::ergebnis;
    use wohncheck::eingabe::antworten::{Anlass, Antworten, JaNein};
    let r = kreis();
    let rollen = |html: &str| -> Vec<String> {
        html.split("data-testid=\"kontaktkarte\" data-rolle=\"").skip(1).map(|x| x[..x.find('"').unwrap()].to_string()).collect()
    };
    let seite = |gemeinde: &str, klage: JaNein| {
        let a = Antworten { anlass: Anlass::MieteOffen, gemeinde: gemeinde.into(), klage, ..Antworten::default() };
        ergebnis(SPRACHEN[0].texte(), true, None, &a, &wohncheck::eingabe::gelesen::Gelesen::aus(&a), r)
    };
    let gg = seite("Groß-Gerau", JaNein::Offen);
    assert_eq!(rollen(&gg), ["wohnungssicherung", "jobcenter", "sozialamt", "wohngeldstelle", "amtsgericht", "agentur_fuer_arbeit"]);
    assert!(gg.contains("Kreis Groß-Gerau (Kreisausschuss), Wohngeldbehörde") && gg.contains("Amtsgericht Groß-Gerau"));
    assert!(!gg.contains("Amtsgericht Rüsselsheim") && !gg.contains("Stadt Rüsselsheim am Main, Wohngeldbehörde"));
    let rm = seite("Rüsselsheim am Main", JaNein::Offen);
    assert!(rm.contains("Stadt Rüsselsheim am Main, Wohngeldbehörde") && rm.contains("Amtsgericht Rüsselsheim") && rm.contains("data-testid=\"vorbehalt\""));
    assert!(!rm.contains("Amtsgericht Groß-Gerau") && !rm.contains("(Kreisausschuss), Wohngeldbehörde"));
    // Kelsterbach: neither court is named; the letter from the court names it.
    let kb = seite("Kelsterbach", JaNein::Offen);
    assert!(!kb.contains("Amtsgericht Groß-Gerau") && !kb.contains("Amtsgericht Rüsselsheim"), "{kb}");
    assert!(kb.contains("steht auf dem Brief des Gerichts, mit Name und Anschrift"));
    assert_eq!(rollen(&kb).iter().filter(|x| *x == "amtsgericht").count(), 1);
    // Municipality not known: both Wohngeld offices with their municipalities; a court card
    // only when a court is involved, and then no court named.
    let offen = seite("?", JaNein::Offen);
    assert_eq!(rollen(&offen), ["wohnungssicherung", "jobcenter", "sozialamt", "wohngeldstelle", "wohngeldstelle", "agentur_fuer_arbeit"]);
    let klage = seite("", JaNein::Ja);
    assert!(klage.contains("data-rolle=\"amtsgericht\"") && !klage.contains("Amtsgericht Groß-Gerau") && !klage.contains("Amtsgericht Rüsselsheim"));
    // English: the same cards, hints, caveats and notes in English.
    let a = Antworten { gemeinde: "Rüsselsheim am Main".into(), ..Antworten::default() };
    let en = ergebnis(wohncheck::sprachen::sprache("en").texte(), false, None, &a, &wohncheck::eingabe::gelesen::Gelesen::aus(&a), r);
    assert!(en.contains("please see the website") && en.contains("does not come from an official source") && !en.contains("Räumungsklagen"));
    assert!(en.contains("For Bürgergeld and rent debts, go to the Jobcenter."), "{en}");
}

/// Runs this package's compiled build script on a copy of the data with one region file
/// changed, and returns its error message (None when it accepts the data).
fn build_mit_region(aendern: impl Fn(&str) -> String) -> Option<String> {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // target/<profile>/deps/<this test> -> target/<profile>/build/wohncheck-*/build-script-main
    // (cargo names the binary after the script's file, build/main.rs; an older build-script-build
    // left in a target directory would be a stale copy and is never taken).
    let profil = std::env::current_exe().unwrap().parent().unwrap().parent().unwrap().to_path_buf();
    let skript = std::fs::read_dir(profil.join("build"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("wohncheck-"))
        .map(|e| e.path().join("build-script-main"))
        .filter(|p| p.exists())
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).unwrap())
        .expect("the build script is compiled before the tests");
    let wurzel = std::env::temp_dir().join(format!("wohncheck-regionpruefung-{}-{:?}", std::process::id(), std::thread::current().id()));
    let _ = std::fs::remove_dir_all(&wurzel);
    std::fs::create_dir_all(wurzel.join("src/region")).unwrap();
    std::fs::create_dir_all(wurzel.join("src/rules")).unwrap();
    std::fs::create_dir_all(wurzel.join("out")).unwrap();
    std::os::unix::fs::symlink(manifest.join("src/rules/params"), wurzel.join("src/rules/params")).unwrap();
    std::os::unix::fs::symlink(manifest.join("src/rules/rechtsgebiete.toml"), wurzel.join("src/rules/rechtsgebiete.toml")).unwrap();
    std::os::unix::fs::symlink(manifest.join("locales"), wurzel.join("locales")).unwrap();
    let original = std::fs::read_to_string(manifest.join("src/region/kreis-gross-gerau.toml")).unwrap();
    let geaendert = aendern(&original);
    std::fs::write(wurzel.join("src/region/kreis-gross-gerau.toml"), geaendert).unwrap();
    let lauf = std::process::Command::new(skript)
        .env("CARGO_MANIFEST_DIR", &wurzel)
        .env("OUT_DIR", wurzel.join("out"))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&wurzel);
    if lauf.status.success() {
        return None;
    }
    let fehler = String::from_utf8_lossy(&lauf.stderr);
    Some(fehler.lines().find(|l| l.starts_with("error: ")).unwrap_or(&fehler).trim_start_matches("error: ").to_string())
}

#[test]
fn the_build_refuses_malformed_offices_with_file_and_field_named() {
    const AG_R: &str = "serves = [\"Raunheim\", \"Rüsselsheim am Main\"]";
    assert_eq!(build_mit_region(|t| t.to_string()), None, "the real data is accepted");
    let faelle: Vec<(Box<dyn Fn(&str) -> String>, &str)> = vec![
        (Box::new(|t| t.replace(AG_R, "serves = [\"Raunheim\", \"Rüsselsheim\"]")), "offices[7], field 'serves': 'Rüsselsheim' is not one of the [[municipalities]] of this file"),
        (Box::new(|t| t.replace(AG_R, "serves = [\"Raunheim\", \"Rüsselsheim am Main\", \"Trebur\"]")), "offices[7], field 'serves': 'Trebur' is already served by offices[6] as 'amtsgericht'"),
        (Box::new(|t| t.replace(AG_R, "serves = []")), "offices[7], field 'serves': empty"),
        (Box::new(|t| t.replacen("caveat_en = ", "# caveat_en = ", 1)), "offices[2], field 'caveat_en': missing"),
        (Box::new(|t| t.replacen("note_en = ", "# note_en = ", 1)), "offices[0], field 'note_en': missing"),
        (Box::new(|t| t.replacen("where_to_find = ", "# where_to_find = ", 1)), "offices[3], field 'where_to_find'"),
        (Box::new(|t| t.replacen("where_to_find = ", "# where_to_find = ", 1).replacen("where_to_find_en = ", "# where_to_find_en = ", 1)), "offices[3], field 'where_to_find': needed when an office has neither phone nor homepage"),
        (Box::new(|t| t.replace("street = \"Europaring 11-13\"\n", "")), "offices[6], fields 'street', 'postcode', 'city': give all three or none"),
        (Box::new(|t| t.replace("role = \"agentur_fuer_arbeit\"", "role = \"arbeitsagentur\"")), "offices[5], field 'role': 'arbeitsagentur' is none of"),
        (Box::new(|t| t.replace("role = \"agentur_fuer_arbeit\"", "role = \"jobcenter\"")), "offices[5], field 'serves': offices[1] already serves the whole region as 'jobcenter'"),
        (Box::new(|t| t.replacen("homepage = \"https://www.jobcenter-gg.de\"", "homepage = \"https://www.jobcenter-gg.de\"\nopening_hours = 3", 1)), "offices[1], field 'opening_hours': expected text"),
        (Box::new(|t| t.replacen("homepage = \"https://www.jobcenter-gg.de\"", "homepage = \"https://www.jobcenter-gg.de\"\nphone = \"06152\"", 1)), "offices[1], field 'phone': '06152' is too short"),
        (Box::new(|t| t.replacen("homepage = \"https://www.jobcenter-gg.de\"", "homepage = \"https://www.jobcenter-gg.de\"\nfax = \"06152 1\"", 1)), "offices[1], field 'fax': unknown field"),
    ];
    for (aendern, erwartet) in faelle {
        let fehler = build_mit_region(aendern).unwrap_or_else(|| panic!("accepted, expected: {erwartet}"));
        assert!(fehler.starts_with("src/region/kreis-gross-gerau.toml, "), "{fehler}");
        assert!(fehler.contains(erwartet), "expected '{erwartet}', got '{fehler}'");
    }
}
