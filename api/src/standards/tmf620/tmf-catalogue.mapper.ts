import type {
  CatalogueDocument,
  CategoryDocument,
  ServiceDocument,
  ServicePackageDocument,
} from '@servicekatalog/shared';
import type { JsonValue } from '../exact-json.js';
import { priceId, priceResources } from './tmf-prices.mapper.js';
import { refTo, versioned, type TmfCatalogue, type TmfContext, type TmfResource } from './tmf-resource.js';

/**
 * A published catalogue version as TMF620 resources (DESIGN, "Standards exports"): one
 * ProductCatalog for the centre, its categories, one ProductSpecification and ProductOffering per
 * service, one bundled ProductOffering per service package, and the price components. Ids are
 * `<providerCode>.<code>`; a package whose code is also a service's gets `<providerCode>.<code>~PACKAGE`.
 */
export function toTmfCatalogue(doc: CatalogueDocument, ctx: TmfContext): TmfCatalogue {
  const ids = new Ids(doc);
  return {
    productCatalog: [catalog(doc, ctx, ids)],
    category: doc.categories.map((category) => categoryResource(doc, category, ctx, ids)),
    productOffering: [
      ...doc.services.map((service) => serviceOffering(doc, service, ctx, ids)),
      ...doc.servicePackages.map((pkg) => packageOffering(doc, pkg, ctx, ids)),
    ],
    productOfferingPrice: doc.services.flatMap((service) => priceResources(doc, service, ctx)),
    productSpecification: doc.services.map((service) => specification(doc, service, ctx, ids)),
  };
}

class Ids {
  private readonly serviceCodes: ReadonlySet<string>;

  constructor(private readonly doc: CatalogueDocument) {
    this.serviceCodes = new Set(doc.services.map((service) => service.code));
  }

  catalog(): string {
    return this.doc.provider.code;
  }

  category(code: string): string {
    return `${this.doc.provider.code}.${code}`;
  }

  service(code: string): string {
    return `${this.doc.provider.code}.${code}`;
  }

  servicePackage(code: string): string {
    return this.serviceCodes.has(code) ? `${this.service(code)}~PACKAGE` : this.service(code);
  }
}

function catalog(doc: CatalogueDocument, ctx: TmfContext, ids: Ids): TmfResource {
  return {
    id: ids.catalog(),
    href: ctx.href('productCatalog', ids.catalog()),
    '@type': 'ProductCatalog',
    name: doc.provider.name,
    catalogType: 'ProductCatalog',
    lifecycleStatus: 'Launched',
    ...versioned(ctx),
    category: doc.categories.map((category) => categoryRef(ctx, ids, doc, category.code)),
  };
}

function categoryResource(
  doc: CatalogueDocument,
  category: CategoryDocument,
  ctx: TmfContext,
  ids: Ids,
): TmfResource {
  const id = ids.category(category.code);
  return {
    id,
    href: ctx.href('category', id),
    '@type': 'Category',
    name: ctx.text(category.name),
    isRoot: true,
    lifecycleStatus: 'Launched',
    ...versioned(ctx),
    productOffering: doc.services
      .filter((service) => service.category === category.code)
      .map((service) => offeringRef(ctx, ids.service(service.code), ctx.text(service.name))),
  };
}

function specification(
  doc: CatalogueDocument,
  service: ServiceDocument,
  ctx: TmfContext,
  ids: Ids,
): TmfResource {
  const id = ids.service(service.code);
  return {
    id,
    href: ctx.href('productSpecification', id),
    '@type': 'ProductSpecification',
    name: ctx.text(service.name),
    description: ctx.text(service.description ?? service.name),
    brand: doc.provider.name,
    productNumber: service.code,
    isBundle: false,
    lifecycleStatus: lifecycleOf(service),
    ...versioned(ctx),
    category: [categoryRef(ctx, ids, doc, service.category)],
  };
}

function serviceOffering(
  doc: CatalogueDocument,
  service: ServiceDocument,
  ctx: TmfContext,
  ids: Ids,
): TmfResource {
  const id = ids.service(service.code);
  return {
    id,
    href: ctx.href('productOffering', id),
    '@type': 'ProductOffering',
    name: ctx.text(service.name),
    description: ctx.text(service.description ?? service.name),
    isBundle: false,
    isSellable: service.status !== 'DEPRECATED',
    lifecycleStatus: lifecycleOf(service),
    ...versioned(ctx),
    category: [categoryRef(ctx, ids, doc, service.category)],
    productSpecification: refTo(
      ctx,
      'productSpecification',
      'ProductSpecificationRef',
      id,
      ctx.text(service.name),
      'ProductSpecification',
    ),
    productOfferingPrice: service.priceComponents.map((component, index) => {
      const popId = priceId(doc.provider.code, service.code, index + 1);
      return refTo(
        ctx,
        'productOfferingPrice',
        'ProductOfferingPriceRef',
        popId,
        ctx.text(component.label),
        'ProductOfferingPrice',
      );
    }),
    productOfferingRelationship: relationshipsOf(doc, service, ctx, ids),
  };
}

/** Requirement groups (alternatives within a group) and exclusions as offering relationships. */
function relationshipsOf(
  doc: CatalogueDocument,
  service: ServiceDocument,
  ctx: TmfContext,
  ids: Ids,
): JsonValue[] {
  const nameOf = (code: string): string =>
    ctx.text(doc.services.find((s) => s.code === code)?.name ?? { en: code });
  return [
    ...(service.requires ?? []).flatMap((group, g) =>
      group.map((code) => ({
        ...offeringRef(ctx, ids.service(code), nameOf(code), 'ProductOfferingRelationship'),
        relationshipType: 'requires',
        // Services of one group are alternatives: at least one of them must be selected.
        role: `requirement group ${g + 1} (at least one of ${group.length})`,
      })),
    ),
    ...(service.excludes ?? []).map((code) => ({
      ...offeringRef(ctx, ids.service(code), nameOf(code), 'ProductOfferingRelationship'),
      relationshipType: 'excludes',
    })),
  ];
}

function packageOffering(
  doc: CatalogueDocument,
  pkg: ServicePackageDocument,
  ctx: TmfContext,
  ids: Ids,
): TmfResource {
  const id = ids.servicePackage(pkg.code);
  const items = pkg.items.map((item) => doc.services.find((service) => service.code === item.service));
  const present = items.filter((service): service is ServiceDocument => service !== undefined);
  // allowedAddOns null: every ADDON of the catalogue may be added to the package.
  const allowed = pkg.allowedAddOns ?? null;
  const addOns = doc.services.filter(
    (service) => service.kind === 'ADDON' && (allowed === null || allowed.includes(service.code)),
  );
  return {
    id,
    href: ctx.href('productOffering', id),
    '@type': 'ProductOffering',
    name: ctx.text(pkg.name),
    description: ctx.text(pkg.description ?? pkg.name),
    isBundle: true,
    isSellable: true,
    lifecycleStatus: 'Launched',
    ...versioned(ctx),
    category: [...new Set(present.map((service) => service.category))].map((code) =>
      categoryRef(ctx, ids, doc, code),
    ),
    bundledProductOffering: present.map((service) =>
      offeringRef(ctx, ids.service(service.code), ctx.text(service.name), 'BundledProductOffering'),
    ),
    productOfferingRelationship: addOns.map((service) => ({
      ...offeringRef(ctx, ids.service(service.code), ctx.text(service.name), 'ProductOfferingRelationship'),
      relationshipType: 'addOn',
    })),
  };
}

function lifecycleOf(service: ServiceDocument): string {
  return service.status === 'DEPRECATED' ? 'Retired' : 'Launched';
}

function offeringRef(ctx: TmfContext, id: string, name: string, type = 'ProductOfferingRef'): TmfResource {
  return refTo(ctx, 'productOffering', type, id, name, 'ProductOffering');
}

function categoryRef(ctx: TmfContext, ids: Ids, doc: CatalogueDocument, code: string): TmfResource {
  const category = doc.categories.find((candidate) => candidate.code === code);
  return refTo(
    ctx,
    'category',
    'CategoryRef',
    ids.category(code),
    ctx.text(category?.name ?? { en: code }),
    'Category',
  );
}
