// The static shell never leaves a person stranded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, server, gestartet, bildschirmfoto } from './helfer.mjs';

let srv;
before(async () => { srv = await server(); });
after(async () => { await srv.close(); });

async function kontaktSichtbar(page) {
  const kontakt = page.getByTestId('kontakt');
  assert.ok(await kontakt.isVisible());
  const text = await kontakt.innerText();
  assert.match(text, /Wohnungssicherungsstelle Kreis Groß-Gerau/);
  assert.match(text, /Frankfurter Straße 26, 64521 Groß-Gerau/);
  assert.match(text, /06152\s8058624/);
  assert.equal(await page.getByTestId('kontakt-telefon').getAttribute('href'), 'tel:061528058624');
  assert.equal(await kontakt.locator('a[href="https://wosi.kreisgg.de"]').count(), 1);
}

for (const seite of ['', 'embed.html']) {
  test(`without JavaScript (${seite || 'index.html'}): the contact and exactly one message, also after a long wait`, async () => {
    const b = await browser({ javaScriptEnabled: false });
    try {
      const { page } = b;
      await page.goto(srv.url + seite);
      await kontaktSichtbar(page);
      // The loading lines' late hint appears by CSS after 12 s: skip ahead to that moment.
      await page.evaluate(() => document.getAnimations().forEach((a) => { a.currentTime = 60000; }));
      const zeilen = await page.locator('#wohncheck-app p').evaluateAll((ps) => ps.filter((p) => p.getClientRects().length > 0 && getComputedStyle(p).visibility === 'visible').map((p) => p.innerText));
      assert.equal(zeilen.length, 1, `visible messages: ${JSON.stringify(zeilen)}`);
      assert.match(zeilen[0], /braucht JavaScript/);
      await bildschirmfoto(page, `ohne-javascript-${seite ? 'embed' : 'seite'}-360`);
    } finally {
      await b.close();
    }
  });
}

test('when the WebAssembly cannot load: a plain message, contact stays', async () => {
  const b = await browser();
  try {
    const { page } = b;
    await page.route('**/wohncheck_bg.wasm', (route) => route.abort());
    await page.goto(srv.url);
    await page.locator('#wohncheck-startfehler').waitFor({ state: 'visible' });
    assert.match(await page.locator('#wohncheck-startfehler').innerText(), /konnte leider nicht starten/);
    assert.ok(!(await page.locator('#wohncheck-laden').isVisible()));
    await kontaktSichtbar(page);
    await bildschirmfoto(page, 'startfehler-360');
  } finally {
    await b.close();
  }
});

test('start takes over without moving the contact card', async () => {
  const b = await browser();
  try {
    const { page } = b;
    // Hold the wasm back until the page has been measured before the start (no fixed delay:
    // the page's load event does not wait for the wasm, which boot.js fetches).
    let freigeben;
    const gehalten = new Promise((ok) => { freigeben = ok; });
    await page.route('**/wohncheck_bg.wasm', async (route) => {
      await gehalten;
      await route.continue();
    });
    // Not until 'load': the preloaded wasm delays the load event, and on a busy machine the
    // check could start before the first measurement.
    await page.goto(srv.url, { waitUntil: 'domcontentloaded' });
    const vorher = await page.getByTestId('kontakt').boundingBox();
    assert.ok(await page.locator('#wohncheck-laden').isVisible());
    freigeben();
    await gestartet(page);
    const nachher = await page.getByTestId('kontakt').boundingBox();
    assert.deepEqual(nachher, vorher);
    await kontaktSichtbar(page);
    assert.equal(await page.locator('#wohncheck-laden').count(), 0);
  } finally {
    await b.close();
  }
});
