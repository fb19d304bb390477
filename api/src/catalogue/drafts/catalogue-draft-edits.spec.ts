import { describe, expect, it } from 'vitest';
import { withDefaults } from '@servicekatalog/shared';
import { smallCatalogue } from '../../../test/support/catalogue-factory.js';
import { inputField, removeItem, updateSettings, upsertItem } from './catalogue-draft-edits.js';
import { NotFoundError } from '../../common/errors/domain-error.js';

const packageInput = {
  code: 'BASIS',
  items: [
    { service: 'PAY-BASE' },
    {
      service: 'PAY-RUN',
      included: [
        { driver: 'USERS', quantity: '1' },
        { driver: 'PAYSLIPS', quantity: '-1' },
      ],
    },
  ],
};

describe('inputField', () => {
  it.each([
    ['', 'input'],
    ['.code', 'input.code'],
    ['.priceComponents[0].tiers[1].upTo', 'input.priceComponents[0].tiers[1].upTo'],
    ['.requires[0][1]', 'input.requires[0][1]'],
    ['.name.en', 'input.name'],
    ['.priceComponents[2].label', 'input.priceComponents[2].label'],
    ['.responsibilities[0].task.da', 'input.responsibilities[0].task'],
    ['.items[1].included.PAYSLIPS', 'input.items[1].included[1].quantity'],
    ['.items[1].included.UNKNOWN', 'input.items[1].included'],
    ['.items[1].included', 'input.items[1].included'],
  ])('maps the document path %j to %j', (path, field) => {
    expect(inputField(path, packageInput)).toBe(field);
  });
});

describe('draft edits', () => {
  const current = withDefaults(smallCatalogue({ providerCode: 'UNIT' }));

  it('replaces an item in place, or appends a new one, naming the action by what happened', () => {
    const payroll = { code: 'PAYROLL', name: { en: 'Pay' } };
    const travel = { code: 'TRAVEL', name: { en: 'Travel' } };
    const replaced = upsertItem('CATEGORY', payroll, {}).plan(current);
    expect(replaced.action).toBe('UPDATE_CATEGORY');
    expect(replaced.document.categories).toEqual([{ code: 'PAYROLL', name: { en: 'Pay' } }]);
    const added = upsertItem('CATEGORY', travel, {}).plan(current);
    expect(added.action).toBe('CREATE_CATEGORY');
    expect(added.document.categories.map((c) => c.code)).toEqual(['PAYROLL', 'TRAVEL']);
    expect(added.fieldOf('categories[1].name.en')).toBe('input.name');
    expect(added.fieldOf('categories[10].name')).toBe('input');
    expect(added.fieldOf('services[0].category')).toBe('input');
    expect(current.categories).toHaveLength(1);
  });

  it('removes by code, blames the code for what breaks, and refuses an unknown code', () => {
    const removed = removeItem('SERVICE', 'PAY-RUN').plan(current);
    expect(removed.action).toBe('REMOVE_SERVICE');
    expect(removed.document.services.map((s) => s.code)).toEqual(['PAY-BASE']);
    expect(removed.fieldOf('servicePackages[0].items[1].service')).toBe('code');
    expect(() => removeItem('SERVICE', 'NOPE').plan(current)).toThrow(NotFoundError);
  });

  it('changes settings: undefined keeps, null clears validFrom, currency null keeps', () => {
    expect(updateSettings({}).plan(current).document).toMatchObject({
      validFrom: '2027-01-01',
      provider: { currency: 'DKK' },
    });
    const cleared = updateSettings({ validFrom: null, currency: null }).plan(current);
    expect(cleared.document).toMatchObject({ validFrom: null, provider: { currency: 'DKK' } });
    expect(cleared.fieldOf('provider.currency')).toBe('input.currency');
    expect(
      updateSettings({ currency: 'ISK' }).snapshot(
        updateSettings({ currency: 'ISK' }).plan(current).document,
      ),
    ).toEqual({
      validFrom: '2027-01-01',
      currency: 'ISK',
      benchmarkPackages: null,
    });
  });
});
