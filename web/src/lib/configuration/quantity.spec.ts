import { describe, expect, it } from 'vitest';
import { parseQuantity } from './quantity';

describe('quantities as people type them', () => {
  it.each([
    ['600', true, { quantity: '600' }],
    ['1 200', true, { quantity: '1200' }],
    ['1\u00a0200', true, { quantity: '1200' }],
    ['007', true, { quantity: '7' }],
    ['5.0', true, { quantity: '5' }],
    ['7,5', false, { quantity: '7.5' }],
    ['7.25', false, { quantity: '7.25' }],
    ['0.123456', false, { quantity: '0.123456' }],
    ['1.500', false, { quantity: '1.5' }],
    ['', true, null],
    ['   ', true, null],
  ])('%j (whole units: %s) → %j', (text, integer, expected) => {
    expect(parseQuantity(text, integer)).toEqual(expected);
  });

  it.each([
    ['-5', true, 'negative'],
    ['−5', true, 'negative'],
    ['12a', true, 'notNumber'],
    ['1e3', true, 'notNumber'],
    ['1.2.3', false, 'notNumber'],
    ['+5', true, 'notNumber'],
    ['7,5', true, 'notWhole'],
    ['1.000', true, 'grouping'],
    ['12,500', true, 'grouping'],
    ['0.1234567', false, 'tooManyDecimals'],
  ])('%j (whole units: %s) is refused as %s', (text, integer, problem) => {
    expect(parseQuantity(text, integer)).toEqual({ problem });
  });
});
