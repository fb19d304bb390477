import { describe, expect, it } from 'vitest';
import { sampleVolumes } from './sample-volumes';

describe('sampleVolumes', () => {
  it("gives a medium agency's monthly quantities by each driver's standard measure, and none without one", () => {
    expect(
      sampleVolumes([
        { code: 'PAYSLIPS', standardMeasure: 'PAYSLIP' },
        { code: 'INVOICES_IN', standardMeasure: 'INVOICE_IN' },
        { code: 'EMPLOYEES', standardMeasure: 'EMPLOYEE' },
        { code: 'HOURS', standardMeasure: null },
        { code: 'OTHER' },
      ]),
    ).toEqual({ PAYSLIPS: '540', INVOICES_IN: '250', EMPLOYEES: '500' });
  });

  it('gives nothing for a catalogue whose drivers have no standard measure', () => {
    expect(sampleVolumes([{ code: 'HOURS', standardMeasure: null }])).toEqual({});
  });
});
