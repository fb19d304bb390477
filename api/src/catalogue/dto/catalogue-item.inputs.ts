import { Field, InputType, Int } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { LocalizedText } from '@servicekatalog/shared';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';

/*
 * Inputs of draft editing. They mirror the catalogue document field for field (DESIGN, "The
 * catalogue document": `driver`, `service`, `category`, `serviceLevel`…), so an error the shared
 * validator finds at "services[2].priceComponents[0].tiers[1].upTo" is reported at
 * "input.priceComponents[0].tiers[1].upTo". Deliberately without class-validator rules: the same
 * validator that checks imported documents checks every edit, on the whole resulting catalogue,
 * and reports every problem at once. Localized text is a JSON object language → text with at
 * least English, as in the document and in the `…Translations` output fields.
 */

const TEXT =
  'Localized text: a JSON object language code → text, with at least "en", e.g. {"en": "Payroll", "da": "Løn"}.';

@InputType('CategoryInput', {
  description: 'A category of a draft catalogue (created, or replaced when its code exists).',
})
export class CategoryInput {
  @Field({ description: 'Code, e.g. "PAYROLL": upper-case letters, digits, "-" and "_".' })
  code!: string;

  @Field(() => GraphQLJSON, { description: `Name. ${TEXT}` })
  name!: LocalizedText;
}

@InputType('VolumeDriverInput', {
  description: 'A volume driver of a draft catalogue (created, or replaced when its code exists).',
})
export class VolumeDriverInput {
  @Field({ description: 'Code, e.g. "PAYSLIPS".' })
  code!: string;

  @Field(() => GraphQLJSON, { description: `Name, e.g. "Payslips per month". ${TEXT}` })
  name!: LocalizedText;

  @Field(() => GraphQLJSON, { description: `Unit label, e.g. "payslip". ${TEXT}` })
  unit!: LocalizedText;

  @Field({ description: 'True: quantities must be whole numbers.' })
  integer!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'What the driver counts for the price benchmark: PAYSLIP, EMPLOYEE, INVOICE_IN, INVOICE_OUT, POSTING_LINE, TRAVEL_CLAIM or REFUND_CLAIM; null (the default): nothing standard.',
  })
  standardMeasure?: string | null;
}

@InputType('ServiceLevelTargetInput', { description: 'A promise of a service level.' })
export class ServiceLevelTargetInput {
  @Field({ description: 'What is measured, e.g. "INVOICE_POSTING".' })
  metric!: string;

  @Field(() => GraphQLJSON, { description: `What is promised, in words. ${TEXT}` })
  name!: LocalizedText;

  @Field(() => DecimalScalar, { description: 'The promised value, in `unit`.' })
  value!: string;

  @Field({ description: 'WORKING_DAYS, HOURS, PERCENT, DAY_OF_MONTH…' })
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the service the target is promised for; null: the whole package.',
  })
  service?: string | null;
}

@InputType('ServiceLevelInput', {
  description: 'A service level of a draft catalogue (created, or replaced when its code exists).',
})
export class ServiceLevelInput {
  @Field({ description: 'Code, e.g. "STANDARD".' })
  code!: string;

  @Field(() => GraphQLJSON, { description: `Name. ${TEXT}` })
  name!: LocalizedText;

  @Field(() => Int, {
    description: 'Order of the levels, unique within the version; the smallest is the default.',
  })
  rank!: number;

  @Field(() => DecimalScalar, { description: 'Surcharge in percent on the recurring charges, e.g. "8".' })
  surchargePercent!: string;

  @Field(() => [ServiceLevelTargetInput], { nullable: true, description: 'The promises; default none.' })
  targets?: ServiceLevelTargetInput[] | null;
}

@InputType('PriceTierInput', { description: 'One tier of a GRADUATED or VOLUME price component.' })
export class PriceTierInput {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Inclusive upper bound; null only for the last tier (no limit). Strictly ascending.',
  })
  upTo!: string | null;

  @Field(() => DecimalScalar, { description: 'Price per unit in the tier.' })
  unitPrice!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Fee added once when the tier is used; default "0".',
  })
  flatFee?: string | null;
}

@InputType('PriceComponentInput', {
  description: 'One way a service is charged; the fields its model does not use must be left out.',
})
export class PriceComponentInput {
  @Field(() => GraphQLJSON, { description: `Label of the price line, e.g. "Per payslip". ${TEXT}` })
  label!: LocalizedText;

  @Field({ description: 'FLAT, PER_UNIT, GRADUATED or VOLUME.' })
  model!: string;

  @Field({ description: 'ONE_TIME, MONTHLY or YEARLY.' })
  period!: string;

  @Field(() => String, { nullable: true, description: 'Code of the volume driver; not for FLAT.' })
  driver?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'FLAT only: the fixed amount.' })
  amount?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'PER_UNIT only: the price per unit.' })
  unitPrice?: string | null;

  @Field(() => [PriceTierInput], {
    nullable: true,
    description: 'GRADUATED and VOLUME only: the tiers, ascending, the last without upTo.',
  })
  tiers?: PriceTierInput[] | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The least the line costs whenever it exists; null: no minimum.',
  })
  minimumCharge?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'First contract year the component applies to; default 1.',
  })
  fromYear?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Last contract year the component applies to; null: no end.',
  })
  toYear?: number | null;
}

@InputType('ServiceLimitInput', {
  description: 'The allowed quantities of one driver for a service (inclusive).',
})
export class ServiceLimitInput {
  @Field({ description: 'Code of the volume driver.' })
  driver!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Smallest allowed quantity; null: no minimum.' })
  min?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Largest allowed quantity; null: no maximum.' })
  max?: string | null;
}

@InputType('ResponsibilityInput', { description: 'One row of the division of labour.' })
export class ResponsibilityInput {
  @Field(() => GraphQLJSON, { description: `The task. ${TEXT}` })
  task!: LocalizedText;

  @Field({ description: 'CENTRE, CUSTOMER or SHARED.' })
  party!: string;
}

@InputType('ServiceInput', {
  description:
    'A service of a draft catalogue with everything in it (created, or replaced whole when its code exists).',
})
export class ServiceInput {
  @Field({ description: 'Code, stable across versions, e.g. "PAY-RUN".' })
  code!: string;

  @Field({ description: 'Code of the category.' })
  category!: string;

  @Field({ description: 'CORE or ADDON.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'ACTIVE or DEPRECATED; default ACTIVE.' })
  status?: string | null;

  @Field(() => GraphQLJSON, { description: `Name. ${TEXT}` })
  name!: LocalizedText;

  @Field(() => GraphQLJSON, { nullable: true, description: `Description; default none. ${TEXT}` })
  description?: LocalizedText | null;

  @Field(() => [[String]], {
    nullable: true,
    description: 'Requirement groups: from each group at least one service must be selected. Default none.',
  })
  requires?: string[][] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Services that may not be selected with this one (symmetric). Default none.',
  })
  excludes?: string[] | null;

  @Field(() => [ServiceLimitInput], {
    nullable: true,
    description: 'Allowed quantities per driver. Default none.',
  })
  limits?: ServiceLimitInput[] | null;

  @Field(() => [PriceComponentInput], { description: 'The price components, in display order.' })
  priceComponents!: PriceComponentInput[];

  @Field(() => [ResponsibilityInput], { nullable: true, description: 'Who does what. Default none.' })
  responsibilities?: ResponsibilityInput[] | null;
}

@InputType('IncludedInput', { description: 'A quantity of a driver included in the package price.' })
export class IncludedInput {
  @Field({ description: 'Code of the volume driver.' })
  driver!: string;

  @Field(() => DecimalScalar, { description: 'Quantity included; only what exceeds it is charged.' })
  quantity!: string;
}

@InputType('ServicePackageItemInput', { description: 'A service in a service package.' })
export class ServicePackageItemInput {
  @Field({ description: 'Code of the service.' })
  service!: string;

  @Field(() => [IncludedInput], {
    nullable: true,
    description: 'Quantities included in the package price, each driver once. Default none.',
  })
  included?: IncludedInput[] | null;
}

@InputType('ServicePackageInput', {
  description:
    'A service package of a draft catalogue with its items (created, or replaced whole when its code exists).',
})
export class ServicePackageInput {
  @Field({ description: 'Code, e.g. "BASIS".' })
  code!: string;

  @Field(() => GraphQLJSON, { description: `Name. ${TEXT}` })
  name!: LocalizedText;

  @Field(() => GraphQLJSON, { nullable: true, description: `Description; default none. ${TEXT}` })
  description?: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'Code of the default service level; null: none.' })
  serviceLevel?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Discount in percent on the recurring charges of the items; default "0".',
  })
  discountPercent?: string | null;

  @Field(() => [ServicePackageItemInput], { description: 'The services of the package.' })
  items!: ServicePackageItemInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'Add-ons allowed with the package; null (the default): every ADDON.',
  })
  allowedAddOns?: string[] | null;
}

@InputType('BenchmarkPackagesInput', {
  description:
    'The service package the price benchmark prices per kind of standard profile; a kind left out or null is not offered.',
})
export class BenchmarkPackagesInput {
  @Field(() => String, { nullable: true, description: 'Code of the package for payroll only.' })
  PAYROLL?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the package for accounting only.' })
  ACCOUNTING?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the package for payroll and accounting.' })
  BOTH?: string | null;
}

@InputType('CatalogueVersionSettingsInput', {
  description: 'Settings of a draft catalogue version. A field left out keeps its value.',
})
export class CatalogueVersionSettingsInput {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day the version applies (UTC); null removes the date (it must then be given when publishing).',
  })
  validFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 currency of every price, e.g. "NOK". Prices are kept as written.',
  })
  currency?: string | null;

  @Field(() => BenchmarkPackagesInput, {
    nullable: true,
    description: 'The packages the price benchmark prices; given, it replaces them all; null: none offered.',
  })
  benchmarkPackages?: BenchmarkPackagesInput | null;
}
