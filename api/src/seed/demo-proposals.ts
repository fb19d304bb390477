import type { ProposalStatus } from '../proposals/proposal.entity.js';

/**
 * Illustrative customer proposals for the demo (DOMAIN.md: Palkeet's customer committee gathers
 * development needs; Statens Administration discusses service levels at half-yearly customer
 * forums). Made up for the demo — no centre has received these — and each says so.
 */
export interface DemoProposal {
  /** Key of the proposing agency in DEMO_AGENCIES; the agency's demo customer proposes. */
  agencyKey: string;
  title: string;
  description: string;
  serviceCode: string | null;
  /** Keys of the agencies that vote (each agency votes through its demo customer). */
  votes: readonly string[];
  /** The centre's responses in order, given by the centre's demo account manager. */
  responses: readonly { status: ProposalStatus; response: string }[];
}

const ILLUSTRATIVE = 'Illustrative demo proposal.';

export const DEMO_PROPOSALS: readonly DemoProposal[] = [
  {
    agencyKey: 'dk',
    title: 'Payslips in English for international staff',
    description: `Many of our researchers and specialists do not read Danish. We propose that employees can choose English payslips and pay notices in the payroll service. ${ILLUSTRATIVE}`,
    serviceCode: 'PAY',
    votes: ['dk'],
    responses: [
      {
        status: 'UNDER_REVIEW',
        response:
          'We are checking with our payroll system supplier whether payslips can be printed in English. We will report back at the spring customer forum.',
      },
    ],
  },
  {
    agencyKey: 'dk',
    title: 'Monthly accounts statement by the 10th',
    description: `Our management wants the monthly accounts statement five days earlier, by the 10th instead of the 15th, so that it reaches the board meeting. ${ILLUSTRATIVE}`,
    serviceCode: 'STATEMENT',
    votes: [],
    responses: [],
  },
  {
    agencyKey: 'no',
    title: 'eFaktura for outgoing invoices under delservice',
    description: `We do our own outgoing invoicing (delservice) but would like to send invoices by eFaktura and Digipost through the distribution channel as well. ${ILLUSTRATIVE}`,
    serviceCode: 'DISTRIBUTION',
    votes: ['no'],
    responses: [
      { status: 'UNDER_REVIEW', response: 'We are assessing the demand among delservice customers.' },
      {
        status: 'PLANNED',
        response:
          'Planned: the distribution channel will be offered to delservice customers from the next catalogue version.',
      },
    ],
  },
  {
    agencyKey: 'no',
    title: 'Travel claims from the mobile app with receipt photos',
    description: `Employees who travel often ask to register travel claims on their phone and attach photos of receipts instead of paper. ${ILLUSTRATIVE}`,
    serviceCode: null,
    votes: ['no'],
    responses: [],
  },
  {
    agencyKey: 'no',
    title: 'Open-items report every month',
    description: `We would like the open-items report monthly instead of twice a year. ${ILLUSTRATIVE}`,
    serviceCode: 'ACC-GRUNN',
    votes: [],
    responses: [
      {
        status: 'DECLINED',
        response:
          'Declined: the open-items report can already be run at any time in the self-service reports, so a monthly delivery adds cost without new information.',
      },
    ],
  },
  {
    agencyKey: 'se',
    title: 'Primula scheduling for shift work in more units',
    description: `We propose a lower entry fee for Primula scheduling when only a few units work shifts. ${ILLUSTRATIVE}`,
    serviceCode: 'PRIMULA-SCHED',
    votes: [],
    responses: [],
  },
];
