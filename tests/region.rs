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
    assert!(html.contains(&format!("Telefon: {telefon}")));
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
