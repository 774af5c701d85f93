// What to do now, in the right order (issue 12), on a 360 px phone: the acute box names the
// nearest running deadline; "Heute zu tun" opens the result with the phone within the first
// 800 px; an answer that cannot be read is never silently dropped; a household without risk
// gets a calm sentence and the contact, not a task.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { browser, server, gestartet, weiter, bildschirmfoto, alleOeffnen } from './helfer.mjs';

let srv;
before(async () => { srv = await server(); });
after(async () => { await srv.close(); });

async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

test('suit served ten days ago: the answer to the court first, the phone on the first screen of the result', async () => {
  // Today (the test clock) is 25 November 2026; the suit came on 15 November: the
  // Verteidigungsanzeige is due on 29 November (4 days), the Schonfrist on 15 January.
  const b = await browser({ viewport: { width: 360, height: 800 } });
  try {
    const { page } = b;
    await page.goto(srv.url);
    await gestartet(page);
    await page.getByTestId('anlass-3').check();
    await page.getByTestId('klage-am').fill('15.11.2026');
    await page.getByTestId('akut-frist').waitFor();
    const akut = await page.getByTestId('akut-frist').innerText();
    assert.match(akut, /Verteidigungsanzeige/);
    assert.match(akut, /29\.11\.2026 – noch 4 Tage/);
    await bildschirmfoto(page, 'dringlichkeit-akut-360');
    for (let i = 0; i < 6; i++) await weiter(page);
    await page.getByTestId('ergebnis').waitFor();
    // "Heute zu tun" comes first, with the deadline, the call and one application.
    const heute = page.getByTestId('heute');
    const punkte = await heute.locator('li').evaluateAll((l) => l.map((x) => x.getAttribute('data-schritt')));
    assert.deepEqual(punkte.slice(0, 2), ['verteidigung', 'anrufen']);
    assert.ok(punkte.length <= 3);
    assert.match(await heute.innerText(), /noch 4 Tage/);
    const lage = await page.evaluate(() => {
      const oben = document.querySelector('[data-testid="ergebnis"]').getBoundingClientRect().top;
      const tel = document.querySelector('[data-testid="heute-telefon"]');
      return { abstand: tel.getBoundingClientRect().top - oben, href: tel.getAttribute('href') };
    });
    assert.ok(lage.abstand < 800, `phone link ${Math.round(lage.abstand)} px below the start of the result`);
    assert.equal(lage.href, 'tel:061528058624');
    // The deadlines in urgency order.
    await alleOeffnen(page);
    const fristen = await page.locator('[data-testid="fristen"] > li').evaluateAll((l) => l.map((x) => x.getAttribute('data-testid')));
    assert.deepEqual(fristen.slice(0, 2), ['frist-verteidigungsanzeige', 'frist-schonfrist']);
    await axe(page);
    await page.evaluate(() => document.querySelectorAll('[data-testid="widget"] details').forEach((d) => d.removeAttribute('open')));
    await bildschirmfoto(page, 'dringlichkeit-ergebnis-360');
  } finally {
    await b.close();
  }
});

test('an unreadable wage: announced on leaving, a summary with a link back, listed on the result, range widened', async () => {
  const b = await browser({ viewport: { width: 360, height: 800 } });
  try {
    const { page } = b;
    await page.goto(srv.url);
    await gestartet(page);
    await page.getByTestId('anlass-1').check();
    await weiter(page);
    await page.getByTestId('alter-0').fill('34');
    await page.getByTestId('kind-hinzu').click();
    await page.getByTestId('kind-alter-0').fill('19');
    await page.getByTestId('kind-alter-0').blur();
    assert.match(await page.getByTestId('kind-alter-0-fehler').innerText(), /nur Kinder unter 18/);
    await page.getByTestId('kind-alter-0').fill('9');
    await page.getByTestId('gemeinde').selectOption('Groß-Gerau');
    await weiter(page);
    await page.getByTestId('lohnart-0-1').check();
    await page.getByTestId('lohn-0').fill('abc');
    await page.getByTestId('lohn-0').blur();
    await page.getByTestId('lohn-0-fehler').waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('ansage').innerText(), /Betrag in Euro/);
    // "Weiter" moves on; the next step's heading is followed by the summary.
    await weiter(page);
    const liste = page.getByTestId('fehlerliste');
    assert.ok(await liste.isVisible());
    assert.match(await liste.innerText(), /abc/);
    await page.getByTestId('miete').fill('ca. 780');
    await page.getByTestId('heizkosten').fill('90');
    await weiter(page);
    assert.match(await page.getByTestId('fehlerliste').innerText(), /ca\. 780/);
    await bildschirmfoto(page, 'dringlichkeit-fehlerliste-360');
    // The link goes back to the field, focused, with what was typed.
    await page.getByTestId('aendern-miete').click();
    await page.waitForFunction(() => document.activeElement?.id === 'miete');
    assert.equal(await page.getByTestId('miete').inputValue(), 'ca. 780');
    await page.getByTestId('miete').fill('780');
    for (let i = 0; i < 3; i++) await weiter(page);
    await page.getByTestId('ergebnis').waitFor();
    // The result lists the wage it could not use and still estimates with a wider range.
    const unlesbar = await page.getByTestId('unlesbar').innerText();
    assert.match(unlesbar, /„abc“ bei „Lohn/);
    assert.match(unlesbar, /rechnen ohne diese Angabe/);
    assert.doesNotMatch(unlesbar, /780/, 'a corrected answer is not listed');
    await alleOeffnen(page);
    const kindergeld = page.getByTestId('leistung-kindergeld');
    assert.equal(await kindergeld.getAttribute('data-von'), '259', 'the child of 9 counts');
    await axe(page);
  } finally {
    await b.close();
  }
});

test('no risk: a calm sentence and the contact, no task', async () => {
  const b = await browser({ viewport: { width: 360, height: 800 } });
  try {
    const { page } = b;
    await page.goto(srv.url);
    await gestartet(page);
    await page.getByTestId('anlass-0').check();
    for (let i = 0; i < 6; i++) await weiter(page);
    await page.getByTestId('ergebnis').waitFor();
    const ruhig = await page.getByTestId('ruhig').innerText();
    assert.match(ruhig, /zurzeit nicht in Gefahr/);
    assert.match(ruhig, /06152\s8058624/);
    assert.equal(await page.getByTestId('heute').count(), 0);
    assert.equal(await page.locator('[data-schritt="anrufen"]').count(), 0);
    await axe(page);
  } finally {
    await b.close();
  }
});
