import { describe, expect, it } from 'vitest';
import { Problems } from './problems.js';

describe('Problems.inDocumentOrder', () => {
  const input = { b: { y: 1, x: [10, 20, { q: 1 }] }, a: 2 };

  it('orders by the key order of the input, array indexes, and a path before the paths inside it', () => {
    const problems = new Problems();
    problems.report(['a'], 'a');
    problems.report(['b', 'x', 2, 'q'], 'q');
    problems.report(['b', 'x', 1], 'x1');
    problems.report(['b', 'x'], 'x');
    problems.report(['b', 'y'], 'y');
    problems.report([], 'root');
    expect(problems.inDocumentOrder(input).map((error) => error.message)).toEqual([
      'root',
      'y',
      'x',
      'x1',
      'q',
      'a',
    ]);
  });

  it('puts a missing field after the fields present in its object, keeping report order among equals', () => {
    const problems = new Problems();
    problems.report(['c'], 'missing c');
    problems.report(['b', 'z'], 'missing z');
    problems.report(['b', 'y'], 'y');
    problems.report(['a'], 'a');
    problems.report(['c'], 'c again');
    expect(problems.inDocumentOrder(input).map((error) => error.message)).toEqual([
      'y',
      'missing z',
      'a',
      'missing c',
      'c again',
    ]);
  });

  it('formats paths', () => {
    const problems = new Problems();
    problems.report(['b', 'x', 2, 'q'], 'q');
    expect(problems.inDocumentOrder(input)).toEqual([{ path: 'b.x[2].q', message: 'q' }]);
    expect(problems.count).toBe(1);
  });
});
