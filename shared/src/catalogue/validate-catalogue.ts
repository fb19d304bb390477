import type { CatalogueDocument } from './document.js';
import type { DocumentError } from './document-errors.js';
import { indexCodes } from './validation/code-index.js';
import { checkDocumentShape } from './validation/document-shape.js';
import { checkDocumentSize } from './validation/document-size.js';
import { normalizeStoredText } from '../limits/text-rules.js';
import { isJsonObject, jsonKind } from './validation/json-value.js';
import { Problems } from './validation/problems.js';
import { checkReferences, checkUniqueness } from './validation/references.js';
import { checkRequireCycles, checkRequiredButExcluded } from './validation/requires-rules.js';

/** The outcome of {@link validateCatalogueDocument}. */
export interface CatalogueValidation {
  /** The document, typed and copied, when it has no error; null otherwise. */
  readonly document: CatalogueDocument | null;
  /** Every error, in the order a reader meets them in the document; empty when valid. */
  readonly errors: DocumentError[];
}

/**
 * Validates a catalogue document (DESIGN, "The catalogue document" and pricing rule 6) and reports
 * every error at once, each with its JSON path ("services[3].priceComponents[0].tiers[1].upTo"), a
 * code with its params (see DOCUMENT_ERROR_CODES) and an English sentence: the shape of every part
 * (required, unknown and mistyped fields, enums, codes, decimal strings, integers, dates, localized
 * text, ISO country, currency and language codes), the count limits (checked first), the text rules, the rules of price components, tiers, contract
 * years and limits, duplicate codes and ranks, references between parts, and requirement cycles. A value that is not an object gives one error at path "".
 *
 * Pure: it does not change `input`, and the returned document is a copy.
 */
export function validateCatalogueDocument(input: unknown): CatalogueValidation {
  const problems = new Problems();
  if (!isJsonObject(input)) {
    problems.report([], 'DOCUMENT_NOT_AN_OBJECT', jsonKind(input));
    return { document: null, errors: problems.inDocumentOrder(input) };
  }
  // Counts first: an oversized document is refused before any list of it is walked.
  if (!checkDocumentSize(input, problems)) return { document: null, errors: problems.inDocumentOrder(input) };
  checkDocumentShape(input, problems);
  checkUniqueness(input, problems);
  const codes = indexCodes(input);
  checkReferences(input, codes, problems);
  checkRequireCycles(codes.services, problems);
  checkRequiredButExcluded(codes.services, problems);
  const errors = problems.inDocumentOrder(input);
  // With no error, every field has been checked against the CatalogueDocument type, so the copy is one.
  return { document: errors.length === 0 ? (copyJson(input) as CatalogueDocument) : null, errors };
}

/**
 * A deep copy of a JSON value; fields set to undefined (absent in JSON) are left out, and text is
 * copied as it is stored (NFC, line breaks as LF), so that a round trip gives back equal text.
 */
function copyJson(value: unknown): unknown {
  if (typeof value === 'string') return normalizeStoredText(value);
  if (Array.isArray(value)) return value.map(copyJson);
  if (!isJsonObject(value)) return value;
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  return Object.fromEntries(entries.map(([key, field]) => [key, copyJson(field)]));
}
