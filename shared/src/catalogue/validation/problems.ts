import {
  englishDocumentErrorMessage,
  type DocumentError,
  type DocumentErrorCode,
  type DocumentErrorParams,
} from '../document-errors.js';
import { formatPath, type JsonPath } from './json-path.js';
import { isJsonObject } from './json-value.js';

interface Problem {
  readonly path: JsonPath;
  readonly code: DocumentErrorCode;
  readonly params: DocumentErrorParams;
}

/** Collects every error of a document, so that one validation run reports all of them. */
export class Problems {
  private readonly found: Problem[] = [];

  /** Records an error at `path`: what is wrong (`code`) and its particulars, from which it is worded. */
  report(path: JsonPath, code: DocumentErrorCode, params: DocumentErrorParams = {}): void {
    this.found.push({ path: [...path], code, params: { ...params } });
  }

  get count(): number {
    return this.found.length;
  }

  /**
   * The errors in the order a reader meets them in `input`: keys in the order the document
   * writes them, array items by index, a missing field at the end of its object. Errors at the
   * same place keep the order in which they were reported.
   */
  inDocumentOrder(input: unknown): DocumentError[] {
    const keyed = this.found.map((problem) => ({ problem, key: documentPosition(input, problem.path) }));
    keyed.sort((a, b) => compareKeys(a.key, b.key));
    return keyed.map(({ problem: { path, code, params } }) => ({
      path: formatPath(path),
      code,
      params,
      message: englishDocumentErrorMessage(code, params),
    }));
  }
}

/** Where each step of `path` falls among its siblings in `input`. */
function documentPosition(input: unknown, path: JsonPath): number[] {
  const position: number[] = [];
  let node = input;
  for (const segment of path) {
    if (typeof segment === 'number') {
      position.push(segment);
      node = Array.isArray(node) ? node[segment] : undefined;
      continue;
    }
    const keys = isJsonObject(node) ? Object.keys(node) : [];
    const index = keys.indexOf(segment);
    position.push(index >= 0 ? index : keys.length);
    node = index >= 0 && isJsonObject(node) ? node[segment] : undefined;
  }
  return position;
}

/** Lexicographic order; a path comes before the paths inside it. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i += 1) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}
