import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { StaleVersionError } from '../common/persistence/stale-version.error.js';

/** The errors of the catalogue domain, worded once. */
export const CatalogueErrors = {
  versionNotFound: (field = 'id'): NotFoundError => new NotFoundError('The catalogue version', field),

  catalogueNotFound: (providerCode: string, field: 'providerCode' | 'version'): NotFoundError =>
    new NotFoundError(`The requested catalogue version of provider ${providerCode}`, field),

  /** DESIGN: a PUBLISHED version never changes; any write to it or to anything inside it is refused. */
  publishedIsImmutable: (number: number): ConflictError =>
    new ConflictError(
      `Catalogue version ${number} is published and can no longer change; import a new draft instead.`,
      {
        reason: 'PUBLISHED_VERSION',
      },
    ),

  draftExists: (providerCode: string, number: number): ConflictError =>
    new ConflictError(
      `Provider ${providerCode} already has a draft (version ${number}); discard it or import with replaceDraft.`,
      {
        reason: 'DRAFT_EXISTS',
      },
    ),

  staleVersion: (): ConflictError => new StaleVersionError('catalogue version'),

  /** Draft editing: the draft moved on since the editor loaded it. */
  draftChanged: (expectedVersion: number, currentVersion?: number): ConflictError =>
    new StaleVersionError(
      'draft',
      { expectedVersion, ...(currentVersion === undefined ? {} : { currentVersion }) },
      currentVersion === undefined
        ? `Someone else changed this draft at the same moment (you edited version ${expectedVersion}); reload it, check their change and make yours again.`
        : `Someone else changed this draft after you loaded it (you edited version ${expectedVersion}, it is now at version ${currentVersion}); reload it, check their change and make yours again.`,
    ),

  missingValidFrom: (): BadUserInputError =>
    new BadUserInputError('The version has no validFrom date; give one to publish it.', 'validFrom'),
};
