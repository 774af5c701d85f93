//! The next steps, grouped by when (today, this week, after that), each with why, the norm
//! and the documents to bring. Reads the rules' steps; orders nothing itself.

use crate::darstellung;
use crate::sprachen;
use crate::darstellung::html::Html;
use crate::sprachen::{fuellen, Texte};
use crate::beurteilung::Beurteilung;
use crate::rules::naechste_schritte::Wann;

use super::teil_auf;

pub(super) fn naechste_schritte(h: &mut Html, t: &Texte, a: &Beurteilung) {
    if a.schritte.is_empty() {
        return;
    }
    teil_auf(h, "teil-schritte", t.ergebnis_schritte_titel, &fuellen(t.ergebnis_schritte_zahl, &[("n", &a.schritte.len().to_string())]));
    for (wann, titel) in [(Wann::Heute, t.ergebnis_wann_today), (Wann::DieseWoche, t.ergebnis_wann_this_week), (Wann::Danach, t.ergebnis_wann_next)] {
        let mut liste = a.schritte.iter().filter(|s| s.wann == wann).peekable();
        if liste.peek().is_none() {
            continue;
        }
        h.element("h4", &[], titel);
        h.auf("ol", &[("class", "wc-schritte"), ("data-testid", &format!("schritte-{}", wann.code()))]);
        for s in liste {
            h.auf("li", &[("data-schritt", s.code)]).auf("p", &[]).element("strong", &[], &darstellung::schritt_text_seite(t, s)).zu("p");
            let norm = s.norm.map(|n| format!(" {}", sprachen::in_klammern(t, n))).unwrap_or_default();
            h.element("p", &[], &format!("{}{norm}", darstellung::schritt_warum(t, s)));
            if !s.unterlagen.is_empty() {
                h.element("p", &[("class", "wc-hinweis")], &format!("{} {}", t.ergebnis_unterlagen, darstellung::unterlagen(t, s).join(", ")));
            }
            h.zu("li");
        }
        h.zu("ol");
    }
    h.zu("details");
}
