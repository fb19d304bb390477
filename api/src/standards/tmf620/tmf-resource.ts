import type { JsonValue } from '../exact-json.js';

/** The five TMF620 resources this API serves (read only). */
export const TMF_RESOURCES = [
  'productCatalog',
  'category',
  'productOffering',
  'productOfferingPrice',
  'productSpecification',
] as const;

export type TmfResourceName = (typeof TMF_RESOURCES)[number];

export function isTmfResourceName(value: string): value is TmfResourceName {
  return (TMF_RESOURCES as readonly string[]).includes(value);
}

/** One TMF resource as answered: `id`, `href` and `@type` always, the rest as the schema names them. */
export interface TmfResource {
  readonly id: string;
  readonly href: string;
  readonly '@type': string;
  readonly [field: string]: JsonValue | undefined;
}

/** Every resource of one published catalogue version, by resource name, in catalogue order. */
export type TmfCatalogue = Record<TmfResourceName, TmfResource[]>;

/** What a mapping needs besides the document: where resources live and which language to speak. */
export interface TmfContext {
  href(resource: TmfResourceName, id: string): string;
  /** Localized text in the request's language (Accept-Language, then English, then any). */
  text(text: Readonly<Record<string, string>>): string;
  /** The language price descriptions are written in. */
  language: string;
  version: number;
  validFrom: string;
}

/** A reference to another resource (TMF's EntityRef family). */
export function refTo(
  ctx: TmfContext,
  resource: TmfResourceName,
  type: string,
  id: string,
  name: string,
  referredType: string,
): TmfResource {
  return { id, href: ctx.href(resource, id), name, '@type': type, '@referredType': referredType };
}

/** Fields every versioned resource carries: the catalogue version and when it took effect. */
export function versioned(ctx: TmfContext): { version: string; validFor: { startDateTime: string } } {
  return { version: String(ctx.version), validFor: { startDateTime: `${ctx.validFrom}T00:00:00Z` } };
}
