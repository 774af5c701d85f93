use leptos::prelude::*;

/// A labelled text field for euro amounts. It keeps exactly what was typed; the
/// parsed value and its error are derived elsewhere, so no keystroke is ever lost.
#[component]
pub fn Betragsfeld(
    /// Unique in the page; also the prefix of the hint and error ids.
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hinweis: Option<String>,
    wert: RwSignal<String>,
    #[prop(into)] fehler: Signal<Option<String>>,
) -> impl IntoView {
    let hinweis_id = format!("{id}-hinweis");
    let fehler_id = format!("{id}-fehler");
    let beschrieben_von = {
        let hinweis_id = hinweis.as_ref().map(|_| hinweis_id.clone());
        let fehler_id = fehler_id.clone();
        move || {
            let mut ids: Vec<String> = hinweis_id.iter().cloned().collect();
            if fehler.get().is_some() {
                ids.push(fehler_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="wc-feld" class:wc-feld-fehler=move || fehler.get().is_some()>
            <label for=id>{label}</label>
            {hinweis.map(|h| view! { <p class="wc-hinweis" id=hinweis_id>{h}</p> })}
            <div class="wc-betrag">
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-testid=id
                    prop:value=move || wert.get()
                    on:input=move |ev| wert.set(event_target_value(&ev))
                    aria-invalid=move || fehler.get().map(|_| "true")
                    aria-describedby=beschrieben_von
                />
                <span class="wc-einheit" aria-hidden="true">"€"</span>
            </div>
            <p class="wc-fehlertext" id=fehler_id data-testid=format!("{id}-fehler") hidden=move || fehler.get().is_none()>
                {move || fehler.get().unwrap_or_default()}
            </p>
        </div>
    }
}
