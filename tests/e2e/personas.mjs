// Five households the check was built for, as answers in the widget and as the same
// household for wohncheck-cli. The date is fixed by the test browser (HEUTE).
export const PERSONAS = [
  {
    name: 'single-kuendigung',
    anlass: 2,
    erwachsene: [{ alter: '45', lohnart: 'netto', lohn: '1.100' }],
    kinder: [],
    gemeinde: 'Mörfelden-Walldorf',
    miete: '520', heizung: '70', vermoegen: '300',
    rueckstand: '1.180', seit: '9/2026',
    mahnung: 'ja', kuendigungsart: 'fristlos', kuendigung_am: '6.11.2026',
    klage: 'nein', kontakt: 'nein',
    cli: { mietstufe_of: 'Mörfelden-Walldorf', members: [{ age: 45, net_wage: 1100 }], rent_gross_cold: 520, heating: 70, assets: 300,
      situation: { arrears: 1180, reminder: true, notice: 'fristlos', notice_received_on: '2026-11-06' } },
  },
  {
    name: 'alleinerziehend-klage',
    anlass: 3,
    klage_am: '12.11.2026',
    erwachsene: [{ alter: '32', lohnart: 'brutto', lohn: '1.600' }],
    kinder: [{ alter: '4' }, { alter: '9' }],
    gemeinde: 'Raunheim',
    miete: '780', heizung: '110', vermoegen: '',
    rueckstand: '2.100', seit: '7/2026',
    kuendigungsart: 'beide', kontakt: 'nein',
    cli: { members: [{ age: 32, gross_wage: 1600 }, { age: 4 }, { age: 9 }], rent_gross_cold: 780, heating: 110,
      situation: { arrears: 2100, notice: 'both', suit_served_on: '2026-11-12' } },
  },
  {
    name: 'paar-drei-kinder',
    anlass: 0,
    erwachsene: [{ alter: '38', lohnart: 'brutto', lohn: '2.300' }, { alter: '36', lohnart: 'keiner' }],
    kinder: [{ alter: '2' }, { alter: '7' }, { alter: '12' }],
    gemeinde: 'Groß-Gerau',
    miete: '950', heizung: '160', vermoegen: '1.500',
    kontakt: 'ja',
    cli: { members: [{ age: 38, gross_wage: 2300 }, { age: 36 }, { age: 2 }, { age: 7 }, { age: 12 }], rent_gross_cold: 950, heating: 160, assets: 1500,
      situation: {} },
  },
  {
    name: 'rentnerin-mieterhoehung',
    anlass: 0,
    erwachsene: [{ alter: '72', lohnart: 'keiner', rente: '1.050' }],
    kinder: [],
    gemeinde: 'Kelsterbach',
    miete: '610', heizung: '85', vermoegen: '4.000',
    bedrohungen: ['bedr-mieterhoehung'], kontakt: 'nein',
    cli: { members: [{ age: 72, pension: 1050 }], rent_gross_cold: 610, heating: 85, assets: 4000,
      situation: { other_threats: ['mieterhoehung'] } },
  },
  {
    name: 'kein-problem',
    anlass: null,
    erwachsene: [{ alter: '41', lohnart: 'brutto', lohn: '3.800' }],
    kinder: [],
    gemeinde: 'Büttelborn',
    miete: '700', heizung: '90', vermoegen: '12.000',
    kontakt: 'nein',
    cli: { members: [{ age: 41, gross_wage: 3800 }], rent_gross_cold: 700, heating: 90, assets: 12000, situation: {} },
  },
];

/** The command-line input for a persona on a date. */
export function cliZeile(p, datum) {
  return JSON.stringify({ id: p.name, date: datum, municipality: p.gemeinde, ...p.cli, mietstufe_of: undefined });
}
