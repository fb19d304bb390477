import { describe, expect, it } from 'vitest';
import { decimalMark, quoteLinesCsv, type CsvLine, type CsvTexts } from './lines-csv';

const LINES: CsvLine[] = [
  {
    serviceCode: 'PAY-RUN',
    componentLabel: 'Pr. lønseddel',
    period: 'MONTHLY',
    driverCode: 'PAYSLIPS',
    quantity: '1200',
    billableQuantity: '1190',
    amount: '39567.50',
    firstYear: 1,
    lastYear: 3,
  },
  {
    serviceCode: 'ACC',
    componentLabel: 'Opstart; engangsbeløb',
    period: 'ONE_TIME',
    driverCode: null,
    quantity: null,
    billableQuantity: null,
    amount: '30000.00',
    firstYear: 1,
    lastYear: 1,
  },
];

const DA_TEXTS: CsvTexts = {
  header: {
    service: 'Ydelse',
    component: 'Priselement',
    period: 'Periode',
    driver: 'Volumen',
    quantity: 'Mængde',
    billable: 'Afregnet mængde',
    amount: 'Beløb ekskl. moms',
    currency: 'Valuta',
    firstYear: 'Fra år',
    lastYear: 'Til år',
  },
  serviceName: (code) => ({ 'PAY-RUN': 'Lønadministration', ACC: 'Regnskab "basis"' })[code] ?? code,
  driverName: (code) => ({ PAYSLIPS: 'Lønsedler pr. måned' })[code] ?? code,
  periodName: (period) => ({ MONTHLY: 'Månedlig', ONE_TIME: 'Engang' })[period] ?? period,
};

describe('quoteLinesCsv', () => {
  it('writes a Danish file: BOM, semicolons, decimal comma, translated header, CRLF', () => {
    const csv = quoteLinesCsv(LINES, 'DKK', 'da-DK', DA_TEXTS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Ydelse;Priselement;Periode;Volumen;Mængde;Afregnet mængde;Beløb ekskl. moms;Valuta;Fra år;Til år',
      'Lønadministration;Pr. lønseddel;Månedlig;Lønsedler pr. måned;1200;1190;39567,50;DKK;1;3',
      '"Regnskab ""basis""";"Opstart; engangsbeløb";Engang;;;;30000,00;DKK;1;1',
      '',
    ]);
  });

  it('keeps the decimal point for English and never rounds or groups the digits', () => {
    const csv = quoteLinesCsv(
      [{ ...LINES[0], quantity: '1234567.125', amount: '1234567.89' }],
      'NOK',
      'en-GB',
      DA_TEXTS,
    );
    expect(csv.split('\r\n')[1]).toBe(
      'Lønadministration;Pr. lønseddel;Månedlig;Lønsedler pr. måned;1234567.125;1190;1234567.89;NOK;1;3',
    );
  });

  it('turns catalogue text that looks like a formula into plain text', () => {
    const csv = quoteLinesCsv([{ ...LINES[1], componentLabel: '=HYPERLINK("x")' }], 'DKK', 'da-DK', DA_TEXTS);
    expect(csv.split('\r\n')[1]).toBe(
      '"Regnskab ""basis""";"\'=HYPERLINK(""x"")";Engang;;;;30000,00;DKK;1;1',
    );
  });

  it('knows the decimal mark of each interface locale', () => {
    expect(['da-DK', 'nb-NO', 'sv-SE', 'en-GB'].map(decimalMark)).toEqual([',', ',', ',', '.']);
  });
});
