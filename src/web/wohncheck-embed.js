// Script embed: <div data-wohncheck data-region="kreis-gross-gerau" data-lang="de"> … </div>
// <script type="module" src="…/wohncheck-embed.js"></script>
//
// Every [data-wohncheck] element gets its own Shadow DOM root, so host styles cannot break the
// widget and its styles cannot leak out. Files are loaded relative to this script, so the widget
// can live on any path or host. The element's own content (the contact, say) stays visible
// until the check has started – and for good if it cannot start. No global name is defined.

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

async function einbetten() {
  const glue = await import(new URL('wohncheck.js', basis).href);
  await glue.default({ module_or_path: new URL('wohncheck_bg.wasm', basis) });
  for (const host of document.querySelectorAll('[data-wohncheck]')) {
    if (host.shadowRoot) continue;
    const wurzel = host.attachShadow({ mode: 'open' });
    const stil = document.createElement('link');
    stil.rel = 'stylesheet';
    stil.href = new URL('wohncheck.css', basis).href;
    const container = document.createElement('div');
    container.className = 'wc-einbettung';
    // Shown until the stylesheet has loaded, so there is no flash of unstyled content.
    container.hidden = true;
    stil.addEventListener('load', () => { container.hidden = false; });
    stil.addEventListener('error', () => { container.hidden = false; });
    wurzel.append(stil, container);
    thema(host, container);
    if (getComputedStyle(host).display === 'inline') host.style.display = 'block';
    // Without data-lang the visitor's browser languages choose; the language files lie beside this script.
    glue.einbetten(container, host.dataset.region || 'kreis-gross-gerau', host.dataset.lang || '', basis.href);
    host.setAttribute('data-wohncheck-gestartet', '');
  }
}

einbetten().catch((fehler) => {
  // The host's own content of the element (the contact) stays visible.
  console.error('wohncheck: the check could not start', fehler);
});
