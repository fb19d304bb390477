/** Addresses of the manager area (the routes are composed in app/). */
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
  audit: () => '/manage/audit',
};
