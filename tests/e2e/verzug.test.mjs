// The threshold check of § 543 BGB inside the guided flow, and bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, server, gestartet, weiter, bildschirmfoto, alleOeffnen } from './helfer.mjs';

let srv;
before(async () => { srv = await server(); });
after(async () => { await srv.close(); });

async function bisZumRueckstand(page, miete, heizung = '') {
  await page.getByTestId('anlass-1').check();
  await weiter(page);
  await page.getByTestId('alter-0').fill('40');
  await weiter(page);
  await weiter(page);
  await page.getByTestId('miete').fill(miete);
  if (heizung) await page.getByTestId('heizkosten').fill(heizung);
  await weiter(page);
}

for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 800 }]) {
  test(`per-month arrears reach the threshold at ${viewport.width}px`, async () => {
    const b = await browser({ viewport });
    try {
      const { page } = b;
      await page.goto(srv.url);
      await gestartet(page);
      await bisZumRueckstand(page, '850');
      await page.getByTestId('pro-monat').check();
      await page.getByTestId('monat-4').fill('400');
      await page.getByTestId('monat-5').fill('850,-');
      await page.getByTestId('antwort').waitFor();
      assert.match(await page.getByTestId('antwort').innerText(), /^Ja\. Ihr Vermieter darf Ihnen wahrscheinlich schon fristlos kündigen\./);
      await bildschirmfoto(page, `verzug-schritt-${viewport.width}`);
      await weiter(page);
      await weiter(page);
      await alleOeffnen(page);
      const ergebnis = await page.getByTestId('ergebnis-verzug').innerText();
      assert.match(ergebnis, /mehr als eine Monatsmiete \(850\s€\)/);
      assert.match(ergebnis, /§ 543 Abs\. 2 Satz 1 Nr\. 3 Buchst\. a/);
      assert.match(ergebnis, /ordentliche Kündigung .* wahrscheinlich schon möglich/);
      assert.equal(await page.getByTestId('stufe').getAttribute('data-stufe'), 'hoch');
      const breite = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(breite <= viewport.width, `page is ${breite}px wide`);
      await bildschirmfoto(page, `verzug-erreicht-${viewport.width}`);
    } finally {
      await b.close();
    }
  });

  test(`total and month: below the threshold at ${viewport.width}px`, async () => {
    const b = await browser({ viewport });
    try {
      const { page } = b;
      await page.goto(srv.url);
      await gestartet(page);
      await bisZumRueckstand(page, '1.104,56', '130');
      await page.getByTestId('summe').fill('500 €');
      await page.getByTestId('seit').fill('10.26');
      await page.getByTestId('antwort').waitFor();
      assert.match(await page.getByTestId('antwort').innerText(), /^Noch nicht\./);
      await weiter(page);
      await weiter(page);
      await alleOeffnen(page);
      const ergebnis = await page.getByTestId('ergebnis-verzug').innerText();
      // 1.234,56 € + 0,01 € − 500 € further arrears reach "more than one month's rent".
      assert.match(ergebnis, /weitere 734,57\s€ Rückstand/);
      assert.match(ergebnis, /2\.469,12\s€/);
      assert.match(ergebnis, /im Einzelfall möglich/);
      await bildschirmfoto(page, `verzug-summe-${viewport.width}`);
    } finally {
      await b.close();
    }
  });
}

test('nonsense gets a message next to the field and nothing typed is lost', async () => {
  const b = await browser();
  try {
    const { page } = b;
    await page.goto(srv.url);
    await gestartet(page);
    await page.getByTestId('anlass-1').check();
    await weiter(page);
    await weiter(page);
    await weiter(page);
    const faelle = [
      ['abc', /Betrag in Euro/],
      ['-850', /nicht negativ/],
      ['85000000', /unrealistisch hoch/],
      ['850,555', /unrealistisch hoch/],
      ['12,3,4', /Betrag in Euro/],
    ];
    // While the first characters are typed no message interrupts; leaving the field shows it
    // and announces it in the widget's live region.
    await page.getByTestId('miete').fill('ab');
    assert.ok(await page.getByTestId('miete-fehler').isHidden(), 'no message while typing');
    for (const [eingabe, meldung] of faelle) {
      await page.getByTestId('miete').fill(eingabe);
      await page.getByTestId('miete').blur();
      await page.getByTestId('miete-fehler').waitFor({ state: 'visible' });
      assert.match(await page.getByTestId('miete-fehler').innerText(), meldung, eingabe);
      assert.match(await page.getByTestId('ansage').innerText(), meldung, `announced: ${eingabe}`);
      assert.equal(await page.getByTestId('miete').inputValue(), eingabe);
      assert.equal(await page.getByTestId('miete').getAttribute('aria-invalid'), 'true');
    }
    await page.getByTestId('miete').fill('850.50');
    await page.getByTestId('miete-fehler').waitFor({ state: 'hidden' });
    await weiter(page);
    await page.getByTestId('pro-monat').check();
    await page.getByTestId('monat-5').fill('9x');
    await page.getByTestId('monat-5').blur();
    await page.getByTestId('monat-5-fehler').waitFor({ state: 'visible' });
    await page.getByTestId('monat-5').fill('900');
    await page.getByTestId('monat-5-fehler').waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('monat-5-fehler').innerText(), /mehr als Ihre Monatsmiete/);
    // Going back and forth keeps the typed rent and the month.
    await page.getByTestId('zurueck').click();
    assert.equal(await page.getByTestId('miete').inputValue(), '850.50');
    await weiter(page);
    assert.equal(await page.getByTestId('monat-5').inputValue(), '900');
    await bildschirmfoto(page, 'verzug-fehler-360');
  } finally {
    await b.close();
  }
});
