/**
 * The reported-volumes CSV (DESIGN "Reported volumes"): UTF-8, a BOM allowed, `;`-separated, header
 * `month;driver;quantity`, month `YYYY-MM`, the driver's code, `,` or `.` as the decimal mark and no
 * grouping. Every refused row is named by its line; a file with any refused row gives no entries.
 */
import { decimalTextProblem, DECIMAL_BOUNDS } from '../limits/decimal-bounds.js';
import { isCatalogueCode } from '../limits/codes.js';
import { isMonth } from './contract-dates.js';

/** What `recordVolumes` takes per row. */
export interface VolumeEntry {
  month: string;
  driverCode: string;
  /** A plain decimal with `.` as the point. */
  quantity: string;
}

export type VolumesCsvProblemCode =
  | 'EMPTY_FILE'
  | 'BAD_HEADER'
  | 'WRONG_FIELD_COUNT'
  | 'BAD_MONTH'
  | 'BAD_DRIVER'
  | 'BAD_QUANTITY'
  | 'DUPLICATE_ROW'
  | 'TOO_MANY_ROWS';

/** A refused row (or the file as a whole: line 1 for the header, 0 for the file). */
export interface VolumesCsvProblem {
  line: number;
  code: VolumesCsvProblemCode;
  message: string;
}

export interface VolumesCsvResult {
  /** Empty whenever `problems` is not. */
  entries: VolumeEntry[];
  problems: VolumesCsvProblem[];
}

/** DESIGN: at most 5,000 entries per `recordVolumes` call. */
export const MAX_VOLUME_ENTRIES = 5000;

export const VOLUMES_CSV_HEADER = 'month;driver;quantity';

/** Parses the CSV text (already decoded from UTF-8). */
export function parseVolumesCsv(text: string): VolumesCsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) return refused([{ line: 0, code: 'EMPTY_FILE', message: 'The file is empty.' }]);
  if (lines[0].trim().toLowerCase() !== VOLUMES_CSV_HEADER) {
    return refused([
      { line: 1, code: 'BAD_HEADER', message: `The first line must be "${VOLUMES_CSV_HEADER}".` },
    ]);
  }
  if (lines.length - 1 > MAX_VOLUME_ENTRIES) {
    return refused([
      {
        line: MAX_VOLUME_ENTRIES + 2,
        code: 'TOO_MANY_ROWS',
        message: `At most ${MAX_VOLUME_ENTRIES} rows per file.`,
      },
    ]);
  }
  const entries: VolumeEntry[] = [];
  const problems: VolumesCsvProblem[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    const parsed = parseRow(raw, line);
    if ('code' in parsed) return problems.push(parsed);
    const key = `${parsed.month};${parsed.driverCode}`;
    const first = seen.get(key);
    if (first !== undefined) {
      return problems.push({
        line,
        code: 'DUPLICATE_ROW',
        message: `${parsed.month} ${parsed.driverCode} is already on line ${first}.`,
      });
    }
    seen.set(key, line);
    entries.push(parsed);
  });
  return problems.length > 0 ? refused(problems) : { entries, problems };
}

function parseRow(raw: string, line: number): VolumeEntry | VolumesCsvProblem {
  const fields = raw.split(';').map((field) => field.trim());
  if (fields.length !== 3) {
    return { line, code: 'WRONG_FIELD_COUNT', message: 'A row has three fields: month;driver;quantity.' };
  }
  const [month, driverCode, written] = fields as [string, string, string];
  if (!isMonth(month)) return { line, code: 'BAD_MONTH', message: `"${month}" is not a month (YYYY-MM).` };
  if (!isCatalogueCode(driverCode)) {
    return { line, code: 'BAD_DRIVER', message: `"${driverCode}" is not a driver code.` };
  }
  // One decimal mark, either `,` or `.`; grouping is never allowed, so at most one mark may appear.
  const marks = (written.match(/[.,]/g) ?? []).length;
  const quantity = written.replace(',', '.');
  if (marks > 1 || decimalTextProblem(quantity, DECIMAL_BOUNDS) !== null) {
    return {
      line,
      code: 'BAD_QUANTITY',
      message: `"${written}" is not a quantity (not negative, no grouping, at most ${DECIMAL_BOUNDS.fractionDigits} decimals).`,
    };
  }
  return { month, driverCode, quantity };
}

function refused(problems: VolumesCsvProblem[]): VolumesCsvResult {
  return { entries: [], problems };
}
