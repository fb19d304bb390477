/** One price line as the CSV needs it (the API's PriceLine fields). */
export interface CsvLine {
  serviceCode: string;
  componentLabel: string;
  period: string;
  driverCode: string | null;
  quantity: string | null;
  billableQuantity: string | null;
  amount: string;
  firstYear: number;
  lastYear: number;
}

/** The words of the file, in the interface language. */
export interface CsvTexts {
  header: {
    service: string;
    component: string;
    period: string;
    driver: string;
    quantity: string;
    billable: string;
    amount: string;
    currency: string;
    firstYear: string;
    lastYear: string;
  };
  serviceName(code: string): string;
  driverName(code: string): string;
  periodName(period: string): string;
}

/** Excel and LibreOffice in the Nordic locales split columns on ';' (',' is their decimal mark). */
const SEPARATOR = ';';
/** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte order mark ("æøå" survive). */
const BOM = '\uFEFF';

/** The locale's decimal mark: "," for da-DK, nb-NO, sv-SE; "." for en-GB. */
export function decimalMark(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

/**
 * A decimal string from the API ("1234.50") with the locale's decimal mark and no grouping
 * ("1234,50"), so a spreadsheet reads it as a number. The digits are not touched (no rounding).
 */
function number(value: string | null, mark: string): string {
  return value === null ? '' : value.replace('.', mark);
}

/**
 * A text cell: quoted when it holds the separator, a quote or a line break; and a leading "'"
 * when a spreadsheet would take it for a formula (catalogue texts are not ours to trust).
 */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The price lines of a quote as a CSV file that opens correctly in a Nordic spreadsheet: UTF-8
 * with BOM, ';' between columns, CRLF between rows, the locale's decimal mark, a translated header.
 */
export function quoteLinesCsv(
  lines: readonly CsvLine[],
  currency: string,
  locale: string,
  texts: CsvTexts,
): string {
  const mark = decimalMark(locale);
  const { header } = texts;
  const rows = [
    [
      header.service,
      header.component,
      header.period,
      header.driver,
      header.quantity,
      header.billable,
      header.amount,
      header.currency,
      header.firstYear,
      header.lastYear,
    ].map(text),
    ...lines.map((line) => [
      text(texts.serviceName(line.serviceCode)),
      text(line.componentLabel),
      text(texts.periodName(line.period)),
      text(line.driverCode ? texts.driverName(line.driverCode) : ''),
      number(line.quantity, mark),
      number(line.billableQuantity, mark),
      number(line.amount, mark),
      text(currency),
      String(line.firstYear),
      String(line.lastYear),
    ]),
  ];
  return `${BOM}${rows.map((row) => row.join(SEPARATOR)).join('\r\n')}\r\n`;
}
