/** One step into a JSON value: an object key or an array index. */
export type PathSegment = string | number;

/** A location inside a JSON value, as the list of steps from its root. */
export type JsonPath = readonly PathSegment[];

// Keys that read unambiguously after a dot; codes such as "PAY-RUN" qualify, all-digit keys do not
// (".0" would look like an array index), and anything else is written as a quoted bracket.
const DOTTED_KEY = /^[A-Za-z0-9_-]+$/;
const ALL_DIGITS = /^\d+$/;

/**
 * Writes a path as DESIGN's DocumentError paths: `services[3].priceComponents[0].tiers[1].upTo`.
 * The root is the empty string.
 */
export function formatPath(path: JsonPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (DOTTED_KEY.test(segment) && !ALL_DIGITS.test(segment))
      text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/**
 * The name a message uses for the value at `path`: its last key with any indexes after it
 * ("upTo", "excludes[0]", "requires[1][0]").
 */
export function subjectOf(path: JsonPath): string {
  let start = path.length - 1;
  while (start > 0 && typeof path[start] === 'number') start -= 1;
  const subject = formatPath(path.slice(Math.max(start, 0)));
  return subject === '' ? 'the document' : subject;
}
