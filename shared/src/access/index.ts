/**
 * Who may do what (DESIGN, "Who may do what"), as pure functions that the API's policies call to
 * decide and the web may call to show or hide an action. Only the rules: how a refusal is worded
 * and whether it reads as FORBIDDEN or NOT_FOUND is the caller's part.
 */

/** Roles of DESIGN's "Who may do what"; anonymous callers have no role (null). */
export const ROLES = ['ADMIN', 'ACCOUNT_MANAGER', 'CUSTOMER'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in user as the rules see it: its role, and the centre or agency it belongs to. */
export interface Subject {
  role: Role;
  /** The centre an account manager works for. */
  providerCode: string | null;
  /** The agency a customer user belongs to. */
  agencyId: string | null;
}

/** What someone may want to do. Reading published catalogues, prices, proposals and figures needs no sign-in. */
export const ACTIONS = [
  /** Any operation for signed-in users (own account, lists scoped by {@link agencyScopeOf}). */
  'SIGNED_IN',
  /** Read drafts; edit, import, publish or discard a catalogue (of the centres one manages). */
  'CATALOGUE_EDIT',
  /** Create and edit agencies (of the centres one manages). */
  'AGENCY_EDIT',
  /** See quotes (those of the agencies in one's scope). */
  'QUOTE_READ',
  /** Save, edit, revise, submit and withdraw quotes: the customer's side. */
  'QUOTE_EDIT',
  /** Accept or reject a submitted quote: the centre's side. */
  'QUOTE_DECIDE',
  /** Write in a quote's thread: both sides. */
  'QUOTE_COMMENT',
  /** Make a proposal (customers for their agency). */
  'PROPOSAL_PROPOSE',
  /** Vote on a proposal, one vote per agency. */
  'PROPOSAL_VOTE',
  /** Respond to a proposal for one's centre. */
  'PROPOSAL_RESPOND',
  /** Record benchmark figures (of the centres one manages). */
  'BENCHMARK_WRITE',
  /** Read the audit trail (account managers: their centre's events). */
  'AUDIT_READ',
  /** Administer users and sign-in locks. */
  'USER_ADMIN',
  /** Record, change and delete exchange rates (the price benchmark's conversions). */
  'EXCHANGE_RATE_WRITE',
  /** See agreements, their usage and service results (those of the agencies in one's scope). */
  'AGREEMENT_READ',
  /** Amend or renew an agreement (`reviseAgreement`): the agency's customers and the centre's side. */
  'AGREEMENT_REVISE',
  /** Terminate an agreement, record its volumes and service results: the centre's side. */
  'AGREEMENT_MANAGE',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The roles that may ever do each action — the columns of DESIGN's table. */
const ROLES_FOR: Record<Action, readonly Role[]> = {
  SIGNED_IN: ROLES,
  CATALOGUE_EDIT: ['ACCOUNT_MANAGER', 'ADMIN'],
  AGENCY_EDIT: ['ACCOUNT_MANAGER', 'ADMIN'],
  QUOTE_READ: ROLES,
  QUOTE_EDIT: ['CUSTOMER', 'ADMIN'],
  QUOTE_DECIDE: ['ACCOUNT_MANAGER', 'ADMIN'],
  QUOTE_COMMENT: ROLES,
  PROPOSAL_PROPOSE: ['CUSTOMER', 'ADMIN'],
  PROPOSAL_VOTE: ['CUSTOMER', 'ADMIN'],
  PROPOSAL_RESPOND: ['ACCOUNT_MANAGER', 'ADMIN'],
  BENCHMARK_WRITE: ['ACCOUNT_MANAGER', 'ADMIN'],
  AUDIT_READ: ['ACCOUNT_MANAGER', 'ADMIN'],
  USER_ADMIN: ['ADMIN'],
  EXCHANGE_RATE_WRITE: ['ADMIN'],
  AGREEMENT_READ: ROLES,
  AGREEMENT_REVISE: ROLES,
  AGREEMENT_MANAGE: ['ACCOUNT_MANAGER', 'ADMIN'],
};

/** The roles that may do `action` at all. */
export function rolesFor(action: Action): readonly Role[] {
  return ROLES_FOR[action];
}

/**
 * Whether someone with this role may do `action` to anything at all — checked before anything is
 * looked up, so a refusal reveals nothing. Which thing (whose centre, whose agency) is a second
 * check: {@link managesProvider}, {@link maySeeAgencyOwned}.
 */
export function mayDo(subject: Pick<Subject, 'role'> | null, action: Action): boolean {
  return subject !== null && ROLES_FOR[action].includes(subject.role);
}

/**
 * True when `subject` manages the provider `providerCode`: an administrator every provider, an
 * account manager its own centre; nobody else. Managing a centre means reading its drafts,
 * changing its catalogue, agencies and figures, deciding its quotes and answering its proposals.
 */
export function managesProvider(subject: Subject | null, providerCode: string): boolean {
  if (!subject) return false;
  if (subject.role === 'ADMIN') return true;
  return subject.role === 'ACCOUNT_MANAGER' && subject.providerCode === providerCode;
}

/** Everyone sees PUBLISHED catalogue versions; drafts only those who manage the provider. */
export function maySeeCatalogueVersion(
  subject: Subject | null,
  providerCode: string,
  status: string,
): boolean {
  return status === 'PUBLISHED' || managesProvider(subject, providerCode);
}

/**
 * What a subject sees of agencies and everything that belongs to one (its quotes…): admins
 * everything, account managers the agencies their centre serves, customers their own agency.
 */
export type AgencyScope = { all: true } | { providerCode: string } | { agencyId: string } | { none: true };

/** The agency a thing belongs to and the centre that serves it. */
export interface AgencyOwnership {
  agencyId: string;
  providerCode: string;
}

export function agencyScopeOf(subject: Subject): AgencyScope {
  switch (subject.role) {
    case 'ADMIN':
      return { all: true };
    case 'ACCOUNT_MANAGER':
      return subject.providerCode ? { providerCode: subject.providerCode } : { none: true };
    case 'CUSTOMER':
      return subject.agencyId ? { agencyId: subject.agencyId } : { none: true };
    default:
      return assertNever(subject.role);
  }
}

/** True when `subject` may see what belongs to this agency (else it does not exist for them). */
export function maySeeAgencyOwned(subject: Subject, owned: AgencyOwnership): boolean {
  const scope = agencyScopeOf(subject);
  if ('all' in scope) return true;
  if ('providerCode' in scope) return scope.providerCode === owned.providerCode;
  if ('agencyId' in scope) return scope.agencyId === owned.agencyId;
  return false;
}

function assertNever(value: never): never {
  throw new Error(`Unexpected role ${String(value)}`);
}
