// The snippets of the integration page (dist/einbinden.html, as shipped), put into host pages
// the way a municipal web editor would: the HTML into the page, the CSS into the site's own
// stylesheet, the CSP lines into the site's strict Content-Security-Policy (sent as a header).
// Nothing here is a fixture of its own: change a snippet on the integration page, and these
// host pages change with it.
import { readFileSync } from 'node:fs';

const PLATZHALTER = 'https://IHR-SERVER';

const entitaeten = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every <pre data-baustein="name"><code>…</code></pre> of the integration page, as plain text. */
export function bausteine(datei = 'dist/einbinden.html') {
  const html = readFileSync(datei, 'utf8');
  const b = {};
  for (const m of html.matchAll(/<pre data-baustein="([a-z-]+)"><code>([\s\S]*?)<\/code><\/pre>/g)) b[m[1]] = entitaeten(m[2]);
  return b;
}

/** A host site's own strict policy: nothing inline, its own files only. */
export const GRUND_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** Adds the documented directives (lines "name source …;") to a policy. */
export function cspErgaenzen(grund, ...zeilen) {
  const d = new Map(grund.split(';').map((x) => x.trim()).filter(Boolean).map((x) => { const [k, ...v] = x.split(/\s+/); return [k, v]; }));
  for (const block of zeilen) {
    for (const z of block.split('\n').map((x) => x.trim()).filter(Boolean)) {
      const m = z.match(/^([a-z-]+)\s+([^;]+);$/);
      if (!m) throw new Error(`not a CSP line: ${z}`);
      const quellen = d.get(m[1]) ?? [];
      for (const q of m[2].trim().split(/\s+/)) if (!quellen.includes(q)) quellen.push(q);
      d.set(m[1], quellen);
    }
  }
  return [...d].map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');
}

const HOST_CSS = `/* The host site's own stylesheet. */
body { margin: 0; font-family: Georgia, serif; color: #222; }
header { background: #333; color: #fff; padding: 0.5em 1em; }
main { max-width: 60em; margin: 0 auto; padding: 0 1em; }
`;

const seite = (titel, inhalt, css = '/host.css') => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel}</title>
<link rel="stylesheet" href="${css}">
</head>
<body>
<header><p>Stadt Musterstadt</p></header>
<main>
<h1>Hilfe bei Mietschulden</h1>
<p>Wer Mietschulden hat, bekommt Hilfe. Der Wohn-Check zeigt, was jetzt wichtig ist.</p>
${inhalt}
<p id="danach">Weitere Informationen der Stadt.</p>
</main>
</body>
</html>
`;

/**
 * The host pages for a widget on `widgetOrigin` (served under /wohncheck/):
 * script embed, two script embeds, iframe with the loader, iframe without it, link to the page.
 */
export function hostSeiten(widgetOrigin, b = bausteine()) {
  const w = (t) => t.split(PLATZHALTER).join(widgetOrigin);
  for (const name of ['skript', 'csp-skript', 'iframe', 'iframe-lader', 'iframe-css', 'csp-iframe', 'csp-iframe-lader', 'link']) {
    if (b[name] === undefined) throw new Error(`the integration page has no snippet "${name}"`);
  }
  const zweiWidgets = w(b.skript).replace(/<script[\s\S]*<\/script>/, '') + '\n' + w(b.skript).replace('data-lang="de"', 'data-lang="en"');
  return {
    // The site's own icon, which browsers ask for on their own.
    '/favicon.ico': { body: '', typ: 'image/x-icon' },
    '/host.css': { body: HOST_CSS, typ: 'text/css; charset=utf-8' },
    // Without the loader, the editor adds the documented rules to the site's stylesheet.
    '/host-iframe.css': { body: HOST_CSS + '\n' + b['iframe-css'], typ: 'text/css; charset=utf-8' },
    '/skript.html': { body: seite('Skript-Einbindung', w(b.skript)), csp: cspErgaenzen(GRUND_CSP, w(b['csp-skript'])) },
    '/zwei.html': { body: seite('Zwei Widgets', zweiWidgets), csp: cspErgaenzen(GRUND_CSP, w(b['csp-skript'])) },
    '/iframe-lader.html': { body: seite('iframe mit Lader', w(b.iframe) + '\n' + w(b['iframe-lader'])), csp: cspErgaenzen(GRUND_CSP, w(b['csp-iframe']), w(b['csp-iframe-lader'])) },
    '/iframe.html': { body: seite('iframe ohne Lader', w(b.iframe), '/host-iframe.css'), csp: cspErgaenzen(GRUND_CSP, w(b['csp-iframe'])) },
    '/link.html': { body: seite('Link', w(b.link)), csp: GRUND_CSP },
  };
}
