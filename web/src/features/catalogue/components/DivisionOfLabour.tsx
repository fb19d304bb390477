import { Table, Tag } from '@digdir/designsystemet-react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import type { BrowsedPackage } from '../api/catalogue';
import type { CatalogueIndex } from '../hooks/use-catalogue-index';

const PARTY_COLOR: Record<string, 'accent' | 'brand1' | 'neutral'> = {
  CENTRE: 'accent',
  CUSTOMER: 'brand1',
  SHARED: 'neutral',
};

/** Who does what in a package: every task of its services and the party that does it. */
export function DivisionOfLabour({
  servicePackage,
  name,
  index,
}: {
  servicePackage: BrowsedPackage;
  /** The package's name as shown (with its language). */
  name: ReactElement;
  index: CatalogueIndex;
}) {
  const { t } = useTranslation();
  const rows = servicePackage.items.flatMap((item) =>
    (index.service(item.serviceCode)?.responsibilities ?? []).map((responsibility, i) => ({
      key: `${item.serviceCode}-${i}`,
      service: index.serviceName(item.serviceCode),
      ...responsibility,
    })),
  );
  if (rows.length === 0) return <p>{t('catalogue.noResponsibilities')}</p>;
  return (
    <Table data-size="sm" zebra className="labour-table">
      <caption>{translateWithNodes(t, 'catalogue.labourCaption', { name })}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('catalogue.task')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('catalogue.service')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('catalogue.doneBy')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key}>
            <Table.Cell>
              <CatalogueText text={row.taskTranslations} />
            </Table.Cell>
            <Table.Cell>{row.service}</Table.Cell>
            <Table.Cell>
              <Tag data-color={PARTY_COLOR[row.party] ?? 'neutral'} data-size="sm">
                {t(`party.${row.party}`, { defaultValue: row.party })}
              </Tag>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
