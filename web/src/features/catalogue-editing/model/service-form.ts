import type { PriceComponentDocument, ServiceDocument } from '@servicekatalog/shared';
import type { ServiceInput } from '../../../lib/graphql/generated/graphql';
import {
  decimalForm,
  decimalInput,
  intForm,
  intInput,
  nullableDecimalInput,
  optionalTextInput,
  textForm,
  textInput,
  type LocalProblem,
  type TextForm,
} from '../../../lib/manage/form-values';

export const PRICE_MODELS = ['FLAT', 'PER_UNIT', 'GRADUATED', 'VOLUME'] as const;
export const PRICE_PERIODS = ['MONTHLY', 'YEARLY', 'ONE_TIME'] as const;
export const SERVICE_KINDS = ['CORE', 'ADDON'] as const;
export const SERVICE_STATUSES = ['ACTIVE', 'DEPRECATED'] as const;
export const PARTIES = ['CENTRE', 'CUSTOMER', 'SHARED'] as const;

export interface TierForm {
  upTo: string;
  unitPrice: string;
  flatFee: string;
}

export interface PriceComponentForm {
  label: TextForm;
  model: string;
  period: string;
  driver: string;
  amount: string;
  unitPrice: string;
  tiers: TierForm[];
  minimumCharge: string;
  fromYear: string;
  toYear: string;
}

export interface ServiceForm {
  code: string;
  category: string;
  kind: string;
  status: string;
  name: TextForm;
  description: TextForm;
  requires: string[][];
  excludes: string[];
  limits: { driver: string; min: string; max: string }[];
  priceComponents: PriceComponentForm[];
  responsibilities: { task: TextForm; party: string }[];
}

/** Which fields a price model uses; the others must be left out of what is sent. */
export function modelUses(model: string) {
  return {
    driver: model !== 'FLAT',
    amount: model === 'FLAT',
    unitPrice: model === 'PER_UNIT',
    tiers: model === 'GRADUATED' || model === 'VOLUME',
  };
}

export const EMPTY_TIER: TierForm = { upTo: '', unitPrice: '', flatFee: '' };

export function newPriceComponent(): PriceComponentForm {
  return {
    label: textForm(null),
    model: 'FLAT',
    period: 'MONTHLY',
    driver: '',
    amount: '',
    unitPrice: '',
    tiers: [{ ...EMPTY_TIER }],
    minimumCharge: '',
    fromYear: '1',
    toYear: '',
  };
}

function componentForm(component: PriceComponentDocument): PriceComponentForm {
  return {
    label: textForm(component.label),
    model: component.model,
    period: component.period,
    driver: component.driver ?? '',
    amount: decimalForm(component.amount),
    unitPrice: decimalForm(component.unitPrice),
    tiers: (component.tiers ?? []).map((tier) => ({
      upTo: decimalForm(tier.upTo),
      unitPrice: tier.unitPrice,
      flatFee: decimalForm(tier.flatFee),
    })),
    minimumCharge: decimalForm(component.minimumCharge),
    fromYear: intForm(component.fromYear ?? 1),
    toYear: intForm(component.toYear),
  };
}

/** A service of the draft as form values; null: a new, empty service. */
export function serviceForm(service: ServiceDocument | null): ServiceForm {
  return {
    code: service?.code ?? '',
    category: service?.category ?? '',
    kind: service?.kind ?? 'CORE',
    status: service?.status ?? 'ACTIVE',
    name: textForm(service?.name),
    description: textForm(service?.description),
    requires: (service?.requires ?? []).map((group) => [...group]),
    excludes: [...(service?.excludes ?? [])],
    limits: (service?.limits ?? []).map((limit) => ({
      driver: limit.driver,
      min: decimalForm(limit.min),
      max: decimalForm(limit.max),
    })),
    priceComponents: (service?.priceComponents ?? []).map(componentForm),
    responsibilities: (service?.responsibilities ?? []).map((row) => ({
      task: textForm(row.task),
      party: row.party,
    })),
  };
}

type ComponentInput = ServiceInput['priceComponents'][number];

function componentInput(
  component: PriceComponentForm,
  path: string,
  problems: LocalProblem[],
): ComponentInput {
  const uses = modelUses(component.model);
  return {
    label: textInput(component.label, { path: `${path}.label`, kind: 'label', problems }),
    model: component.model,
    period: component.period,
    driver: uses.driver ? component.driver || undefined : undefined,
    amount: uses.amount ? decimalInput(component.amount) : undefined,
    unitPrice: uses.unitPrice ? decimalInput(component.unitPrice) : undefined,
    tiers: uses.tiers
      ? component.tiers.map((tier) => ({
          upTo: nullableDecimalInput(tier.upTo),
          unitPrice: tier.unitPrice.trim(),
          flatFee: decimalInput(tier.flatFee),
        }))
      : undefined,
    minimumCharge: decimalInput(component.minimumCharge),
    fromYear: intInput(component.fromYear, `${path}.fromYear`, problems),
    toYear: intInput(component.toYear, `${path}.toYear`, problems) ?? null,
  };
}

/** Form values → `ServiceInput`; fields the price model does not use are left out. */
export function serviceInput(form: ServiceForm): { input: ServiceInput; problems: LocalProblem[] } {
  const problems: LocalProblem[] = [];
  const input: ServiceInput = {
    code: form.code.trim(),
    category: form.category,
    kind: form.kind,
    status: form.status,
    name: textInput(form.name, { path: 'name', kind: 'name', problems }),
    description: optionalTextInput(form.description, { path: 'description', kind: 'description', problems }),
    requires: form.requires,
    excludes: form.excludes,
    limits: form.limits.map((limit) => ({
      driver: limit.driver,
      min: nullableDecimalInput(limit.min),
      max: nullableDecimalInput(limit.max),
    })),
    priceComponents: form.priceComponents.map((component, index) =>
      componentInput(component, `priceComponents[${index}]`, problems),
    ),
    responsibilities: form.responsibilities.map((row, index) => ({
      task: textInput(row.task, { path: `responsibilities[${index}].task`, kind: 'label', problems }),
      party: row.party,
    })),
  };
  return { input, problems };
}
