//! Whether the arrears allow a termination (§§ 543, 569, 573 BGB), as the explanation of
//! `darstellung::erklaerung` words it. Shown only while no termination or suit is known.

use crate::darstellung::html::Html;
use crate::sprachen::Texte;
use crate::beurteilung::Beurteilung;

use super::teil_auf;

pub(super) fn verzug(h: &mut Html, t: &Texte, a: &Beurteilung) {
    let Some(v) = &a.verzug else { return };
    let e = crate::darstellung::erklaerung::verzug(v, t);
    teil_auf(h, "ergebnis-verzug", t.ergebnis_verzug_titel, "");
    h.auf("p", &[]).element("strong", &[], &e.antwort).zu("p");
    for satz in &e.begruendung {
        h.element("p", &[], satz);
    }
    h.element("p", &[], &e.ordentlich).zu("details");
}
