/** Targets of one part of the catalogue: a category's services, or (category null) every service. */
export interface TargetGroup<T> {
  category: string | null;
  targets: T[];
}

/**
 * A service level's targets by what they are promised for: first those for every service (no
 * `serviceCode`), then each category in the catalogue's order with the targets of its services —
 * a category no target concerns is kept, with none, so a page can say so beside the surcharge it
 * still pays. A target for an unknown service counts as one for every service.
 */
export function targetsByCategory<T extends { serviceCode?: string | null }>(
  targets: readonly T[],
  categories: readonly string[],
  categoryOf: (serviceCode: string) => string | null | undefined,
): TargetGroup<T>[] {
  const everyService: T[] = [];
  const byCategory = new Map<string, T[]>(categories.map((category) => [category, []]));
  for (const target of targets) {
    const category = target.serviceCode ? categoryOf(target.serviceCode) : null;
    const group = category ? byCategory.get(category) : undefined;
    (group ?? everyService).push(target);
  }
  const groups: TargetGroup<T>[] = everyService.length > 0 ? [{ category: null, targets: everyService }] : [];
  for (const [category, grouped] of byCategory) groups.push({ category, targets: grouped });
  return groups;
}
