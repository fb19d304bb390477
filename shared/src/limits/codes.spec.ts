import { describe, expect, it } from 'vitest';
import { isCatalogueCode, isProviderCode } from './codes.js';

describe('codes', () => {
  it.each(['PAY-BASE', 'INVOICES_IN', 'A', '0', 'A'.repeat(40)])('%j is a catalogue code', (code) => {
    expect(isCatalogueCode(code)).toBe(true);
  });

  it.each(['', '-A', '_A', 'pay', 'PAY BASE', 'A'.repeat(41), 'A'.repeat(100_000), 'PAŸ'])(
    '%j is not a catalogue code',
    (code) => {
      expect(isCatalogueCode(code)).toBe(false);
    },
  );

  it.each(['SA-DK', 'DFO-NO', 'X', 'A'.repeat(32), 'A1-B2-C3'])('%j is a provider code', (code) => {
    expect(isProviderCode(code)).toBe(true);
  });

  it.each(['', 'SA_DK', 'SA--DK', '-SA', 'SA-', 'sa-dk', 'A'.repeat(33)])(
    '%j is not a provider code',
    (code) => {
      expect(isProviderCode(code)).toBe(false);
    },
  );
});
