// Privacy proven, not promised: from page load through a complete use of the
// widget, only the page's own static files are requested, and nothing after the
// widget has started; no CSP violation, no cookie, no stored data, no answer in the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, server, gestartet, gespeichertes, spracheWaehlen } from './helfer.mjs';
import { PERSONAS } from './personas.mjs';
import { durchlaufen } from './ablauf.mjs';

const STATISCHE_DATEIEN = ['/', '/boot.js', '/wohncheck.js', '/wohncheck_bg.wasm', '/wohncheck.css', '/favicon.svg'];
// The one request allowed after the start: the language file a visitor chooses (no answer in it).
const SPRACHDATEI = '/sprachen/en.txt';

let srv;
before(async () => { srv = await server(); });
after(async () => { await srv.close(); });

test('no request after start, only own static files before, nothing stored', async () => {
  const b = await browser();
  try {
    const { page, context, protokoll } = b;
    await page.goto(srv.url);
    await gestartet(page);
    // Let any late loader or beacon show itself before the line is drawn.
    await page.waitForLoadState('networkidle');
    const startIndex = protokoll.anfragen.length;

    // A complete use: every step, an error and its correction, the result, both languages, reset.
    await durchlaufen(page, PERSONAS[1], async () => {});
    const vorDerWahl = protokoll.anfragen.length;
    await spracheWaehlen(page, 'en');
    assert.deepEqual(protokoll.anfragen.slice(vorDerWahl).map((a) => new URL(a.url).pathname), [SPRACHDATEI], 'the chosen language, nothing else');
    // Back and forth again: the language is kept for the visit, not fetched twice.
    await spracheWaehlen(page, 'de');
    await spracheWaehlen(page, 'en');
    await spracheWaehlen(page, 'de');
    await page.getByTestId('zurueck').click();
    await page.getByTestId('weiter').click();
    await page.getByTestId('loeschen').click();
    await page.getByTestId('loeschen').click();
    await page.getByTestId('schritt-titel').waitFor();
    await page.waitForTimeout(500);

    const nachStart = protokoll.anfragen.slice(startIndex).filter((a) => new URL(a.url).pathname !== SPRACHDATEI);
    assert.deepEqual(nachStart, [], `requests after start: ${JSON.stringify(nachStart)}`);
    assert.equal(protokoll.anfragen.filter((a) => new URL(a.url).pathname === SPRACHDATEI).length, 1, 'the language file once');

    for (const anfrage of protokoll.anfragen) {
      const url = new URL(anfrage.url);
      assert.equal(url.origin, srv.origin, `request to another origin: ${anfrage.url}`);
      assert.ok(STATISCHE_DATEIEN.includes(url.pathname) || url.pathname === SPRACHDATEI, `unexpected file: ${url.pathname}`);
      assert.equal(url.search, '', `query string in ${anfrage.url}`);
    }
    assert.ok(protokoll.anfragen.some((a) => a.url.endsWith('/wohncheck_bg.wasm')), 'the wasm was loaded');
    // Nothing is downloaded twice (WebKit once fetched the wasm twice; the engine suite checks all three).
    const jeDatei = {};
    for (const a of protokoll.anfragen) jeDatei[new URL(a.url).pathname] = (jeDatei[new URL(a.url).pathname] ?? 0) + 1;
    assert.deepEqual(Object.entries(jeDatei).filter(([, n]) => n > 1), [], 'a file downloaded twice');

    assert.equal(page.url(), srv.url, 'answers must never go into the URL');
    const gespeichert = await gespeichertes(context, page);
    assert.deepEqual(gespeichert.cookies, []);
    assert.equal(gespeichert.local, 0);
    assert.equal(gespeichert.session, 0);
    assert.deepEqual(gespeichert.indexedDb, []);
    assert.deepEqual(gespeichert.cspVerstoesse, []);
    assert.deepEqual(protokoll.konsolenfehler, []);
  } finally {
    await b.close();
  }
});

test('the shipped CSP is strict', async () => {
  const b = await browser();
  try {
    const { page } = b;
    await page.goto(srv.url);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const direktiven = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(direktiven['default-src'], ["'none'"]);
    assert.deepEqual(direktiven['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(direktiven['connect-src'], ["'self'"]);
    assert.deepEqual(direktiven['form-action'], ["'none'"]);
    assert.deepEqual(direktiven['base-uri'], ["'none'"]);
    assert.ok(!csp.includes('unsafe-inline') && !/'unsafe-eval'/.test(csp), csp);
    assert.ok(!/https?:/.test(csp), 'no other origins');
    // No inline script may exist: with this CSP it would be blocked anyway.
    assert.equal(await page.locator('script:not([src])').count(), 0);
  } finally {
    await b.close();
  }
});
