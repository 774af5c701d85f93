// Embedding in host pages: Shadow DOM against hostile CSS, a strict host CSP, two widgets on
// one page, the iframe with auto-resize. The privacy checks run on every host page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { browser, server, gespeichertes, ARTEFAKTE } from './helfer.mjs';

const WIDGET_DATEIEN = ['/wohncheck-embed.js', '/wohncheck.js', '/wohncheck_bg.wasm', '/wohncheck.css', '/embed.html', '/boot.js', '/iframe-hoehe.js', '/wohncheck-iframe.js', '/favicon.svg'];
// A widget with data-lang="en" loads its language file before it starts (nothing of the answers in it).
WIDGET_DATEIEN.push('/sprachen/en.txt');

let widget;
let hosts;
let fremd;
before(async () => {
  widget = await server();
  const portFremd = Number(new URL(widget.url).port) + 2;
  const portHosts = Number(new URL(widget.url).port) + 1;
  fremd = await startServer('tests/e2e/hosts', portFremd);
  const s = await startServer('tests/e2e/hosts', portHosts, '127.0.0.1', { '{{WIDGET}}': widget.origin, '{{FREMD}}': `http://127.0.0.1:${portFremd}` });
  hosts = { url: `http://127.0.0.1:${portHosts}/`, origin: `http://127.0.0.1:${portHosts}`, close: () => new Promise((ok) => s.close(ok)) };
});
after(async () => {
  await widget.close();
  await hosts.close();
  await new Promise((ok) => fremd.close(ok));
});

async function gestartet(page, selektor = '#widget') {
  await page.waitForSelector(`${selektor}[data-wohncheck-gestartet]`, { timeout: 20000 });
  await page.locator(`${selektor} [data-testid="widget"]`).waitFor();
}

/** The privacy rules of the foundation, on a host page. */
async function datenschutz(b, startIndex, erlaubteHosts) {
  const { page, context, protokoll } = b;
  const nachStart = protokoll.anfragen.slice(startIndex);
  assert.deepEqual(nachStart, [], `requests after start: ${JSON.stringify(nachStart)}`);
  for (const a of protokoll.anfragen) {
    const url = new URL(a.url);
    if (url.origin === widget.origin) {
      assert.ok(WIDGET_DATEIEN.includes(url.pathname), `unexpected widget file ${url.pathname}`);
    } else {
      assert.ok(erlaubteHosts.includes(url.origin), `request to ${a.url}`);
    }
  }
  const g = await gespeichertes(context, page);
  assert.deepEqual(g.cookies, []);
  assert.equal(g.local + g.session, 0);
  assert.deepEqual(g.indexedDb, []);
  assert.deepEqual(g.cspVerstoesse, []);
}

async function benutzen(page, w = '#widget') {
  const x = (id) => page.locator(`${w} [data-testid="${id}"]`);
  await x('anlass-1').check();
  await x('weiter').click();
  await x('alter-0').fill('40');
  await x('weiter').click();
  await x('weiter').click();
  await x('miete').fill('600');
  await x('weiter').click();
  await x('summe').fill('700');
  await x('weiter').click();
  await x('weiter').click();
  await x('ergebnis').waitFor();
}

test('hostile host CSS does not change the widget, and the widget does not leak out', async () => {
  const bilder = {};
  for (const seite of ['normal', 'feindlich']) {
    const b = await browser({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, protokoll } = b;
      await page.goto(`${hosts.url}${seite}.html`);
      await gestartet(page);
      await page.waitForLoadState('networkidle');
      const start = protokoll.anfragen.length;
      bilder[seite] = await page.locator('#widget').screenshot({ path: `${ARTEFAKTE}/einbettung-${seite}.png` });
      // The host page's own text keeps the host's styles: nothing leaks out.
      const farbe = await page.locator('h1').evaluate((e) => getComputedStyle(e).color);
      if (seite === 'feindlich') assert.equal(farbe, 'rgb(255, 0, 0)');
      await benutzen(page);
      // Printing from the host page opens the widget's "why" tables and answers, inside its Shadow DOM.
      assert.ok((await page.locator('#widget details').count()) > 0);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      assert.equal(await page.locator('#widget details:not([open])').count(), 0);
      await datenschutz(b, start, [hosts.origin]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the host lang is untouched');
      assert.equal(await page.title(), seite === 'normal' ? 'Host page' : 'Hostile host page');
    } finally {
      await b.close();
    }
  }
  assert.ok(bilder.normal.equals(bilder.feindlich), 'the widget looks the same on the hostile page');
});

test('a host page with a strict CSP runs the widget with the documented directives only', async () => {
  const b = await browser();
  try {
    const { page, protokoll } = b;
    await page.goto(`${hosts.url}csp-streng.html`);
    await gestartet(page);
    await page.waitForLoadState('networkidle');
    const start = protokoll.anfragen.length;
    await benutzen(page);
    await datenschutz(b, start, [hosts.origin]);
    assert.deepEqual(protokoll.konsolenfehler, []);
    await page.locator('#widget').screenshot({ path: `${ARTEFAKTE}/einbettung-csp-360.png` });
  } finally {
    await b.close();
  }
});

test('two widgets on one page do not interfere; a low-contrast colour is replaced with a warning', async () => {
  const b = await browser({ viewport: { width: 1280, height: 900 } });
  const warnungen = [];
  try {
    const { page, protokoll } = b;
    page.on('console', (m) => { if (m.type() === 'warning') warnungen.push(m.text()); });
    await page.goto(`${hosts.url}zwei.html`);
    await gestartet(page, '#eins');
    await gestartet(page, '#zwei');
    const start = protokoll.anfragen.length;
    await page.locator('#eins [data-testid="anlass-3"]').check();
    assert.equal(await page.locator('#zwei [data-testid="anlass-3"]').isChecked(), false);
    assert.equal(await page.locator('#zwei [data-testid="widget"]').getAttribute('lang'), 'en');
    assert.equal(await page.locator('#eins [data-testid="widget"]').getAttribute('lang'), 'de');
    await benutzen(page, '#zwei');
    assert.match(await page.locator('#eins [data-testid="akut"]').innerText(), /06152\s8058624/);
    assert.ok(warnungen.some((w) => /#ffff00 has too little contrast/.test(w)), warnungen.join('\n'));
    const knopf = await page.locator('#zwei [data-testid="zurueck"]').evaluate((e) => getComputedStyle(e.closest('.wc-einbettung')).getPropertyValue('--wc-farbe').trim());
    assert.equal(knopf, '#00537a');
    await datenschutz(b, start, [hosts.origin]);
  } finally {
    await b.close();
  }
});

test('iframe: resizes to its content, ignores messages from anyone else', async () => {
  const b = await browser({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, protokoll } = b;
    await page.goto(`${hosts.url}iframe.html`);
    const rahmen = page.frameLocator('#wohncheck');
    await rahmen.locator('[data-testid="widget"]').waitFor({ timeout: 20000 });
    await page.waitForFunction(() => document.getElementById('wohncheck').style.height !== '');
    const hoehe = await page.evaluate(() => parseInt(document.getElementById('wohncheck').style.height, 10));
    const inhalt = await page.frame({ url: /embed\.html/ }).evaluate(() => document.documentElement.scrollHeight);
    assert.ok(Math.abs(hoehe - inhalt) <= 2, `${hoehe} vs ${inhalt}`);
    const start = protokoll.anfragen.length;
    // Messages from the host page itself and from a frame of another origin are ignored.
    await page.evaluate(() => window.postMessage({ wohncheck: 'hoehe', hoehe: 7777 }, '*'));
    await page.frame({ url: /fremd\.html/ }).evaluate(() => parent.postMessage({ wohncheck: 'hoehe', hoehe: 6666 }, '*'));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => parseInt(document.getElementById('wohncheck').style.height, 10)), hoehe);
    // Using the check inside the iframe resizes it again, and sends nothing anywhere.
    await rahmen.locator('[data-testid="anlass-3"]').check();
    await page.waitForFunction((h) => parseInt(document.getElementById('wohncheck').style.height, 10) > h, hoehe);
    assert.equal(new URL(page.frame({ url: /embed\.html/ }).url()).search, '?region=kreis-gross-gerau&lang=de');
    await datenschutz(b, start, [hosts.origin, `http://127.0.0.1:${Number(new URL(widget.url).port) + 2}`]);
    await page.screenshot({ path: `${ARTEFAKTE}/einbettung-iframe.png`, fullPage: true });
  } finally {
    await b.close();
  }
});

test('standalone page: region and language from the URL, never an answer', async () => {
  const b = await browser();
  try {
    const { page } = b;
    await page.goto(`${widget.url}?region=kreis-gross-gerau&lang=en`);
    await page.waitForSelector('[data-testid="widget"]');
    assert.equal(await page.getByTestId('widget').getAttribute('lang'), 'en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'our own page follows the language');
    await page.getByTestId('anlass-1').check();
    await page.getByTestId('weiter').click();
    await page.getByTestId('alter-0').fill('44');
    assert.equal(new URL(page.url()).search, '?region=kreis-gross-gerau&lang=en');
  } finally {
    await b.close();
  }
});

test('the integration page for web editors: live preview, readable on a phone, accessible', async () => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const b = await browser({ viewport: { width: 360, height: 800 } });
  try {
    const { page, protokoll } = b;
    await page.goto(`${widget.url}einbinden.html`);
    await page.waitForSelector('[data-wohncheck-gestartet]');
    const breite = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breite <= 360, `${breite}px wide`);
    assert.match(await page.locator('main').innerText(), /Access-Control-Allow-Origin/);
    // Checked before axe runs: axe itself sets inline styles, which this page's CSP reports.
    assert.deepEqual(protokoll.konsolenfehler, []);
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(r.violations.map((v) => v.id), []);
  } finally {
    await b.close();
  }
});
