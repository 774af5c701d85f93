// Printing from host pages built from the integration page's snippets (Chromium: page.pdf()
// is its print path). The iframe's own print button prints the frame's summary; a host page
// that prints itself gets a note instead of a frame cut through its lines; with two script
// widgets only the one with a result prints it. PDFs land in test-artifacts/druck/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { browser, ARTEFAKTE } from './helfer.mjs';
import { starten } from './motoren/umgebung.mjs';
import { hostSeiten } from './motoren/bausteine.mjs';

const DRUCK = `${ARTEFAKTE}/druck`;
let w;
let h;
before(async () => {
  await mkdir(DRUCK, { recursive: true });
  w = await starten({ dist: 'dist' });
  h = await starten({ seiten: hostSeiten(w.origin) });
});
after(async () => {
  await w.close();
  await h.close();
});

/** A short case to the result, with Playwright locators `x(testid)`. */
async function fall(x) {
  await x('anlass-1').check();
  await x('weiter').click();
  await x('alter-0').fill('40');
  await x('weiter').click();
  await x('weiter').click();
  await x('miete').fill('600');
  await x('weiter').click();
  await x('summe').fill('1.300');
  await x('weiter').click();
  await x('weiter').click();
  await x('ergebnis').waitFor();
}

const pdf = (page, name) => page.pdf({ path: `${DRUCK}/${name}.pdf`, format: 'A4', printBackground: true });

test('iframe with the loader: the print button in the frame prints the frame, the host page prints a note instead of the frame', async () => {
  const b = await browser({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, protokoll } = b;
    await page.goto(`${h.origin}/iframe-lader.html`);
    const rahmen = page.frameLocator('iframe[data-wohncheck-iframe]');
    await fall((t) => rahmen.locator(`[data-testid="${t}"]`));
    const frame = page.frame({ url: /embed\.html/ });
    await frame.evaluate(() => { window.__druck = 0; addEventListener('beforeprint', () => { window.__druck += 1; }); });
    await page.evaluate(() => { window.__druck = 0; addEventListener('beforeprint', () => { window.__druck += 1; }); });
    await rahmen.locator('[data-testid="drucken"]').click();
    // The sandbox allows the frame to print (allow-modals): its window prints, the host's does not.
    await frame.waitForFunction(() => window.__druck > 0, null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => window.__druck), 0, 'the host page did not print');
    assert.equal(await frame.locator('details:not([open])').count(), 0, 'every disclosure of the summary is open');
    assert.deepEqual(protokoll.konsolenfehler.filter((f) => /print|sandbox/i.test(f)), []);
    // What the frame prints: its own document in print media, everything but the summary hidden.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await rahmen.locator('[data-testid="ergebnis"]').isVisible());
    // The result's own contact section carries the office (the page's card above it is not repeated).
    assert.ok(await rahmen.locator('[data-testid="kontaktkarte"]').first().isVisible());
    for (const t of ['drucken', 'loeschen', 'zurueck', 'sprache-de']) assert.ok(!(await rahmen.locator(`[data-testid="${t}"]`).isVisible()), t);
    await page.emulateMedia({ media: 'screen' });
    // The host page printing itself: the loader puts a note where the frame was.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.ok(!(await page.locator('iframe[data-wohncheck-iframe]').isVisible()), 'the frame is not printed');
    const hinweis = page.locator('.wohncheck-iframe-druckhinweis');
    assert.ok(await hinweis.isVisible());
    assert.match(await hinweis.innerText(), /Drucken oder als PDF speichern/);
    await pdf(page, 'host-iframe-lader');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.ok(await page.locator('iframe[data-wohncheck-iframe]').isVisible(), 'back on screen after printing');
    assert.ok(!(await hinweis.isVisible()));
  } finally {
    await b.close();
  }
});

test('the frame\'s own print output (embed.html at the result) is the legible summary', async () => {
  const b = await browser({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = b;
    await page.goto(`${w.origin}/wohncheck/embed.html?region=kreis-gross-gerau&lang=de`);
    await fall((t) => page.getByTestId(t));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await pdf(page, 'iframe-zusammenfassung');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.getByTestId('angaben').isVisible(), 'the answers are part of the summary');
    assert.ok(!(await page.getByTestId('drucken').isVisible()));
  } finally {
    await b.close();
  }
});

test('iframe without the loader: the documented stylesheet keeps the frame out of the print', async () => {
  const b = await browser({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = b;
    await page.goto(`${h.origin}/iframe.html`);
    await page.frameLocator('iframe[data-wohncheck-iframe]').locator('[data-testid="widget"]').waitFor({ timeout: 20000 });
    await page.emulateMedia({ media: 'print' });
    assert.ok(!(await page.locator('iframe[data-wohncheck-iframe]').isVisible()));
    await pdf(page, 'host-iframe-ohne-lader');
  } finally {
    await b.close();
  }
});

test('two script widgets: only the one with a result prints it, the other only its contact', async () => {
  const b = await browser({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = b;
    await page.goto(`${h.origin}/zwei.html`);
    const de = page.locator('[data-wohncheck][data-lang="de"]');
    const en = page.locator('[data-wohncheck][data-lang="en"]');
    await de.locator('[data-testid="widget"]').waitFor({ timeout: 20000 });
    await en.locator('[data-testid="widget"]').waitFor({ timeout: 20000 });
    await fall((t) => en.locator(`[data-testid="${t}"]`));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    assert.ok(await en.locator('[data-testid="ergebnis"]').isVisible());
    assert.equal(await en.locator('details:not([open])').count(), 0);
    assert.ok(!(await de.locator('[data-testid="schritt-titel"]').isVisible()), 'no half-answered questions on paper');
    assert.ok(!(await de.locator('[data-testid="anlass-1"]').isVisible()));
    assert.ok(await de.locator('[data-testid="kontakt-eingebettet"]').isVisible(), 'the contact of the other widget');
    await pdf(page, 'host-zwei-widgets');
  } finally {
    await b.close();
  }
});
