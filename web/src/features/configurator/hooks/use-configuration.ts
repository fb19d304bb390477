import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  parseConfiguration,
  parseVersion,
  serializeConfiguration,
  type Configuration,
} from '../../../lib/configuration/configuration';
import { setStartDate } from '../../../lib/configuration/configuration-updates';
import { useUrlState } from '../../../lib/use-url-state';

/**
 * The configuration being built, mirrored into the address (`?package=…&volume.PAYSLIPS=600`) so it
 * can be bookmarked and shared; a `version` in the address pins the catalogue version.
 * `priceFrom(day)` starts the contract on `day`, priced with the version in force then: a pinned
 * version gives way (a new address, so Back returns to the pinned one).
 */
export function useConfiguration() {
  const [searchParams] = useSearchParams();
  const version = useMemo(() => parseVersion(searchParams), [searchParams]);
  const serialize = useCallback(
    (configuration: Configuration) => serializeConfiguration(configuration, version),
    [version],
  );
  const { value, update } = useUrlState(parseConfiguration, serialize);
  const navigate = useNavigate();
  const priceFrom = useCallback(
    (day: string) => {
      if (version === null) update((current) => setStartDate(current, day));
      else void navigate({ search: serializeConfiguration(setStartDate(value, day)) });
    },
    [version, value, update, navigate],
  );
  return { configuration: value, version, update, priceFrom };
}
