import { mayDo, type Role } from '@servicekatalog/shared';
/** Addresses of the manager area (the routes are composed in app/pages/ManagerArea.tsx). */
export const managePaths = {
  home: () => '/manage',
  centre: (providerCode: string) => `/manage/centres/${encodeURIComponent(providerCode)}`,
  draft: (providerCode: string) => `/manage/centres/${encodeURIComponent(providerCode)}/draft`,
  draftSection: (providerCode: string, section: string) =>
    `/manage/centres/${encodeURIComponent(providerCode)}/draft?section=${section}`,
  item: (providerCode: string, kind: string, code: string) =>
    `/manage/centres/${encodeURIComponent(providerCode)}/draft/${kind}/${encodeURIComponent(code)}`,
  changes: (providerCode: string, from?: number, to?: number) =>
    `/manage/centres/${encodeURIComponent(providerCode)}/changes${from !== undefined && to !== undefined ? `?from=${from}&to=${to}` : ''}`,
  impact: (providerCode: string) => `/manage/centres/${encodeURIComponent(providerCode)}/impact`,
  import: (providerCode: string) => `/manage/centres/${encodeURIComponent(providerCode)}/import`,
  quotes: () => '/manage/quotes',
  quote: (id: string) => `/manage/quotes/${encodeURIComponent(id)}`,
  agreements: () => '/manage/agreements',
  agreement: (id: string) => `/manage/agreements/${encodeURIComponent(id)}`,
  audit: () => '/manage/audit',
  agencies: () => '/manage/agencies',
  newAgency: () => '/manage/agencies/new',
  agency: (id: string) => `/manage/agencies/${encodeURIComponent(id)}`,
  users: () => '/manage/users',
  newUser: () => '/manage/users/new',
  user: (id: string) => `/manage/users/${encodeURIComponent(id)}`,
};

/**
 * Where "Quotes" in the header leads: account managers and administrators decide quotes in the
 * inbox; a customer keeps their agency's quotes at /quotes.
 */
export function quotesPathFor(role: Role): string {
  return mayDo({ role }, 'QUOTE_DECIDE') ? managePaths.quotes() : '/quotes';
}
