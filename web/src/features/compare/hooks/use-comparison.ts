import { useCallback } from 'react';
import { EMPTY_CONFIGURATION, type Configuration } from '../../../lib/configuration/configuration';
import { useUrlState } from '../../../lib/use-url-state';
import {
  MAX_COMPARED,
  parseComparison,
  serializeComparison,
  volumesChanged,
  type Comparison,
} from '../../../lib/configuration/comparison';

/** The configurations being compared, mirrored into the address so the comparison can be shared. */
export function useComparison() {
  const { value, update: write } = useUrlState(parseComparison, serializeComparison);
  // Sample volumes (from the catalogue's compare link) stop being called a sample once changed.
  const update = useCallback(
    (edit: (comparison: Comparison) => Comparison) =>
      write((comparison) => {
        const next = edit(comparison);
        return next.sample && volumesChanged(comparison, next) ? { ...next, sample: false } : next;
      }),
    [write],
  );

  const change = useCallback(
    (index: number, edit: (configuration: Configuration) => Configuration) =>
      update((comparison) => ({
        ...comparison,
        configurations: comparison.configurations.map((c, i) => (i === index ? edit(c) : c)),
      })),
    [update],
  );
  /** Adds a copy of the last configuration (of its centre): the usual start of a what-if. */
  const add = useCallback(
    () =>
      update((comparison) =>
        comparison.configurations.length >= MAX_COMPARED
          ? comparison
          : {
              ...comparison,
              configurations: [
                ...comparison.configurations,
                comparison.configurations.at(-1) ?? EMPTY_CONFIGURATION,
              ],
              centres: [...comparison.centres, comparison.centres.at(-1) ?? null],
            },
      ),
    [update],
  );
  /** Adds an empty configuration of a centre (null: the page's own), its choices still to make. */
  const addOfCentre = useCallback(
    (centre: string | null) =>
      update((comparison) =>
        comparison.configurations.length >= MAX_COMPARED
          ? comparison
          : {
              ...comparison,
              configurations: [...comparison.configurations, EMPTY_CONFIGURATION],
              centres: [...comparison.centres, centre],
            },
      ),
    [update],
  );
  const remove = useCallback(
    (index: number) =>
      update((comparison) =>
        comparison.configurations.length <= 1
          ? comparison
          : {
              ...comparison,
              configurations: comparison.configurations.filter((_, i) => i !== index),
              centres: comparison.centres.filter((_, i) => i !== index),
            },
      ),
    [update],
  );
  /** The currency figures of several centres are converted into. */
  const setCurrency = useCallback(
    (currency: string) => update((comparison) => ({ ...comparison, currency })),
    [update],
  );
  const changeAll = useCallback(
    (edit: (configurations: Configuration[]) => Configuration[]) =>
      update((comparison) => ({ ...comparison, configurations: edit(comparison.configurations) })),
    [update],
  );
  return { comparison: value, change, changeAll, add, addOfCentre, remove, setCurrency };
}
