//! The browser widget: thin Leptos components over `rules` and `fragebogen`.
//! Nothing here computes law.

mod ergebnis;
mod formular;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::eingabe::fragen::{Schritt, SCHRITTE};
use crate::eingabe::antworten::Antworten;
use crate::darstellung::sprachen::{fuellen, passende, registrieren, sprache, Sprache, Texte, SPRACHEN};
use crate::region::{region, Region, Stelle, STANDARD_REGION};
use crate::rules::datum::Datum;

pub use ergebnis::{Ergebnis, Kontaktkarte, Unlesbar};
use formular::{b, s, teile, Umgebung};

/// Today's date in the visitor's time zone; the only clock the widget reads.
pub fn heute() -> Datum {
    let jetzt = js_sys::Date::new_0();
    Datum::new(jetzt.get_full_year() as i32, (jetzt.get_month() + 1) as u8, jetzt.get_date() as u8)
        .unwrap_or(Datum::ymd(2026, 1, 1))
}

/// Shows the static "could not start" message that `index.html` keeps hidden.
/// The contact card is static HTML and stays visible whatever happens here.
pub fn startfehler_zeigen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(meldung) = doc.get_element_by_id("wohncheck-startfehler") {
        let _ = meldung.remove_attribute("hidden");
    }
    if let Some(laden) = doc.get_element_by_id("wohncheck-laden") {
        let _ = laden.set_attribute("hidden", "");
    }
}

/// Opens every "why" disclosure of one widget before printing, so the summary is complete.
/// Searched from the widget's own root, which inside the embed is in a Shadow DOM that a
/// query on the document does not reach.
fn alle_details_oeffnen(wurzel: &web_sys::Element) {
    if let Ok(liste) = wurzel.query_selector_all("details") {
        for i in 0..liste.length() {
            if let Some(e) = liste.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = e.set_attribute("open", "");
            }
        }
    }
}

/// Our own pages (index.html, embed.html) wrap the widget in a static shell: heading and
/// contact card, in German so they work without JavaScript. Once the widget runs, the shell
/// follows the chosen language. Never called for a widget embedded in a host page.
fn seite_uebersetzen(t: &Texte, code: &str, stelle: &Stelle) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(wurzel) = doc.document_element() {
        let _ = wurzel.set_attribute("lang", code);
        let _ = wurzel.set_attribute("dir", if sprache(code).rtl { "rtl" } else { "ltr" });
    }
    doc.set_title(t.seite_titel);
    let setzen = |selektor: &str, text: &str| {
        if let Ok(Some(e)) = doc.query_selector(selektor) {
            e.set_text_content(Some(text));
        }
    };
    setzen("#wohncheck > h1", t.seite_titel);
    setzen("#wc-kontakt-titel", t.seite_kontakt_titel);
    if let Some(telefon) = stelle.telefon {
        setzen("#wohncheck [data-testid='kontakt-telefon']", &fuellen(t.seite_telefon, &[("telefon", &crate::darstellung::telefon(t, telefon))]));
    }
}

/// The language this visitor gets: `?lang=` (own pages), then `data-lang`, then the browser's
/// preferred languages (the first this check has), else German. A wish this check cannot meet is
/// returned too, so that the widget says so instead of silently showing German.
fn sprachwunsch(aus_url: Option<String>, aus_element: Option<String>) -> (&'static Sprache, Option<String>) {
    if let Some(w) = aus_url.or(aus_element).filter(|w| !w.trim().is_empty()) {
        return match passende(&w) {
            Some(s) => (s, None),
            None => (&SPRACHEN[0], Some(w)),
        };
    }
    let browser = web_sys::window().map(|w| w.navigator().languages()).map(|l| l.iter().filter_map(|x| x.as_string()).collect::<Vec<_>>());
    let s = browser.unwrap_or_default().iter().find_map(|w| passende(w)).unwrap_or(&SPRACHEN[0]);
    (s, None)
}

/// Fetches a language file from the widget's own origin: the one request the check may make
/// after the page has loaded, because the visitor chose the language; it carries no answer.
async fn sprache_laden(basis: &str, s: &'static Sprache) -> bool {
    if s.geladen().is_some() {
        return true;
    }
    let url = format!("{basis}sprachen/{}.txt", s.code);
    let Some(fenster) = web_sys::window() else { return false };
    let antwort = match wasm_bindgen_futures::JsFuture::from(fenster.fetch_with_str(&url)).await {
        Ok(a) => a.dyn_into::<web_sys::Response>().ok(),
        Err(_) => None,
    };
    let Some(antwort) = antwort.filter(|a| a.ok()) else { return false };
    let Ok(versprechen) = antwort.text() else { return false };
    let text = wasm_bindgen_futures::JsFuture::from(versprechen).await.ok().and_then(|t| t.as_string());
    text.is_some_and(|t| registrieren(&t).is_ok())
}

/// Mounts the check once its language is there: a chosen language other than German loads
/// first, while the page's own fallback (loading line, contact) stays.
async fn einhaengen(ziel: web_sys::HtmlElement, region: &'static Region, wunsch: (&'static Sprache, Option<String>), basis: String, eingebettet: bool, eigene_seite: bool) {
    let (s, unbekannt) = wunsch;
    let geladen = sprache_laden(&basis, s).await;
    let start = if geladen { s.code } else { SPRACHEN[0].code };
    let hinweis = match (unbekannt, geladen) {
        (Some(w), _) => Some(Sprachhinweis::Unbekannt(w)),
        (None, false) => Some(Sprachhinweis::NichtGeladen),
        _ => None,
    };
    if eigene_seite {
        if let Some(laden) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("wohncheck-laden")) {
            laden.remove();
        }
        ziel.set_attribute("data-gestartet", "").ok();
    }
    leptos::mount::mount_to(ziel, move || {
        view! { <App heute=heute() region=region start_sprache=start eingebettet=eingebettet eigene_seite=eigene_seite basis=basis sprachhinweis=hinweis /> }
    })
    .forget();
}

/// Entry point of the browser build: installs the panic hook, then mounts the
/// check into `#wohncheck-app`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("wohncheck: {info}").into());
        startfehler_zeigen();
    }));
    let Some(fenster) = web_sys::window() else { return };
    let Some(doc) = fenster.document() else { return };
    let Some(ziel) = doc.get_element_by_id("wohncheck-app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    // A linked standalone page may choose region and language by URL (?region=…&lang=…);
    // nothing else is ever read from or written to the URL.
    let parameter = fenster.location().search().ok().and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok());
    let aus_url = |name: &str| parameter.as_ref().and_then(|p| p.get(name));
    let wunsch = sprachwunsch(aus_url("lang"), ziel.get_attribute("data-lang"));
    let region_id = aus_url("region").or_else(|| ziel.get_attribute("data-region")).unwrap_or_else(|| STANDARD_REGION.into());
    let Some(region) = region(&region_id).or_else(|| region(STANDARD_REGION)) else { return };
    let eingebettet = ziel.get_attribute("data-einbettung").is_some();
    // Our own pages lie next to the language files.
    wasm_bindgen_futures::spawn_local(einhaengen(ziel, region, wunsch, String::new(), eingebettet, true));
}

/// Mounts a check into `ziel`, an element inside the Shadow DOM root that
/// `wohncheck-embed.js` created in the host page. Called once per widget, so two
/// widgets on one page are independent. `basis`: where the widget's files lie (the language
/// files among them), ending in "/".
/// The promise settles once the first step is drawn, so that the host's fallback can give way
/// to it in one frame.
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn einbetten(ziel: web_sys::HtmlElement, region_id: String, sprache_code: String, basis: Option<String>) -> bool {
    let Some(region) = region(&region_id).or_else(|| region(STANDARD_REGION)) else { return false };
    let wunsch = sprachwunsch(None, Some(sprache_code));
    einhaengen(ziel, region, wunsch, basis.unwrap_or_default(), true, false).await;
    true
}

/// Why the widget does not show the language asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Sprachhinweis {
    /// This check does not have it (the code as asked).
    Unbekannt(String),
    /// Its file could not be loaded.
    NichtGeladen,
}

#[component]
pub fn App(
    heute: Datum,
    region: &'static Region,
    #[prop(into)] start_sprache: String,
    /// Inside a host page there is no static contact card: the widget shows its own.
    #[prop(optional)]
    eingebettet: bool,
    /// The page is ours (not a host page): its static shell follows the language.
    #[prop(optional)]
    eigene_seite: bool,
    /// Where the widget's files lie, for a language chosen later.
    #[prop(optional, into)]
    basis: String,
    #[prop(default = None)] sprachhinweis: Option<Sprachhinweis>,
) -> impl IntoView {
    let antworten = RwSignal::new(Antworten::default());
    let sprach_code = RwSignal::new(sprache(&start_sprache).code);
    let sprachhinweis = RwSignal::new(sprachhinweis);
    let t: Signal<&'static Texte> = Signal::derive(move || sprache(sprach_code.get()).texte());
    let schritt = RwSignal::new(Schritt::Anlass);
    let navigiert = RwSignal::new(false);
    let ueberschrift = NodeRef::<html::H2>::new();
    let loeschen_bestaetigen = RwSignal::new(false);
    let ansage = RwSignal::new(String::new());
    // After "Ändern" in the summary of unreadable answers: the field to focus on the step shown.
    let ziel: RwSignal<Option<String>> = RwSignal::new(None);
    let wurzel = NodeRef::<html::Div>::new();

    if eigene_seite {
        Effect::new(move |_| {
            let code = sprach_code.get();
            seite_uebersetzen(sprache(code).texte(), code, region.beratungsstelle());
        });
    }

    // Focus moves to the new step's heading after navigation (or to the field chosen in the
    // summary of unreadable answers), never on first load.
    Effect::new(move |_| {
        schritt.track();
        if !navigiert.get_untracked() {
            return;
        }
        ansage.set(String::new());
        let feld = ziel.get_untracked().and_then(|id| {
            let w = wurzel.get_untracked()?;
            w.query_selector(&format!("#{id}")).ok().flatten()?.dyn_into::<web_sys::HtmlElement>().ok()
        });
        ziel.set(None);
        match feld {
            Some(f) => {
                let _ = f.focus();
            }
            None => {
                if let Some(h) = ueberschrift.get() {
                    let _ = h.focus();
                }
            }
        }
    });

    // Read once per change; the checks, the messages and the assessment all use this.
    let gelesen = Memo::new(move |_| antworten.with(crate::eingabe::gelesen::Gelesen::aus));
    let auswertung = Memo::new(move |_| {
        antworten.with(|a| gelesen.with(|g| crate::beurteilung::beurteile(&crate::eingabe::situation::situation(a, g, region, heute), heute).ok()))
    });

    let u = Umgebung { a: antworten, g: gelesen, t, heute, region, auswertung, ansage };
    let text = move |f: fn(&Texte) -> &'static str| s(move || f(t.get()).to_string());
    let index = move || SCHRITTE.iter().position(|s| *s == schritt.get()).unwrap_or(0);
    let gehe = move |s: Schritt| {
        navigiert.set(true);
        loeschen_bestaetigen.set(false);
        schritt.set(s);
    };
    let weiter = move |_| {
        let i = index();
        if i + 1 < SCHRITTE.len() {
            gehe(SCHRITTE[i + 1]);
        }
    };
    let zurueck = move |_| {
        let i = index();
        if i > 0 {
            gehe(SCHRITTE[i - 1]);
        }
    };
    let loeschen = move |_| {
        if loeschen_bestaetigen.get() {
            antworten.set(Antworten::default());
            gehe(Schritt::Anlass);
        } else {
            loeschen_bestaetigen.set(true);
        }
    };
    let oeffnen = move || {
        if let Some(w) = wurzel.try_get_untracked().flatten() {
            alle_details_oeffnen(&w);
        }
    };
    // Printing from the browser's menu, too (standalone page or host page): one listener per widget.
    if let Some(fenster) = web_sys::window() {
        let vor_dem_druck = Closure::<dyn Fn()>::new(oeffnen);
        let _ = fenster.add_event_listener_with_callback("beforeprint", vor_dem_druck.as_ref().unchecked_ref());
        vor_dem_druck.forget();
    }
    let drucken = move |_| {
        oeffnen();
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let gesamt = SCHRITTE.len() - 1;
    // A language chosen here loads from the widget's own files if it is not there yet.
    let laedt = RwSignal::new(false);
    let basis = StoredValue::new(basis);
    let waehlen = move |sp: &'static Sprache| {
        sprachhinweis.set(None);
        if sp.geladen().is_some() {
            sprach_code.set(sp.code);
            return;
        }
        laedt.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            if sprache_laden(&basis.get_value(), sp).await {
                sprach_code.set(sp.code);
            } else {
                sprachhinweis.set(Some(Sprachhinweis::NichtGeladen));
            }
            laedt.set(false);
        });
    };
    // Never a silent mismatch: a language asked for that is not here, or did not load, is said;
    // in any other language than German, a line says the German letters and laws count.
    let sprachhinweis_text = move || {
        let t = t.get();
        match sprachhinweis.get() {
            Some(Sprachhinweis::Unbekannt(w)) => fuellen(t.allgemein_sprache_unbekannt, &[("code", &w)]),
            Some(Sprachhinweis::NichtGeladen) => t.allgemein_sprache_fehler.to_string(),
            None if sprach_code.get() != SPRACHEN[0].code => t.allgemein_uebersetzung_hinweis.to_string(),
            None => String::new(),
        }
    };

    view! {
        <div class="wc-widget" node_ref=wurzel lang=s(move || sprach_code.get().to_string()) dir=s(move || if sprache(sprach_code.get()).rtl { "rtl".into() } else { "ltr".into() }) data-testid="widget">
            {eingebettet.then(|| view! {
                <div class="wc-kontakt" data-testid="kontakt-eingebettet">
                    <p class="wc-kontakt-titel">{text(|t| t.ergebnis_kontakt_titel)}</p>
                    <Kontaktkarte stelle=region.beratungsstelle() t=t />
                </div>
            })}
            <nav class="wc-sprachen" aria-label=text(|t| t.allgemein_sprache) aria-busy=s(move || laedt.get().to_string())>
                {SPRACHEN.iter().map(|sp| view! {
                    <button type="button" class="wc-knopf wc-knopf-leise" lang=sp.code dir=if sp.rtl { "rtl" } else { "ltr" } data-testid=format!("sprache-{}", sp.code)
                        aria-pressed=s(move || (sprach_code.get() == sp.code).to_string())
                        on:click=move |_| waehlen(sp)>{sp.name}</button>
                }).collect_view()}
            </nav>
            <p class="wc-hinweis wc-sprachhinweis" data-testid="sprachhinweis" hidden=b(move || sprachhinweis_text().is_empty())>{s(sprachhinweis_text)}</p>
            <div hidden=b(move || schritt.get() == Schritt::Ergebnis)>
                <p class="wc-fortschritt-text" id="wc-fortschritt" data-testid="fortschritt">
                    {s(move || fuellen(t.get().allgemein_schritt_von, &[("n", &(index() + 1).to_string()), ("gesamt", &gesamt.to_string())]))}
                </p>
                <progress class="wc-fortschritt" max=gesamt value=move || index() + 1 aria-labelledby="wc-fortschritt"></progress>
            </div>
            <h2 class="wc-schritt-titel" tabindex="-1" node_ref=ueberschrift data-testid="schritt-titel">{s(move || crate::eingabe::fragen::text(t.get(), schritt.get().titel()).to_string())}</h2>
            <Unlesbar antworten=antworten gelesen=gelesen t=t heute=heute schritt=schritt gehe=Callback::new(move |(s, id): (Schritt, String)| { ziel.set(Some(id)); gehe(s); }) />
            <p class="wc-sr" aria-live="polite" data-testid="ansage">{s(move || ansage.get())}</p>
            <form class="wc-formular" novalidate on:submit=move |ev| { ev.prevent_default(); weiter(()); }>
                {move || match schritt.get() {
                    Schritt::Ergebnis => view! { <Ergebnis auswertung=auswertung antworten=antworten t=t region=region /> }.into_any(),
                    s => teile(crate::eingabe::fragen::teile(s), u),
                }}
                <div class="wc-navigation">
                        <button type="button" class="wc-knopf wc-knopf-leise" data-testid="zurueck" on:click=move |_| zurueck(()) hidden=b(move || index() == 0)>
                            {s(move || if schritt.get() == Schritt::Ergebnis { t.get().ergebnis_aendern } else { t.get().allgemein_zurueck }.to_string())}
                        </button>
                        <button type="submit" class="wc-knopf wc-knopf-haupt" data-testid="weiter" hidden=b(move || schritt.get() == Schritt::Ergebnis)>
                            {s(move || if schritt.get() == Schritt::Lage { t.get().allgemein_ergebnis_zeigen } else { t.get().allgemein_weiter }.to_string())}
                        </button>
                </div>
            </form>
                <div class="wc-aktionen" hidden=b(move || schritt.get() != Schritt::Ergebnis)>
                    <button type="button" class="wc-knopf" data-testid="drucken" on:click=drucken>{text(|t| t.ergebnis_drucken)}</button>
                    <button type="button" class="wc-knopf wc-knopf-leise" data-testid="loeschen" on:click=loeschen>
                        {s(move || if loeschen_bestaetigen.get() { t.get().ergebnis_loeschen_frage } else { t.get().ergebnis_loeschen }.to_string())}
                    </button>
                </div>
            <p class="wc-datenschutz-satz">{text(|t| t.allgemein_datenschutz)}</p>
        </div>
    }
}
