import { describe, expect, it } from 'vitest';
import { formatPath, subjectOf } from './json-path.js';

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['provider', 'currency'], 'provider.currency'],
    [
      ['services', 3, 'priceComponents', 0, 'tiers', 1, 'upTo'],
      'services[3].priceComponents[0].tiers[1].upTo',
    ],
    [
      ['servicePackages', 0, 'items', 1, 'included', 'PAY-SLIPS'],
      'servicePackages[0].items[1].included.PAY-SLIPS',
    ],
    [['services', 1, 'requires', 0, 0], 'services[1].requires[0][0]'],
    [['services', 0, 'name', 'zh Hant'], 'services[0].name["zh Hant"]'],
    [['services', 0, '12'], 'services[0]["12"]'],
    [['a.b'], '["a.b"]'],
  ])('writes %j as %j', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('subjectOf', () => {
  it('names the last key with the indexes after it', () => {
    expect(subjectOf(['services', 1, 'requires', 0, 0])).toBe('requires[0][0]');
    expect(subjectOf(['provider', 'code'])).toBe('code');
    expect(subjectOf([])).toBe('the document');
  });
});
