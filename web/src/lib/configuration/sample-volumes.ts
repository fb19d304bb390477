import { STANDARD_PROFILES } from '@servicekatalog/shared';

/** The profile a comparison starts from when nobody's own volumes are known: a medium agency. */
export const SAMPLE_PROFILE_CODE = 'MEDIUM_BOTH';

/**
 * Sample monthly volumes for a catalogue's drivers, from the shared standard profile of a medium
 * agency (by each driver's standard measure); a driver without one, or one the profile lacks, gets
 * none. The page that shows them says they are a sample to change.
 */
export function sampleVolumes(
  drivers: readonly { code: string; standardMeasure?: string | null }[],
): Record<string, string> {
  const profile = STANDARD_PROFILES.find((candidate) => candidate.code === SAMPLE_PROFILE_CODE);
  const quantities = new Map(profile?.volumes.map((volume) => [volume.measure as string, volume.quantity]));
  const volumes: Record<string, string> = {};
  for (const driver of drivers) {
    const quantity = driver.standardMeasure ? quantities.get(driver.standardMeasure) : undefined;
    if (quantity !== undefined) volumes[driver.code] = quantity;
  }
  return volumes;
}
