import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ConfigurationInput } from '@servicekatalog/shared';

/** An open quote of a centre's agency as the draft impact needs it. */
export interface OpenQuote {
  id: string;
  reference: string;
  revision: number;
  name: string;
  status: string;
  agencyId: string;
  agencyName: string;
  /** The configuration as saved (with the pinned version's number). */
  configuration: ConfigurationInput;
  /** Number of the catalogue version the quote is pinned to. */
  catalogueVersion: number;
  currency: string;
  /** Totals of the stored snapshot: what was offered. */
  firstYearTotal: string;
  contractTotal: string;
}

interface OpenQuoteRow {
  id: string;
  reference: string;
  revision: number | string;
  name: string;
  status: string;
  agency_id: string;
  agency_name: string | null;
  configuration: string;
  catalogue_version: number | string;
  currency: string;
  first_year_total: string;
  contract_total: string;
}

/** DESIGN: a quote is open while DRAFT (being edited) or SUBMITTED (awaiting the centre's decision). */
const OPEN_STATUSES = ['DRAFT', 'SUBMITTED'];

/**
 * Reads the open quotes of a centre for the draft impact, in ONE statement (quotes joined with
 * their agency and pinned version). The quotes domain offers no unpaged listing of a centre's
 * open quotes to call, so this small read-only query reads its table directly; it selects only
 * the columns it needs, by name, and never writes.
 */
@Injectable()
export class OpenQuotesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async openQuotesOf(providerCode: string): Promise<OpenQuote[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('q.id', 'id')
      .addSelect('q.reference', 'reference')
      .addSelect('q.revision', 'revision')
      .addSelect('q.name', 'name')
      .addSelect('q.status', 'status')
      .addSelect('q.agency_id', 'agency_id')
      .addSelect('a.name', 'agency_name')
      .addSelect('q.configuration', 'configuration')
      .addSelect('v.number', 'catalogue_version')
      .addSelect('q.currency', 'currency')
      .addSelect('q.first_year_total', 'first_year_total')
      .addSelect('q.contract_total', 'contract_total')
      .from('quotes', 'q')
      .leftJoin('agencies', 'a', 'a.id = q.agency_id')
      .innerJoin('catalogue_versions', 'v', 'v.id = q.catalogue_version_id')
      .where('q.provider_code = :providerCode', { providerCode })
      .andWhere('q.status IN (:...statuses)', { statuses: OPEN_STATUSES })
      .orderBy('a.name', 'ASC')
      .addOrderBy('q.reference', 'ASC')
      .addOrderBy('q.revision', 'ASC')
      .getRawMany<OpenQuoteRow>();
    return rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      revision: Number(row.revision),
      name: row.name,
      status: row.status,
      agencyId: row.agency_id,
      agencyName: row.agency_name ?? '',
      configuration: JSON.parse(row.configuration) as ConfigurationInput,
      catalogueVersion: Number(row.catalogue_version),
      currency: row.currency,
      firstYearTotal: row.first_year_total,
      contractTotal: row.contract_total,
    }));
  }
}
