import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  agencyScopeOf,
  managesProvider,
  mayDo,
  maySeeAgencyOwned,
  maySeeCatalogueVersion,
  type Action,
  type Subject,
} from './index.js';

const admin: Subject = { role: 'ADMIN', providerCode: null, agencyId: null };
const managerP: Subject = { role: 'ACCOUNT_MANAGER', providerCode: 'P', agencyId: null };
const managerQ: Subject = { role: 'ACCOUNT_MANAGER', providerCode: 'Q', agencyId: null };
const managerOfNone: Subject = { role: 'ACCOUNT_MANAGER', providerCode: null, agencyId: null };
const customerA: Subject = { role: 'CUSTOMER', providerCode: null, agencyId: 'A' };
const customerOfNone: Subject = { role: 'CUSTOMER', providerCode: null, agencyId: null };

// DESIGN, "Who may do what": which roles may ever do each action (anonymous never may).
const TABLE: Record<Action, { customer: boolean; manager: boolean; admin: boolean }> = {
  SIGNED_IN: { customer: true, manager: true, admin: true },
  CATALOGUE_EDIT: { customer: false, manager: true, admin: true },
  AGENCY_EDIT: { customer: false, manager: true, admin: true },
  QUOTE_READ: { customer: true, manager: true, admin: true },
  QUOTE_EDIT: { customer: true, manager: false, admin: true },
  QUOTE_DECIDE: { customer: false, manager: true, admin: true },
  QUOTE_COMMENT: { customer: true, manager: true, admin: true },
  PROPOSAL_PROPOSE: { customer: true, manager: false, admin: true },
  PROPOSAL_VOTE: { customer: true, manager: false, admin: true },
  PROPOSAL_RESPOND: { customer: false, manager: true, admin: true },
  BENCHMARK_WRITE: { customer: false, manager: true, admin: true },
  AUDIT_READ: { customer: false, manager: true, admin: true },
  USER_ADMIN: { customer: false, manager: false, admin: true },
  EXCHANGE_RATE_WRITE: { customer: false, manager: false, admin: true },
  AGREEMENT_READ: { customer: true, manager: true, admin: true },
  AGREEMENT_REVISE: { customer: true, manager: true, admin: true },
  AGREEMENT_MANAGE: { customer: false, manager: true, admin: true },
};

describe('mayDo: the roles of each action', () => {
  it('covers every action', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(ACTIONS.map((action) => [action, TABLE[action]] as const))('%s: %o', (action, row) => {
    expect(mayDo(null, action)).toBe(false);
    expect(mayDo(customerA, action)).toBe(row.customer);
    expect(mayDo(managerP, action)).toBe(row.manager);
    expect(mayDo(admin, action)).toBe(row.admin);
  });
});

describe('managesProvider and drafts', () => {
  it.each<[string, Subject | null, boolean]>([
    ['anonymous', null, false],
    ['a customer', customerA, false],
    ['a manager of another centre', managerQ, false],
    ['a manager without a centre', managerOfNone, false],
    ["the centre's manager", managerP, true],
    ['an administrator', admin, true],
  ])('%s manages P: %s, and sees its drafts exactly then', (_who, subject, expected) => {
    expect(managesProvider(subject, 'P')).toBe(expected);
    expect(maySeeCatalogueVersion(subject, 'P', 'DRAFT')).toBe(expected);
    expect(maySeeCatalogueVersion(subject, 'P', 'PUBLISHED')).toBe(true);
  });
});

describe('what belongs to an agency', () => {
  const ofA = { agencyId: 'A', providerCode: 'P' };
  const ofB = { agencyId: 'B', providerCode: 'Q' };

  it('is seen by its own customers, the serving centre and administrators only', () => {
    expect([customerA, managerP, managerQ, admin].map((s) => maySeeAgencyOwned(s, ofA))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect([customerA, managerP, managerQ, admin].map((s) => maySeeAgencyOwned(s, ofB))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('is seen by no one who belongs nowhere', () => {
    expect(agencyScopeOf(managerOfNone)).toEqual({ none: true });
    expect(agencyScopeOf(customerOfNone)).toEqual({ none: true });
    expect(maySeeAgencyOwned(managerOfNone, ofA)).toBe(false);
    expect(maySeeAgencyOwned(customerOfNone, ofA)).toBe(false);
  });

  it('scopes a listing by role', () => {
    expect(agencyScopeOf(admin)).toEqual({ all: true });
    expect(agencyScopeOf(managerP)).toEqual({ providerCode: 'P' });
    expect(agencyScopeOf(customerA)).toEqual({ agencyId: 'A' });
  });
});
