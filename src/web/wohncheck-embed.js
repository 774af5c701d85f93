// Script embed: <div data-wohncheck data-region="kreis-gross-gerau" data-lang="de"> … </div>
// <script type="module" src="…/wohncheck-embed.js"></script>
//
// Every [data-wohncheck] element gets its own Shadow DOM root, so host styles cannot break the
// widget and its styles cannot leak out. Files are loaded relative to this script, so the widget
// can live on any path or host. No global name is defined.
//
// No blank moment: the element's own content (the contact, say) stays painted through a <slot>
// until the widget's stylesheet has loaded and its first step is rendered; then both change in
// one step. If the check cannot start, the element's own content simply stays.

const basis = new URL('./', import.meta.url);
const STANDARDFARBE = '#00537a';

function luminanz(hex) {
  const kanal = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * kanal(1) + 0.7152 * kanal(3) + 0.0722 * kanal(5);
}

/** WCAG contrast against white, for the primary colour the host chose. */
function kontrastGegenWeiss(farbe) {
  if (!/^#[0-9a-fA-F]{6}$/.test(farbe)) return 0;
  return 1.05 / (luminanz(farbe) + 0.05);
}

function thema(host, container) {
  const farbe = (host.dataset.farbe || getComputedStyle(host).getPropertyValue('--wc-farbe') || '').trim();
  if (farbe) {
    if (kontrastGegenWeiss(farbe) >= 4.5) {
      container.style.setProperty('--wc-farbe', farbe);
    } else {
      console.warn(`wohncheck: colour ${farbe} has too little contrast on white (WCAG AA needs 4.5:1); using ${STANDARDFARBE}.`);
      container.style.setProperty('--wc-farbe', STANDARDFARBE);
    }
  }
  if (host.dataset.schrift) container.style.setProperty('--wc-schrift', host.dataset.schrift);
  if (host.dataset.radius && /^\d{1,2}px$/.test(host.dataset.radius)) container.style.setProperty('--wc-radius', host.dataset.radius);
}

/**
 * Prepares one element at once, before the program has loaded: its Shadow DOM root shows the
 * element's own content through a slot, and the widget's stylesheet starts loading.
 */
function vorbereiten(host) {
  const wurzel = host.attachShadow({ mode: 'open' });
  const ersatz = document.createElement('slot');
  const stil = document.createElement('link');
  stil.rel = 'stylesheet';
  stil.href = new URL('wohncheck.css', basis).href;
  const stilGeladen = new Promise((ok) => {
    stil.addEventListener('load', ok);
    // Without its stylesheet the widget would be unstyled: the fallback stays instead.
    stil.addEventListener('error', () => ok(Promise.reject(new Error('wohncheck.css could not load'))));
  });
  const container = document.createElement('div');
  container.className = 'wc-einbettung';
  container.hidden = true;
  thema(host, container);
  wurzel.append(stil, ersatz, container);
  return { host, ersatz, container, stilGeladen };
}

async function starten(glueGeladen, { host, ersatz, container, stilGeladen }) {
  const glue = await glueGeladen;
  await stilGeladen;
  // Without data-lang the visitor's browser languages choose; the language files lie beside this
  // script. The promise settles when the first step is drawn (after its language file, if any).
  await glue.einbetten(container, host.dataset.region || 'kreis-gross-gerau', host.dataset.lang || '', basis.href);
  // The first step is in the DOM now (Leptos renders it synchronously): show it and drop the
  // fallback in the same task, so the next frame paints the widget where the fallback was.
  if (getComputedStyle(host).display === 'inline') host.style.display = 'block';
  container.hidden = false;
  ersatz.remove();
  host.setAttribute('data-wohncheck-gestartet', '');
}

const elemente = [...document.querySelectorAll('[data-wohncheck]')].filter((e) => !e.shadowRoot).map(vorbereiten);
// The wasm, the glue and each stylesheet load side by side; the glue takes the pending response.
const wasm = fetch(new URL('wohncheck_bg.wasm', basis));
wasm.catch(() => {});
const glueGeladen = import(new URL('wohncheck.js', basis).href).then(async (glue) => {
  await glue.default({ module_or_path: wasm });
  return glue;
});
for (const e of elemente) {
  starten(glueGeladen, e).catch((fehler) => {
    // The host's own content of the element (the contact) stays visible.
    console.error('wohncheck: the check could not start', fehler);
  });
}
