//! One input and one computed output: what any Leptos 0.8 CSR page costs at least.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| {
        let miete = RwSignal::new(String::new());
        let doppelt = move || miete.get().trim().parse::<u32>().map(|m| (m * 2).to_string()).unwrap_or_default();
        view! {
            <main>
                <label for="miete">"Miete"</label>
                <input id="miete" data-testid="miete" prop:value=move || miete.get() on:input=move |ev| miete.set(event_target_value(&ev)) />
                <p data-testid="ausgabe">{doppelt}</p>
            </main>
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
