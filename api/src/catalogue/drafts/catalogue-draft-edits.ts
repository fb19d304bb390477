import type { BenchmarkPackagesDocument, CatalogueDocument } from '@servicekatalog/shared';
import { NotFoundError } from '../../common/errors/domain-error.js';

/**
 * The kinds of item a draft holds in its top-level lists, with the document list each lives in.
 * Price components, tiers, rules and responsibilities live inside their service; targets inside
 * their service level; items inside their package — they are edited with their parent.
 */
export const DRAFT_ITEM_KINDS = {
  CATEGORY: { list: 'categories', noun: 'category' },
  VOLUME_DRIVER: { list: 'drivers', noun: 'volume driver' },
  SERVICE_LEVEL: { list: 'serviceLevels', noun: 'service level' },
  SERVICE: { list: 'services', noun: 'service' },
  SERVICE_PACKAGE: { list: 'servicePackages', noun: 'service package' },
} as const;

export type DraftItemKind = keyof typeof DRAFT_ITEM_KINDS;
type ListKey = (typeof DRAFT_ITEM_KINDS)[DraftItemKind]['list'];

/** An item of a top-level list: everything there has a code. */
interface CodedItem {
  code: string;
}

/** What an edit does to the document it is applied to, before anything is validated. */
export interface PlannedEdit {
  /** The whole resulting document, still to be validated. */
  document: CatalogueDocument;
  /** The audit action, e.g. "UPDATE_SERVICE". */
  action: string;
  /** The input field (e.g. "input.priceComponents[0].tiers[1].upTo") a document error path belongs to. */
  fieldOf(documentPath: string): string;
}

/**
 * One change to a draft as a pure function of the current document: `plan` applies it, `snapshot`
 * picks the edited item out of a document for the audit trail (null when it is not there).
 */
export interface DraftEdit {
  plan(current: CatalogueDocument): PlannedEdit;
  snapshot(document: CatalogueDocument): unknown;
}

/** Creates the item, or replaces the one with the same code in place (keeping its position). */
export function upsertItem(kind: DraftItemKind, item: CodedItem, input: unknown): DraftEdit {
  const { list } = DRAFT_ITEM_KINDS[kind];
  return {
    plan(current) {
      const items = itemsOf(current, list);
      const found = items.findIndex((candidate) => candidate.code === item.code);
      const index = found >= 0 ? found : items.length;
      const next =
        found >= 0 ? items.map((candidate, i) => (i === found ? item : candidate)) : [...items, item];
      const prefix = `${list}[${index}]`;
      return {
        document: withList(current, list, next),
        action: `${found >= 0 ? 'UPDATE' : 'CREATE'}_${kind}`,
        fieldOf: (path) => (isInside(path, prefix) ? inputField(path.slice(prefix.length), input) : 'input'),
      };
    },
    snapshot: (document) => findItem(document, list, item.code),
  };
}

/** Removes the item with `code`; NOT_FOUND (field `code`) when the draft has none. */
export function removeItem(kind: DraftItemKind, code: string): DraftEdit {
  const { list, noun } = DRAFT_ITEM_KINDS[kind];
  return {
    plan(current) {
      const items = itemsOf(current, list);
      if (!items.some((item) => item.code === code))
        throw new NotFoundError(`The ${noun} ${code} of this draft`, 'code');
      return {
        document: withList(
          current,
          list,
          items.filter((item) => item.code !== code),
        ),
        action: `REMOVE_${kind}`,
        // Whatever breaks when an item goes (a reference to it) is caused by the removal itself.
        fieldOf: () => 'code',
      };
    },
    snapshot: (document) => findItem(document, list, code),
  };
}

/**
 * The version's own settings; a field left undefined keeps its value, validFrom null removes the
 * date, benchmarkPackages null offers nothing to the price benchmark.
 */
export function updateSettings(settings: {
  validFrom?: string | null;
  currency?: string | null;
  benchmarkPackages?: BenchmarkPackagesDocument | null;
}): DraftEdit {
  const pick = (document: CatalogueDocument) => ({
    validFrom: document.validFrom ?? null,
    currency: document.provider.currency,
    benchmarkPackages: document.benchmarkPackages ?? null,
  });
  return {
    plan(current) {
      const validFrom = settings.validFrom === undefined ? current.validFrom : settings.validFrom;
      const currency = settings.currency ?? current.provider.currency;
      const benchmarkPackages =
        settings.benchmarkPackages === undefined ? current.benchmarkPackages : settings.benchmarkPackages;
      return {
        document: { ...current, provider: { ...current.provider, currency }, validFrom, benchmarkPackages },
        action: 'UPDATE_SETTINGS',
        fieldOf: (path) => SETTINGS_FIELDS[path] ?? 'input',
      };
    },
    snapshot: pick,
  };
}

const SETTINGS_FIELDS: Record<string, string> = {
  validFrom: 'input.validFrom',
  'provider.currency': 'input.currency',
  'benchmarkPackages.PAYROLL': 'input.benchmarkPackages.PAYROLL',
  'benchmarkPackages.ACCOUNTING': 'input.benchmarkPackages.ACCOUNTING',
  'benchmarkPackages.BOTH': 'input.benchmarkPackages.BOTH',
};

function itemsOf(document: CatalogueDocument, list: ListKey): CodedItem[] {
  return document[list];
}

function withList(document: CatalogueDocument, list: ListKey, items: CodedItem[]): CatalogueDocument {
  // Every list of the document is a list of coded items; the validator checks the rest.
  return Object.assign({}, document, { [list]: items });
}

function findItem(document: CatalogueDocument, list: ListKey, code: string): unknown {
  return itemsOf(document, list).find((item) => item.code === code) ?? null;
}

function isInside(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** Fields holding localized text (a JSON object in the input): an error inside one points at the field. */
const LOCALIZED = new Set(['name', 'description', 'label', 'unit', 'task']);

/**
 * The input path of a document path relative to the edited item (".priceComponents[0].tiers[1].upTo"
 * → "input.priceComponents[0].tiers[1].upTo"). The one place the two differ is `included`: a map
 * driver → quantity in the document, a list of { driver, quantity } in the input.
 */
export function inputField(relativePath: string, input: unknown): string {
  let field = 'input';
  let node: unknown = input;
  for (const segment of pathSegments(relativePath)) {
    if (typeof segment === 'number') {
      field += `[${segment}]`;
      node = Array.isArray(node) ? node[segment] : undefined;
    } else if (Array.isArray(node)) {
      const index = node.findIndex((entry: unknown) => isRecord(entry) && entry.driver === segment);
      return index >= 0 ? `${field}[${index}].quantity` : field;
    } else {
      field += `.${segment}`;
      if (LOCALIZED.has(segment)) return field;
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return field;
}

/** "a.b[2].c" → ["a", "b", 2, "c"]. */
function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(match[1] === undefined ? match[2] : Number(match[1]));
  }
  return segments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
