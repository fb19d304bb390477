import { describe, expect, it } from 'vitest';
import { compileCatalogue } from '@servicekatalog/shared';
import { EMPTY_CONFIGURATION } from '../../../lib/configuration/configuration';
import { EXAMPLE_CATALOGUE } from '../../../test/fixtures';
import { copyFirstVolumes } from './columns';
import { centreCodes, centreRequests } from './entries';

const at = (start: string | null, volumes: Record<string, string> = {}) => ({
  ...EMPTY_CONFIGURATION,
  startDate: start,
  volumes,
});

describe('the centres of a comparison', () => {
  it('asks the page centre first (with its pinned version), then each other centre once, in order', () => {
    const codes = centreCodes([null, 'EX-FI', null, 'EX-IS'], 'EX-DK');
    expect(codes).toEqual(['EX-DK', 'EX-FI', 'EX-DK', 'EX-IS']);
    const requests = centreRequests('EX-DK', 2, [at(null), at(null), at(null), at(null)], codes);
    expect(requests.map(({ code, version }) => [code, version])).toEqual([
      ['EX-DK', 2],
      ['EX-FI', null],
      ['EX-IS', null],
    ]);
  });

  it("prices a centre's configurations at the start they share, and at today's version when they differ", () => {
    const codes = ['EX-DK', 'EX-FI', 'EX-FI'];
    const [dk, fi] = centreRequests(
      'EX-DK',
      null,
      [at('2099-01-01'), at('2031-02-01'), at('2031-03-01')],
      codes,
    );
    expect(dk.start).toBeNull(); // too far ahead to be usable
    expect(fi.start).toBeNull(); // two starts
    const [, same] = centreRequests('EX-DK', null, [at(null), at('2031-02-01'), at('2031-02-01')], codes);
    expect(same.start).toBe('2031-02-01');
  });

  it("copies the first configuration's volumes only into configurations of its own centre", () => {
    const pricing = compileCatalogue(EXAMPLE_CATALOGUE, 1);
    const copied = copyFirstVolumes(
      [at(null, { PAYSLIPS: '600' }), at(null, { PAYSLIPS: '10' }), at(null, { PAYSLIPS: '20' })],
      ['PAYSLIPS'],
      pricing,
      [true, false, true],
    );
    expect(copied.map((configuration) => configuration.volumes.PAYSLIPS)).toEqual(['600', '10', '600']);
  });
});
