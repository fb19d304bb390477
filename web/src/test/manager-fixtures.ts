import { withDefaults } from '@servicekatalog/shared';
import { EXAMPLE_CATALOGUE } from './fixtures';

/** The example centre with a published version 1 (in force) and a draft version 2. */
export function versionsResponse(draft = true) {
  return {
    providers: [
      {
        code: 'EX-DK',
        name: 'Eksempelcentret',
        country: 'DK',
        locale: 'da',
        versions: [
          {
            id: 'v1',
            number: 1,
            status: 'PUBLISHED',
            validFrom: '2026-01-01',
            inForce: true,
            superseded: false,
            currency: 'DKK',
          },
          ...(draft
            ? [
                {
                  id: 'draft-2',
                  number: 2,
                  status: 'DRAFT',
                  validFrom: '2027-01-01',
                  inForce: false,
                  superseded: false,
                  currency: 'DKK',
                },
              ]
            : []),
        ],
      },
    ],
  };
}

/** The draft (version 2, lock counter `version`) as ManagerDraft answers it: the example catalogue. */
export function draftResponse(version = 3, document = withDefaults(EXAMPLE_CATALOGUE)) {
  return {
    catalogue: {
      id: 'draft-2',
      number: 2,
      status: 'DRAFT',
      version,
      validFrom: '2027-01-01',
      currency: 'DKK',
    },
    exportCatalogue: document,
  };
}

/** A BAD_USER_INPUT refusal of a draft edit, with every error at its document path. */
export function invalidEdit(
  field: string,
  errors: Array<{ path: string; message: string; code?: string; params?: Record<string, string | number> }>,
) {
  return { code: 'BAD_USER_INPUT', field, errors };
}
