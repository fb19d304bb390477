import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import { EmptyState } from '../../../components/ui/QueryState';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import { useFormatters } from '../../../lib/format';
import type { BrowsedCatalogue, BrowsedServiceLevel } from '../api/catalogue';
import type { CatalogueIndex } from '../hooks/use-catalogue-index';
import { describeTargetValue } from '../../../lib/catalogue-words/target-words';
import { targetsByCategory } from '../../../lib/catalogue-words/targets-by-category';

type Target = BrowsedServiceLevel['targets'][number];

interface TargetRow {
  key: string;
  /** The target's name in every language. */
  name: unknown;
  serviceCode: string | null;
  byLevel: Map<string, Target>;
}

/** Every target once (by metric and service), with what each level promises for it. */
function targetRows(levels: readonly BrowsedServiceLevel[]): TargetRow[] {
  const rows = new Map<string, TargetRow>();
  for (const level of levels) {
    for (const target of level.targets) {
      const key = `${target.metric}|${target.serviceCode ?? ''}`;
      const row = rows.get(key) ?? {
        key,
        name: target.nameTranslations,
        serviceCode: target.serviceCode ?? null,
        byLevel: new Map(),
      };
      row.byLevel.set(level.code, target);
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

/** The service levels side by side: surcharge and each promise, by the category it is made for. */
export function ServiceLevelSection({
  catalogue,
  index,
}: {
  catalogue: BrowsedCatalogue;
  index: CatalogueIndex;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const levels = [...catalogue.serviceLevels].sort((a, b) => a.rank - b.rank);
  const categoryOf = new Map(catalogue.services.map((service) => [service.code, service.category]));
  const groups = targetsByCategory(
    targetRows(levels),
    catalogue.categories.map((category) => category.code),
    (code) => categoryOf.get(code),
  );
  const categoryName = new Map(catalogue.categories.map((category) => [category.code, category]));
  const columns = levels.length + 1;
  return (
    <section aria-labelledby="levels-heading" className="catalogue-section">
      <Heading level={2} data-size="md" id="levels-heading">
        {t('catalogue.levelsHeading')}
      </Heading>
      {levels.length === 0 ? (
        <EmptyState>{t('catalogue.noLevels')}</EmptyState>
      ) : (
        <>
          <Paragraph data-size="sm">{t('catalogue.levelsIntro')}</Paragraph>
          <TableScroll label={t('catalogue.levelsCaption')}>
            <Table data-size="sm" zebra>
              <caption>{t('catalogue.levelsCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('catalogue.target')}</Table.HeaderCell>
                  {levels.map((level) => (
                    <Table.HeaderCell scope="col" key={level.code}>
                      <CatalogueText text={level.nameTranslations} fallback={level.code} />
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('catalogue.surcharge')}</Table.HeaderCell>
                  {levels.map((level) => (
                    <Table.Cell key={level.code}>{format.percent(level.surchargePercent)}</Table.Cell>
                  ))}
                </Table.Row>
              </Table.Body>
              {groups.map((group) => {
                const category = group.category ? categoryName.get(group.category) : undefined;
                return (
                  <Table.Body key={group.category ?? ''}>
                    <Table.Row className="target-group">
                      <Table.HeaderCell scope="rowgroup" colSpan={columns}>
                        {category ? (
                          <CatalogueText text={category.nameTranslations} fallback={category.code} />
                        ) : (
                          t('catalogue.targetsEveryService')
                        )}
                      </Table.HeaderCell>
                    </Table.Row>
                    {group.targets.length === 0 && (
                      <Table.Row>
                        <Table.Cell colSpan={columns}>{t('catalogue.noTargetsInCategory')}</Table.Cell>
                      </Table.Row>
                    )}
                    {group.targets.map((row) => (
                      <Table.Row key={row.key}>
                        <Table.HeaderCell scope="row">
                          <CatalogueText text={row.name} />
                          {row.serviceCode && (
                            <span className="target-service">
                              {' '}
                              {translateWithNodes(t, 'catalogue.targetFor', {
                                service: index.serviceName(row.serviceCode),
                              })}
                            </span>
                          )}
                        </Table.HeaderCell>
                        {levels.map((level) => {
                          const target = row.byLevel.get(level.code);
                          return (
                            <Table.Cell key={level.code}>
                              {target ? describeTargetValue(target, t, format) : t('catalogue.notPromised')}
                            </Table.Cell>
                          );
                        })}
                      </Table.Row>
                    ))}
                  </Table.Body>
                );
              })}
            </Table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
