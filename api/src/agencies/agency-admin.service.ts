import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { atInputPath } from '../common/errors/input-path.js';
import { connectionOf, decodeJsonCursor, pageSize, type ConnectionShape } from '../common/graphql/paging.js';
import type { AgencyEntity, StoredVolume } from './agency.entity.js';
import { AgencyPolicy } from './agency.policy.js';
import type { AgencyFields } from './agency.rules.js';
import { AgencyService } from './agency.service.js';
import { AgencyModel } from './models/agency.model.js';

export interface AgencyListQuery {
  first?: number | null;
  after?: string | null;
  providerCode?: string | null;
}

/** An agency's fields as a client sends them; in an update, null or absent means "unchanged". */
export interface AgencyFieldsInput {
  name?: string | null;
  country?: string | null;
  organisationNumber?: string | null;
  providerCode?: string | null;
  defaultVolumes?: readonly StoredVolume[] | null;
}

/**
 * The agencies API (`agencies`, `agency`, `createAgency`, `updateAgency`): who may do what
 * (AgencyPolicy), the transaction, and errors at their input path; AgencyService keeps the rules.
 */
@Injectable()
export class AgencyAdminService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly agencies: AgencyService,
  ) {}

  /** The agencies the actor may see, ordered by name; the cursor holds (name, id), so paging is stable. */
  async list(actor: Actor | null, query: AgencyListQuery): Promise<ConnectionShape<AgencyModel>> {
    const viewer = AgencyPolicy.requireSignedIn(actor);
    const size = pageSize(query.first);
    const after = query.after ? decodeAgencyCursor(query.after) : null;
    const { rows, totalCount } = await this.agencies.page({
      scope: AgencyPolicy.scopeOf(viewer),
      providerCode: query.providerCode,
      after,
      limit: size + 1,
    });
    return connectionOf(
      rows,
      size,
      totalCount,
      after !== null,
      (row) => JSON.stringify([row.name, row.id]),
      AgencyModel.from,
    );
  }

  /** One agency; NOT_FOUND when it does not exist or the actor may not see it. */
  async get(actor: Actor | null, id: string): Promise<AgencyModel> {
    const viewer = AgencyPolicy.requireSignedIn(actor);
    return AgencyModel.from(AgencyPolicy.requireVisible(viewer, await this.agencies.findById(id)));
  }

  async create(actor: Actor | null, input: AgencyFieldsInput): Promise<AgencyModel> {
    const editor = AgencyPolicy.requireEditor(actor);
    AgencyPolicy.requireMayServe(editor, input.providerCode ?? '');
    const created = await atInputPath('input', () =>
      this.transactions.run((manager) => this.agencies.create(manager, fieldsOf(input, null), editor)),
    );
    return AgencyModel.from(created);
  }

  /** Changes the given fields if the agency is still at `expectedVersion` (else CONFLICT), with its audit event. */
  async update(
    actor: Actor | null,
    id: string,
    input: AgencyFieldsInput,
    expectedVersion: number,
  ): Promise<AgencyModel> {
    const editor = AgencyPolicy.requireEditor(actor);
    const updated = await this.transactions.run(async (manager) => {
      const agency = AgencyPolicy.requireVisible(editor, await this.agencies.findById(id, manager));
      if (input.providerCode != null && input.providerCode !== agency.providerCode) {
        AgencyPolicy.requireMayServe(editor, input.providerCode);
      }
      return atInputPath('input', () =>
        this.agencies.update(manager, {
          agency,
          fields: fieldsOf(input, agency),
          expectedVersion,
          actor: editor,
        }),
      );
    });
    return AgencyModel.from(updated);
  }
}

/** The fields to store: the input's, and for an update the current value of each field it leaves out. */
function fieldsOf(input: AgencyFieldsInput, current: AgencyEntity | null): AgencyFields {
  return {
    name: input.name ?? current?.name ?? '',
    country: input.country ?? current?.country ?? '',
    organisationNumber: input.organisationNumber ?? current?.organisationNumber ?? '',
    providerCode: input.providerCode ?? current?.providerCode ?? '',
    defaultVolumes: input.defaultVolumes ?? current?.defaultVolumes ?? [],
  };
}

function decodeAgencyCursor(cursor: string): { name: string; id: string } {
  const [name, id] = decodeJsonCursor(
    cursor,
    (key): key is [string, string] =>
      Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string'),
  );
  return { name, id };
}
