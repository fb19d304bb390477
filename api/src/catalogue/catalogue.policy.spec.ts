import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/actor.js';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error.js';
import { CataloguePolicy } from './catalogue.policy.js';

function actor(role: Role, providerCode: string | null = null): Actor {
  return {
    userId: `u-${role}`,
    email: `${role}@example.test`,
    role,
    providerCode,
    agencyId: role === 'CUSTOMER' ? 'agency-1' : null,
  };
}

const admin = actor('ADMIN');
const managerP = actor('ACCOUNT_MANAGER', 'P');
const managerWithoutProvider = actor('ACCOUNT_MANAGER', null);
const customer = actor('CUSTOMER');

describe('CataloguePolicy', () => {
  it.each([
    ['anonymous', null, false],
    ['a customer', customer, false],
    ['a manager of another centre', actor('ACCOUNT_MANAGER', 'Q'), false],
    ['a manager without a centre', managerWithoutProvider, false],
    ["the centre's manager", managerP, true],
    ['an administrator', admin, true],
  ])('lets %s see drafts of P: %s', (_who, who, expected) => {
    expect(CataloguePolicy.managesProvider(who, 'P')).toBe(expected);
    expect(CataloguePolicy.maySeeVersion(who, 'P', 'DRAFT')).toBe(expected);
    expect(CataloguePolicy.maySeeVersion(who, 'P', 'PUBLISHED')).toBe(true);
  });

  it('asks anonymous callers to sign in and refuses customers before anything is looked up', () => {
    expect(() => CataloguePolicy.requireEditor(null)).toThrow(UnauthenticatedError);
    expect(() => CataloguePolicy.requireEditor(customer)).toThrow(ForbiddenError);
    expect(CataloguePolicy.requireEditor(managerP)).toBe(managerP);
    expect(CataloguePolicy.requireEditor(admin)).toBe(admin);
  });

  it("lets managers change only their own centre's catalogue, administrators any", () => {
    expect(CataloguePolicy.requireManagerOf(managerP, 'P')).toBe(managerP);
    expect(() => CataloguePolicy.requireManagerOf(managerP, 'Q')).toThrow(ForbiddenError);
    expect(() => CataloguePolicy.requireManagerOf(managerWithoutProvider, 'P')).toThrow(ForbiddenError);
    expect(() => CataloguePolicy.requireManagerOf(null, 'P')).toThrow(UnauthenticatedError);
    expect(() => CataloguePolicy.requireManagerOf(customer, 'P')).toThrow(ForbiddenError);
    expect(CataloguePolicy.requireManagerOf(admin, 'ANY')).toBe(admin);
  });
});
