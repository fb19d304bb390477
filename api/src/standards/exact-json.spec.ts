import { describe, expect, it } from 'vitest';
import { ExactNumber, writeJson } from './exact-json.js';

describe('writeJson', () => {
  it('writes exact numbers as their decimal text and everything else as JSON.stringify does', () => {
    const value = {
      price: { unit: 'EUR', value: new ExactNumber('12345678901.123456') },
      small: new ExactNumber('0.10'),
      negative: new ExactNumber('-3.5'),
      list: [1, 'two', null, true, { nested: new ExactNumber('38.00') }],
      text: 'quote " and \u2028 line separator',
      left: undefined,
    };
    const text = writeJson(value);
    expect(text).toBe(
      '{"price":{"unit":"EUR","value":12345678901.123456},"small":0.10,"negative":-3.5,' +
        `"list":[1,"two",null,true,{"nested":38.00}],"text":${JSON.stringify(value.text)}}`,
    );
    expect(JSON.parse(text)).toMatchObject({
      small: 0.1,
      negative: -3.5,
      list: [1, 'two', null, true, { nested: 38 }],
    });
  });

  it('refuses text that is not a plain decimal, so no JSON can be injected through a number', () => {
    for (const bad of ['1e3', '+1', '.5', '1,5', '1}', 'NaN', ''])
      expect(() => new ExactNumber(bad), bad).toThrow();
  });
});
