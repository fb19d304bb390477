import type { ServiceLevelDocument } from '@servicekatalog/shared';
import type { ServiceLevelInput } from '../../../lib/graphql/generated/graphql';
import {
  decimalForm,
  intForm,
  intInput,
  textForm,
  textInput,
  type LocalProblem,
  type TextForm,
} from '../../../lib/manage/form-values';

/** Units a target's value is promised in (DESIGN); the catalogue may use others, kept as they are. */
export const TARGET_UNITS = [
  'WORKING_DAYS',
  'HOURS',
  'PERCENT',
  'DAY_OF_MONTH',
  'TIMES_PER_WEEK',
  'TIMES_PER_YEAR',
];

export interface TargetForm {
  metric: string;
  name: TextForm;
  value: string;
  unit: string;
  service: string;
}

export interface ServiceLevelForm {
  code: string;
  name: TextForm;
  rank: string;
  surchargePercent: string;
  targets: TargetForm[];
}

export function newTarget(): TargetForm {
  return { metric: '', name: textForm(null), value: '', unit: 'WORKING_DAYS', service: '' };
}

export function serviceLevelForm(level: ServiceLevelDocument | null): ServiceLevelForm {
  return {
    code: level?.code ?? '',
    name: textForm(level?.name),
    rank: intForm(level?.rank),
    surchargePercent: decimalForm(level?.surchargePercent ?? '0'),
    targets: (level?.targets ?? []).map((target) => ({
      metric: target.metric,
      name: textForm(target.name),
      value: target.value,
      unit: target.unit,
      service: target.service ?? '',
    })),
  };
}

export function serviceLevelInput(form: ServiceLevelForm): {
  input: ServiceLevelInput;
  problems: LocalProblem[];
} {
  const problems: LocalProblem[] = [];
  const rank = intInput(form.rank, 'rank', problems);
  if (rank === undefined && !problems.length) problems.push({ path: 'rank', key: 'manager.form.required' });
  return {
    input: {
      code: form.code.trim(),
      name: textInput(form.name, { path: 'name', kind: 'name', problems }),
      rank: rank ?? 0,
      surchargePercent: form.surchargePercent.trim(),
      targets: form.targets.map((target, index) => ({
        metric: target.metric.trim(),
        name: textInput(target.name, { path: `targets[${index}].name`, kind: 'name', problems }),
        value: target.value.trim(),
        unit: target.unit,
        service: target.service || null,
      })),
    },
    problems,
  };
}
