import { Decimal } from '@servicekatalog/shared';

/**
 * A JSON number written from exact decimal text. Standards ask for money as JSON numbers (TMF620
 * Money.value); going through a JavaScript number would round "12345678901.123456", so the writer
 * below copies the text itself into the JSON.
 */
export class ExactNumber {
  readonly text: string;

  constructor(decimal: string) {
    // Document decimals are plain ("-3.5", "38.00"), which is already valid JSON number text.
    if (!Decimal.isPlain(decimal)) throw new Error(`Not a plain decimal: ${decimal}`);
    this.text = decimal;
  }
}

/** A JSON value in which numbers that must stay exact are {@link ExactNumber}s. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | ExactNumber
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

/** JSON text of `value`, like JSON.stringify (undefined members left out), with exact numbers as written. */
export function writeJson(value: JsonValue): string {
  if (value instanceof ExactNumber) return value.text;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => writeJson(item)).join(',')}]`;
  const members: string[] = [];
  for (const [key, member] of Object.entries(value as Record<string, JsonValue | undefined>)) {
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${writeJson(member)}`);
  }
  return `{${members.join(',')}}`;
}
