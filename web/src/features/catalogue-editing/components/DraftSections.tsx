import { Link, Table, Tabs } from '@digdir/designsystemet-react';
import type { CatalogueDocument } from '@servicekatalog/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useFormatters } from '../../../lib/format';
import { localized } from '../../../lib/localized';
import { managePaths } from '../../../lib/manage/manage-paths';
import { TableScroll } from '../../../components/ui/TableScroll';

const SECTIONS = ['services', 'service-levels', 'packages', 'categories', 'drivers'] as const;
type Section = (typeof SECTIONS)[number];

interface Row {
  code: string;
  name: string;
  cells: ReactNode[];
}

/** The draft's items by kind, one tab each; every name leads to the item's form. */
export function DraftSections({
  providerCode,
  document,
}: {
  providerCode: string;
  document: CatalogueDocument;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('section');
  const section: Section = SECTIONS.find((candidate) => candidate === requested) ?? 'services';
  const name = (text: Record<string, string> | undefined) => localized(text, i18n.language);

  const sections: Record<Section, { columns: string[]; rows: Row[] }> = {
    services: {
      columns: [t('manager.sections.kind'), t('manager.sections.category'), t('manager.sections.components')],
      rows: document.services.map((item) => ({
        code: item.code,
        name: name(item.name),
        cells: [
          `${t(`service.kind.${item.kind}`)}${item.status === 'DEPRECATED' ? ` – ${t('manager.serviceStatus.DEPRECATED')}` : ''}`,
          item.category,
          String(item.priceComponents.length),
        ],
      })),
    },
    'service-levels': {
      columns: [t('manager.sections.rank'), t('manager.sections.surcharge'), t('manager.sections.targets')],
      rows: document.serviceLevels.map((item) => ({
        code: item.code,
        name: name(item.name),
        cells: [String(item.rank), format.percent(item.surchargePercent), String(item.targets?.length ?? 0)],
      })),
    },
    packages: {
      columns: [t('manager.sections.items'), t('manager.sections.discount'), t('manager.sections.level')],
      rows: document.servicePackages.map((item) => ({
        code: item.code,
        name: name(item.name),
        cells: [
          String(item.items.length),
          format.percent(item.discountPercent ?? '0'),
          item.serviceLevel ?? '–',
        ],
      })),
    },
    categories: {
      columns: [],
      rows: document.categories.map((item) => ({ code: item.code, name: name(item.name), cells: [] })),
    },
    drivers: {
      columns: [t('manager.sections.unit'), t('manager.sections.whole')],
      rows: document.drivers.map((item) => ({
        code: item.code,
        name: name(item.name),
        cells: [name(item.unit), item.integer ? t('manager.sections.yes') : t('manager.sections.no')],
      })),
    },
  };

  return (
    <Tabs value={section} onChange={(value) => setSearch({ section: value }, { replace: true })}>
      <Tabs.List>
        {SECTIONS.map((key) => (
          <Tabs.Tab key={key} value={key}>
            {t(`manager.sections.${key}`)} ({sections[key].rows.length})
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {SECTIONS.map((key) => (
        <Tabs.Panel key={key} value={key}>
          <ItemTable providerCode={providerCode} section={key} {...sections[key]} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function ItemTable({
  providerCode,
  section,
  columns,
  rows,
}: {
  providerCode: string;
  section: Section;
  columns: string[];
  rows: Row[];
}) {
  const { t } = useTranslation();
  return (
    <div className="section-panel">
      <p className="button-row">
        <Link asChild>
          <RouterLink to={managePaths.item(providerCode, section, 'new')}>
            {t(`manager.sections.add.${section}`)}
          </RouterLink>
        </Link>
      </p>
      <TableScroll label={t(`manager.sections.caption.${section}`)}>
        <Table zebra data-size="sm">
          <caption>{t(`manager.sections.caption.${section}`)}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('manager.sections.code')}</Table.HeaderCell>
              <Table.HeaderCell>{t('manager.sections.name')}</Table.HeaderCell>
              {columns.map((column) => (
                <Table.HeaderCell key={column}>{column}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.code}>
                <Table.Cell>{row.code}</Table.Cell>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={managePaths.item(providerCode, section, row.code)}>
                      {row.name || row.code}
                    </RouterLink>
                  </Link>
                </Table.Cell>
                {row.cells.map((cell, index) => (
                  <Table.Cell key={index}>{cell}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </div>
  );
}
