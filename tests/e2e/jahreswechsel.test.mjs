// The check on 12 January 2027 (issue 11): a tenant whose eviction suit was served ten days
// ago still sees the running deadline at once and, after six steps, risk, deadlines, steps,
// ranges and one plain sentence per area that is provisional, in German and in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { browser, server, gestartet, bildschirmfoto } from './helfer.mjs';
import { spracheWaehlen } from './helfer.mjs';
import { durchlaufen } from './ablauf.mjs';

const JANUAR = '2027-01-12T10:00:00';

const MUTTER = {
  anlass: 3,
  klage_am: '2.1.2027',
  erwachsene: [{ alter: '32', lohnart: 'brutto', lohn: '1.600' }],
  kinder: [{ alter: '4' }, { alter: '9' }],
  gemeinde: 'Raunheim',
  miete: '780', heizung: '110', vermoegen: '',
  rueckstand: '2.100', seit: '9/2026',
  kuendigungsart: 'beide', kontakt: 'nein',
};

let srv;
before(async () => { srv = await server(); });
after(async () => { await srv.close(); });

for (const sprache of ['de', 'en']) {
  test(`12 January 2027 (${sprache}): deadline at once, a complete result, provisional law said once`, async () => {
    const b = await browser({ viewport: { width: 360, height: 800 }, fixedDate: JANUAR });
    try {
      const { page } = b;
      await page.goto(srv.url);
      await gestartet(page);
      if (sprache === 'en') await spracheWaehlen(page, 'en');
      let imAkutkasten = '';
      await durchlaufen(page, MUTTER, async (schritt) => {
        if (schritt === '1-anlass') {
          // The acute box names a running deadline with its date and the days left.
          await page.getByTestId('akut-frist').waitFor();
          imAkutkasten = await page.getByTestId('akut-frist').innerText();
          await bildschirmfoto(page, `jahreswechsel-akut-${sprache}`);
        }
      });
      assert.match(imAkutkasten, /2027/);
      assert.match(imAkutkasten, sprache === 'de' ? /noch \d+ Tage?/ : /\d+ days? left/);
      const ergebnis = page.getByTestId('ergebnis');
      assert.equal(await page.getByTestId('stufe').getAttribute('data-stufe'), 'akut');
      // Deadlines: the answer to the court is due on 16 January 2027 (14 days after service).
      const anzeige = page.getByTestId('frist-verteidigungsanzeige');
      assert.equal(await anzeige.getAttribute('data-datum'), '2027-01-16');
      assert.match(await anzeige.innerText(), sprache === 'de' ? /noch 4 Tage/ : /4 days left/);
      assert.equal(await page.getByTestId('frist-schonfrist').getAttribute('data-datum'), '2027-03-02');
      assert.ok(await page.getByTestId('heute').isVisible());
      // Ranges: Kindergeld spans 2 × 259 € (law as it stands) and 2 × 267 € (bill).
      const kindergeld = page.getByTestId('leistung-kindergeld');
      assert.equal(await kindergeld.getAttribute('data-von'), '510');
      assert.equal(await kindergeld.getAttribute('data-bis'), '540');
      // One box near the top, before the risk, naming every provisional area.
      const kasten = page.getByTestId('vorlaeufig');
      assert.equal(await kasten.count(), 1);
      const satz = await page.getByTestId('vorlaeufig-satz').innerText();
      assert.match(satz, sprache === 'de' ? /Für 2027 sind noch nicht alle Beträge beschlossen/ : /Not all amounts for 2027 have been adopted yet/);
      assert.match(satz, sprache === 'de' ? /Die Fristen folgen dem Mietrecht, wie wir es am 1\.12\.2026 geprüft haben/ : /tenancy law as we checked it on 1 December 2026/);
      // The reason per area in the disclosure (opened in print).
      const text = await kasten.evaluate((e) => e.textContent);
      assert.match(text, sprache === 'de'
        ? /Die Regelbedarfe für 2027 sind noch nicht veröffentlicht\. Gerechnet wird mit den Beträgen von 2026/
        : /The standard needs \(Regelbedarfe\) for 2027 have not been published yet\. The amounts of 2026 are used/);
      assert.match(text, /BT-Drs\. 21\/8284/);
      const oben = await page.evaluate(() => {
        const w = document.querySelector('[data-testid="widget"]');
        const y = (sel) => w.querySelector(sel).getBoundingClientRect().top;
        return { kasten: y('[data-testid="vorlaeufig"]'), details: y('[data-testid="teil-fristen"]') };
      });
      assert.ok(oben.kasten < oben.details, 'the provisional sentence comes before the details');
      // The print summary lists the state of the law per area.
      assert.equal(await page.locator('[data-testid="rechtsstand-gebiete"] li[data-zustand="provisional"]').count(), 6);
      // The office stays the way out.
      assert.match(await ergebnis.innerText(), /06152\s8058624/);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      assert.deepEqual(axe.violations.map((v) => v.id), []);
      await bildschirmfoto(page, `jahreswechsel-ergebnis-${sprache}`);
      assert.deepEqual(b.protokoll.konsolenfehler, []);
    } finally {
      await b.close();
    }
  });
}
