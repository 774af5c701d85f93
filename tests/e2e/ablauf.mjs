// Walks the widget through every step with a persona's answers.
import { weiter, alleOeffnen } from './helfer.mjs';

/** Answers every step for persona `p`; `jeSchritt` runs on each step before leaving it. */
export async function durchlaufen(page, p, jeSchritt) {
  if (p.anlass !== null) await page.getByTestId(`anlass-${p.anlass}`).check();
  if (p.klage_am) await page.getByTestId('klage-am').fill(p.klage_am);
  await jeSchritt('1-anlass');
  await weiter(page);
  if (p.erwachsene.length === 2) await page.getByTestId('erwachsene-1').check();
  for (const [i, e] of p.erwachsene.entries()) await page.getByTestId(`alter-${i}`).fill(e.alter);
  for (const [i, k] of p.kinder.entries()) {
    await page.getByTestId('kind-hinzu').click();
    await page.getByTestId(`kind-alter-${i}`).fill(k.alter);
  }
  await page.getByTestId('gemeinde').selectOption(p.gemeinde);
  await jeSchritt('2-haushalt');
  await weiter(page);
  for (const [i, e] of p.erwachsene.entries()) {
    const art = { keiner: 0, netto: 1, brutto: 2 }[e.lohnart];
    await page.getByTestId(`lohnart-${i}-${art}`).check();
    if (e.lohn) await page.getByTestId(`lohn-${i}`).fill(e.lohn);
    if (e.rente) await page.getByTestId(`rente-${i}`).fill(e.rente);
  }
  await jeSchritt('3-einkommen');
  await weiter(page);
  await page.getByTestId('miete').fill(p.miete);
  await page.getByTestId('heizkosten').fill(p.heizung);
  if (p.vermoegen) await page.getByTestId('vermoegen').fill(p.vermoegen);
  await page.getByTestId('buergergeld-1').check();
  await jeSchritt('4-wohnen');
  await weiter(page);
  if (p.rueckstand) {
    await page.getByTestId('summe').fill(p.rueckstand);
    await page.getByTestId('seit').fill(p.seit);
  }
  if (p.mahnung === 'ja') await page.getByTestId('mahnung-0').check();
  if (p.kuendigungsart) {
    if (p.anlass !== 2) await page.getByTestId('kuendigung-0').check();
    const art = { fristlos: 0, ordentlich: 1, beide: 2 }[p.kuendigungsart];
    await page.getByTestId(`kuendigungsart-${art}`).check();
    if (p.kuendigung_am) await page.getByTestId('kuendigung-am').fill(p.kuendigung_am);
    await page.getByTestId('geheilt-1').check();
  }
  if (p.klage === 'nein') await page.getByTestId('klage-1').check();
  await jeSchritt('5-rueckstand');
  await weiter(page);
  for (const b of p.bedrohungen ?? []) await page.getByTestId(b).check();
  await page.getByTestId(p.kontakt === 'ja' ? 'kontakt-0' : 'kontakt-1').check();
  await jeSchritt('6-lage');
  await weiter(page);
  await page.getByTestId('ergebnis').waitFor();
  // The details of the result are disclosures; the checks read all of them, as print does.
  await alleOeffnen(page);
  await jeSchritt('7-ergebnis');
}

