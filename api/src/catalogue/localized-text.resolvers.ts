import type { Type } from '@nestjs/common';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { LocalizedText } from '@servicekatalog/shared';
import type { GraphQLContext } from '../common/graphql/graphql-options.js';
import { PlainFieldResolvers } from '../common/graphql/plain-field-resolvers.js';
import { localizedTextResolver as plainTextResolver } from '../common/i18n/request-languages.js';
import { CategoryModel } from './models/category.model.js';
import { PriceComponentModel } from './models/price-component.model.js';
import { ServiceLevelModel, ServiceLevelTargetModel } from './models/service-level.model.js';
import { ServicePackageModel } from './models/service-package.model.js';
import { ResponsibilityModel, ServiceModel } from './models/service.model.js';
import { VolumeDriverModel } from './models/volume-driver.model.js';

interface LocalizedField<T> {
  type: Type<T>;
  field: string;
  text: (parent: T) => LocalizedText | null;
  description: string;
  /** True for optional text (descriptions): null when the document has none. */
  optional?: boolean;
}

const LOCALE_ARGUMENT =
  'Language wanted, e.g. "nb" or "da-DK". Without it the request\'s Accept-Language decides; then English; then any language the text has.';

/**
 * A resolver for one localized text field, `name(locale: String): String!`: the text in the
 * wanted language (see `pickText`), the full map being in the sibling `…Translations` field.
 * The method declares the field; a plain function answers it (plain-field-resolvers.ts: a
 * catalogue page asks for hundreds of these).
 */
function localizedTextResolver<T>(spec: LocalizedField<T>): Type<unknown> {
  const resolve = plainTextResolver(spec.text);

  @Resolver(() => spec.type)
  class LocalizedTextResolver {
    constructor(plainFields: PlainFieldResolvers) {
      // Every model class is its GraphQL type's name + "Model" (a wrong name stops the start-up).
      plainFields.add(spec.type.name.replace(/Model$/, ''), spec.field, resolve);
    }

    @ResolveField(spec.field, () => String, {
      nullable: spec.optional ?? false,
      description: spec.description,
    })
    text(
      @Parent() parent: T,
      @Args('locale', { type: () => String, nullable: true, description: LOCALE_ARGUMENT })
      locale: string | null,
      @Context() context: GraphQLContext,
    ): string | null {
      return resolve(parent, { locale }, context);
    }
  }
  Object.defineProperty(LocalizedTextResolver, 'name', {
    value: `${spec.type.name}${spec.field}TextResolver`,
  });
  return LocalizedTextResolver;
}

/** Every localized text field of the catalogue types. */
export const LOCALIZED_TEXT_RESOLVERS: Type<unknown>[] = [
  localizedTextResolver({
    type: CategoryModel,
    field: 'name',
    text: (c) => c.nameTranslations,
    description: 'Name of the category.',
  }),
  localizedTextResolver({
    type: VolumeDriverModel,
    field: 'name',
    text: (d) => d.nameTranslations,
    description: 'Name of the driver, e.g. "Payslips per month".',
  }),
  localizedTextResolver({
    type: VolumeDriverModel,
    field: 'unit',
    text: (d) => d.unitTranslations,
    description: 'Unit label, e.g. "payslip".',
  }),
  localizedTextResolver({
    type: ServiceLevelModel,
    field: 'name',
    text: (l) => l.nameTranslations,
    description: 'Name of the service level.',
  }),
  localizedTextResolver({
    type: ServiceLevelTargetModel,
    field: 'name',
    text: (t) => t.nameTranslations,
    description: 'What is promised, in words.',
  }),
  localizedTextResolver({
    type: ServiceModel,
    field: 'name',
    text: (s) => s.nameTranslations,
    description: 'Name of the service.',
  }),
  localizedTextResolver({
    type: ServiceModel,
    field: 'description',
    text: (s) => s.descriptionTranslations,
    description: 'Description of the service; null when it has none.',
    optional: true,
  }),
  localizedTextResolver({
    type: PriceComponentModel,
    field: 'label',
    text: (c) => c.labelTranslations,
    description: 'Label of the price line, e.g. "Per payslip".',
  }),
  localizedTextResolver({
    type: ResponsibilityModel,
    field: 'task',
    text: (r) => r.taskTranslations,
    description: 'The task, e.g. "Register permanent pay changes".',
  }),
  localizedTextResolver({
    type: ServicePackageModel,
    field: 'name',
    text: (p) => p.nameTranslations,
    description: 'Name of the package.',
  }),
  localizedTextResolver({
    type: ServicePackageModel,
    field: 'description',
    text: (p) => p.descriptionTranslations,
    description: 'Description of the package; null when it has none.',
    optional: true,
  }),
];
