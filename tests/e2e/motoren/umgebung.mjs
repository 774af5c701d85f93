// Test servers for the engine suite, bound to loopback:
//  - the widget host: the release build under /wohncheck/, as an editor would put it on a server;
//  - host pages of a municipality, built from the snippets of the integration page, each sent with
//    a strict Content-Security-Policy header.
// Both log every request (path, time, status), so a second download of any file shows in every
// engine, including WebKit, whose WebDriver reports no network events. Into every HTML page they
// add one recorder script of their own origin (window errors, unhandled rejections,
// console.error, CSP violations, and the painted state of a script embed in every frame), read
// back through the driver: MiniBrowser prints no console messages.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
};

/** Test-only files; never counted as requests of the page. */
export const TESTDATEI = /^\/__/;

const REKORDER = `(function () {
  var w = window.__wc = { fehler: [], csp: [], bilder: [] };
  // The same day in every engine, so results are deterministic (HEUTE of the Chromium suite).
  var Echt = Date, fest = new Echt(2026, 10, 25, 10, 0, 0).getTime();
  function Fest(a, b, c, d, e, f, g) {
    if (!(this instanceof Fest)) return new Echt(fest).toString();
    var n = arguments.length;
    return n === 0 ? new Echt(fest) : n === 1 ? new Echt(a) : new Echt(a, b, n > 2 ? c : 1, n > 3 ? d : 0, n > 4 ? e : 0, n > 5 ? f : 0, n > 6 ? g : 0);
  }
  Fest.prototype = Echt.prototype; Fest.now = function () { return fest; }; Fest.parse = Echt.parse; Fest.UTC = Echt.UTC;
  window.Date = Fest;
  addEventListener('error', function (e) {
    var t = e.target && e.target !== window ? (e.target.src || e.target.href || e.target.tagName) : '';
    w.fehler.push('error ' + (e.message || t));
  }, true);
  addEventListener('unhandledrejection', function (e) { w.fehler.push('unhandledrejection ' + ((e.reason && e.reason.message) || e.reason)); });
  document.addEventListener('securitypolicyviolation', function (e) { w.csp.push(e.violatedDirective + ' ' + e.blockedURI); });
  var ce = console.error;
  console.error = function () { w.fehler.push('console.error ' + Array.prototype.map.call(arguments, String).join(' ')); return ce.apply(console, arguments); };
  // The script embed's first paint, frame by frame: is the host's fallback content painted,
  // is the widget painted, how high is the element and where is its top.
  function sichtbar(e) { return !!e && e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0; }
  function messen() {
    var host = document.querySelector('[data-wohncheck]');
    if (host) {
      var r = host.getBoundingClientRect();
      var ersatz = host.querySelector('p');
      var widget = host.shadowRoot && host.shadowRoot.querySelector('[data-testid="widget"]');
      var b = { t: Math.round(performance.now()), hoehe: Math.round(r.height), oben: Math.round(r.top + scrollY), ersatz: sichtbar(ersatz), widget: sichtbar(widget) };
      var l = w.bilder[w.bilder.length - 1];
      if (!l || l.hoehe !== b.hoehe || l.oben !== b.oben || l.ersatz !== b.ersatz || l.widget !== b.widget) w.bilder.push(b);
      if (b.widget && w.bilder.length > 400) return;
    }
    if (w.bilder.length < 2000) requestAnimationFrame(messen);
  }
  requestAnimationFrame(messen);
})();
`;

/** A same-origin page that shows `src` in a frame of `b`×`h` pixels (WebKit below its minimum width). */
const RAHMEN = (src, b, h) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Rahmen</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="${b}" height="${h}" title="Testrahmen" style="border:0;display:block"></iframe></body></html>`;

export function rahmenSeite(url, b, h) {
  const u = new URL(url);
  return `${u.origin}/__rahmen.html?src=${encodeURIComponent(url)}&b=${b}&h=${h}`;
}

/**
 * Starts a server on a free loopback port.
 *  dist:    a folder served under `praefix` (the widget host)
 *  seiten:  { '/pfad': { body, csp, typ } } served from memory (host pages and their stylesheet)
 *  langsam: { '/pfad': ms } answers these paths late (a slow connection)
 *  fehlt:   paths answered with 404 (a file that cannot load)
 */
export async function starten({ dist = null, praefix = '/wohncheck/', seiten = {}, langsam = {}, fehlt = [] } = {}) {
  const log = [];
  const root = dist ? resolve(dist) : null;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const pfad = decodeURIComponent(url.pathname);
    const eintrag = { pfad, suche: url.search, zeit: Date.now(), status: 0 };
    if (!TESTDATEI.test(pfad)) log.push(eintrag);
    const senden = (status, typ, body, extra = {}) => {
      eintrag.status = status;
      res.writeHead(status, {
        'Content-Type': typ, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer',
        'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (langsam[pfad]) await new Promise((ok) => setTimeout(ok, langsam[pfad]));
      if (pfad === '/__rekorder.js') return senden(200, MIME['.js'], REKORDER);
      if (pfad === '/__rahmen.html') return senden(200, MIME['.html'], RAHMEN(url.searchParams.get('src'), url.searchParams.get('b'), url.searchParams.get('h')));
      if (fehlt.includes(pfad)) return senden(404, 'text/plain', 'not found');
      if (seiten[pfad]) {
        const s = seiten[pfad];
        const typ = s.typ || MIME['.html'];
        const body = typ.startsWith('text/html') ? mitRekorder(s.body) : s.body;
        return senden(200, typ, body, s.csp ? { 'Content-Security-Policy': s.csp } : {});
      }
      if (root && pfad.startsWith(praefix)) {
        let datei = normalize(pfad.slice(praefix.length - 1));
        if (datei.endsWith('/')) datei += 'index.html';
        const f = join(root, datei);
        const info = f.startsWith(root) ? await stat(f).catch(() => null) : null;
        if (info && info.isFile()) {
          let body = await readFile(f);
          if (extname(f) === '.html') body = mitRekorder(body.toString('utf8'));
          return senden(200, MIME[extname(f)] || 'application/octet-stream', body);
        }
      }
      senden(404, 'text/plain', 'not found');
    } catch (e) {
      senden(500, 'text/plain', String(e));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    log,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

/** The recorder goes right after the page's CSP (a <meta> in our own pages), before any other script. */
function mitRekorder(html) {
  const tag = '<script src="/__rekorder.js"></script>';
  const csp = html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/i);
  if (csp) return html.replace(csp[0], csp[0] + tag);
  return html.replace(/<head>/i, `<head>${tag}`);
}

/** Requests per path in a server log, for "nothing is downloaded twice". */
export function jePfad(log) {
  const n = {};
  for (const e of log) n[e.pfad] = (n[e.pfad] || 0) + 1;
  return n;
}
