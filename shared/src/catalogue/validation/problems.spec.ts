import { describe, expect, it } from 'vitest';
import type { DocumentError } from '../document-errors.js';
import { Problems } from './problems.js';

/** Reports a missing field named `name` at `path`, so that the order can be read back by name. */
const missing = (problems: Problems, path: (string | number)[], name: string) =>
  problems.report(path, 'REQUIRED_FIELD', { field: name });
const names = (errors: DocumentError[]) => errors.map((error) => error.params.field);

describe('Problems.inDocumentOrder', () => {
  const input = { b: { y: 1, x: [10, 20, { q: 1 }] }, a: 2 };

  it('orders by the key order of the input, array indexes, and a path before the paths inside it', () => {
    const problems = new Problems();
    missing(problems, ['a'], 'a');
    missing(problems, ['b', 'x', 2, 'q'], 'q');
    missing(problems, ['b', 'x', 1], 'x1');
    missing(problems, ['b', 'x'], 'x');
    missing(problems, ['b', 'y'], 'y');
    missing(problems, [], 'root');
    expect(names(problems.inDocumentOrder(input))).toEqual(['root', 'y', 'x', 'x1', 'q', 'a']);
  });

  it('puts a missing field after the fields present in its object, keeping report order among equals', () => {
    const problems = new Problems();
    missing(problems, ['c'], 'missing c');
    missing(problems, ['b', 'z'], 'missing z');
    missing(problems, ['b', 'y'], 'y');
    missing(problems, ['a'], 'a');
    missing(problems, ['c'], 'c again');
    expect(names(problems.inDocumentOrder(input))).toEqual(['y', 'missing z', 'a', 'missing c', 'c again']);
  });

  it('formats paths and words each error in English from its code and params', () => {
    const problems = new Problems();
    missing(problems, ['b', 'x', 2, 'q'], 'q');
    expect(problems.inDocumentOrder(input)).toEqual([
      {
        path: 'b.x[2].q',
        code: 'REQUIRED_FIELD',
        params: { field: 'q' },
        message: 'Required field "q" is missing.',
      },
    ]);
    expect(problems.count).toBe(1);
  });

  it('keeps the params as reported, even if the caller changes its object afterwards', () => {
    const problems = new Problems();
    const params = { field: 'q' };
    problems.report(['a'], 'REQUIRED_FIELD', params);
    params.field = 'changed';
    expect(problems.inDocumentOrder(input)[0].params).toEqual({ field: 'q' });
  });
});
