import {
  Decimal,
  divideHalfUp,
  STANDARD_MEASURES,
  STANDARD_PROFILES,
  type BenchmarkKind,
  type StandardMeasure,
  type StandardProfile,
} from '@servicekatalog/shared';
import { parseQuantity, type QuantityProblem } from '../../../lib/configuration/quantity';

export type Period = 'MONTHLY' | 'YEARLY';

/** The profile as the visitor fills it in: a ready-made one or their own, monthly or yearly. */
export interface ProfileDraft {
  /** A STANDARD_PROFILES code, or "CUSTOM". */
  preset: string;
  kind: BenchmarkKind;
  period: Period;
  quantities: Record<StandardMeasure, string>;
}

export type ProfileProblems = Partial<Record<StandardMeasure, QuantityProblem>>;

const EMPTY = Object.fromEntries(STANDARD_MEASURES.map((measure) => [measure, ''])) as Record<
  StandardMeasure,
  string
>;

/** The draft of a ready-made profile: its monthly quantities as they are. */
export function presetDraft(code: string): ProfileDraft {
  const preset = STANDARD_PROFILES.find((profile) => profile.code === code) ?? STANDARD_PROFILES[0];
  const quantities = { ...EMPTY };
  for (const { measure, quantity } of preset.volumes) quantities[measure] = quantity;
  return { preset: preset.code, kind: preset.kind, period: 'MONTHLY', quantities };
}

/**
 * The monthly profile the API is asked about, or the problems of the fields. The engine never
 * converts periods (DESIGN): yearly figures are divided by 12 here, before asking, and rounded half
 * up to whole units, since every standard measure counts things. Empty fields are left out.
 */
export function profileOf(
  draft: ProfileDraft,
  /** The interface language: volumes are typed with its separators (DESIGN). */
  language: string,
): { profile: StandardProfile } | { problems: ProfileProblems } {
  const problems: ProfileProblems = {};
  const volumes: { measure: StandardMeasure; quantity: string }[] = [];
  for (const measure of STANDARD_MEASURES) {
    const parsed = parseQuantity(draft.quantities[measure], true, language);
    if (parsed === null) continue;
    if ('problem' in parsed) problems[measure] = parsed.problem;
    else volumes.push({ measure, quantity: monthly(parsed.quantity, draft.period) });
  }
  if (Object.keys(problems).length > 0) return { problems };
  return { profile: { kind: draft.kind, volumes } };
}

/** A quantity as asked: monthly as typed, or a twelfth of a yearly figure rounded half up. */
export function monthly(quantity: string, period: Period): string {
  if (period === 'MONTHLY') return quantity;
  return divideHalfUp(Decimal.parse(quantity), Decimal.of(12), 0).toString();
}
