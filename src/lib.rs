//! wohncheck: a self-check for households in Germany that fear losing their home.
//!
//! The layers, in the direction the data flows (docs/ARCHITEKTUR.md follows one answer
//! through them):
//!
//! | module | what it is | may use |
//! |---|---|---|
//! | [`rules`] | the law as pure functions over dated data; no web, no I/O, no clock | itself |
//! | [`region`] | offices, municipalities, courts of a region | `rules` types |
//! | [`sprachen`] | the words of each language and how it writes amounts and dates | `rules` value types |
//! | [`eingabe`] | what people type: kept as typed, read once ([`eingabe::gelesen`]), the steps as data, the [`beurteilung::Situation`] built from it | `rules` types and calendar, `region`, `sprachen` |
//! | [`beurteilung`] | the one seam: `beurteile(&Situation, date) -> Beurteilung` | `rules`, `region` |
//! | [`darstellung`] | the rules' results in words and the result page as HTML | the `Beurteilung`, the answers as read, `sprachen`, `region` |
//! | [`vertrag`] | the command-line JSON contract, in and out | the seam, `darstellung` |
//! | `ui` | the Leptos widget, only in the browser build | everything above |
//!
//! Only `beurteilung` calls the law's entry points; the widget and the command line only
//! translate their input into a `Situation` and the `Beurteilung` into a screen or JSON.

pub mod rules;
pub mod region;
pub mod sprachen;
pub mod eingabe;
pub mod beurteilung;
pub mod darstellung;
pub mod vertrag;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;
