//! Component tests in headless Chromium (wasm-bindgen-test).
//! Leptos updates the DOM asynchronously, so every test ticks before asserting.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};
use wohncheck::rules::datum::Datum;
use wohncheck::ui::VerzugsCheck;

wasm_bindgen_test_configure!(run_in_browser);

const HEUTE: Datum = Datum::ymd(2026, 11, 25);

fn host() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

fn feld(host: &HtmlElement, testid: &str) -> HtmlInputElement {
    host.query_selector(&format!("[data-testid='{testid}']")).unwrap().unwrap().unchecked_into()
}

fn text(host: &HtmlElement, testid: &str) -> Option<String> {
    host.query_selector(&format!("[data-testid='{testid}']")).unwrap().and_then(|e| e.text_content())
}

fn tippen(input: &HtmlInputElement, wert: &str) {
    input.set_value(wert);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

async fn mounted() -> HtmlElement {
    let host = host();
    leptos::mount::mount_to(host.clone(), || view! { <VerzugsCheck heute=HEUTE /> }).forget();
    leptos::task::tick().await;
    host
}

#[wasm_bindgen_test]
async fn lists_the_six_latest_due_months() {
    let host = mounted().await;
    let labels: Vec<String> = (0..6)
        .map(|i| host.query_selector(&format!("label[for='monat-{i}']")).unwrap().unwrap().text_content().unwrap())
        .collect();
    assert_eq!(labels[0], "Juni 2026: nicht bezahlt");
    assert_eq!(labels[5], "November 2026: nicht bezahlt");
}

#[wasm_bindgen_test]
async fn shows_the_threshold_result_as_the_user_types() {
    let host = mounted().await;
    assert!(text(&host, "antwort").is_none());
    tippen(&feld(&host, "miete"), "850,-");
    tippen(&feld(&host, "monat-4"), "400");
    tippen(&feld(&host, "monat-5"), "850 €");
    leptos::task::tick().await;
    let antwort = text(&host, "antwort").unwrap();
    assert!(antwort.starts_with("Ja."), "{antwort}");
    assert_eq!(text(&host, "stufe").unwrap(), "Dringend");
    let ergebnis = text(&host, "ergebnis").unwrap();
    assert!(ergebnis.contains("§ 543 Abs. 2 Satz 1 Nr. 3 Buchst. a"), "{ergebnis}");

    // Paying October's part lowers the arrears below the threshold.
    tippen(&feld(&host, "monat-4"), "");
    leptos::task::tick().await;
    let antwort = text(&host, "antwort").unwrap();
    assert!(antwort.starts_with("Noch nicht."), "{antwort}");
    assert!(text(&host, "ergebnis").unwrap().contains("0,01\u{a0}€"));
}

#[wasm_bindgen_test]
async fn nonsense_gets_a_message_and_keeps_the_text() {
    let host = mounted().await;
    let miete = feld(&host, "miete");
    tippen(&miete, "acht50");
    leptos::task::tick().await;
    assert_eq!(miete.value(), "acht50");
    assert_eq!(miete.get_attribute("aria-invalid").as_deref(), Some("true"));
    let fehler = text(&host, "miete-fehler").unwrap();
    assert!(fehler.contains("Betrag in Euro"), "{fehler}");
    assert!(miete.get_attribute("aria-describedby").unwrap().contains("miete-fehler"));

    tippen(&miete, "850");
    leptos::task::tick().await;
    assert_eq!(miete.get_attribute("aria-invalid"), None);
    let fehlerfeld = host.query_selector("[data-testid='miete-fehler']").unwrap().unwrap();
    assert!(fehlerfeld.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn total_mode_keeps_month_answers() {
    let host = mounted().await;
    tippen(&feld(&host, "miete"), "850");
    tippen(&feld(&host, "monat-5"), "300");
    feld(&host, "modus-summe").click();
    leptos::task::tick().await;
    tippen(&feld(&host, "summe"), "1.000");
    tippen(&feld(&host, "seit"), "8/2026");
    leptos::task::tick().await;
    assert!(text(&host, "antwort").unwrap().starts_with("Wahrscheinlich ja."));
    // Switching back restores the per-month answer that was typed before.
    feld(&host, "modus-monate").click();
    leptos::task::tick().await;
    assert_eq!(feld(&host, "monat-5").value(), "300");
    assert!(text(&host, "antwort").unwrap().starts_with("Noch nicht."));
}
