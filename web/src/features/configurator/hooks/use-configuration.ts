import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseConfiguration,
  parseVersion,
  serializeConfiguration,
  type Configuration,
} from '../../../lib/configuration/configuration';
import { useUrlState } from '../../../lib/use-url-state';

/**
 * The configuration being built, mirrored into the address (`?package=…&volume.PAYSLIPS=600`) so it
 * can be bookmarked and shared; a `version` in the address pins the catalogue version.
 */
export function useConfiguration() {
  const [searchParams] = useSearchParams();
  const version = useMemo(() => parseVersion(searchParams), [searchParams]);
  const serialize = useCallback(
    (configuration: Configuration) => serializeConfiguration(configuration, version),
    [version],
  );
  const { value, update } = useUrlState(parseConfiguration, serialize);
  return { configuration: value, version, update };
}
