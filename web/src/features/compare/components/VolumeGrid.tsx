import { Button, Heading, Input, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueName, useCatalogueStrings } from '../../../components/ui/CatalogueText';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import type { Configuration } from '../../../lib/configuration/configuration';
import { setVolume } from '../../../lib/configuration/configuration-updates';
import type { VolumeField } from '../../../lib/configuration/pricing-input';
import { copyFirstVolumes } from '../model/columns';
import type { ComparedConfiguration } from '../model/compared';
import type { ComparedCentre, ReadyEntry } from '../model/entries';

interface Props {
  /** The configurations whose catalogues are there, in order. */
  entries: readonly ReadyEntry[];
  compared: readonly ComparedConfiguration[];
  /** Configurations of several centres: each driver row names its centre. */
  across: boolean;
  change(index: number, edit: (configuration: Configuration) => Configuration): void;
  changeAll(edit: (configurations: Configuration[]) => Configuration[]): void;
}

/** One row: a driver of one centre (another centre's driver is another driver, whatever its code). */
interface DriverRow {
  centre: ComparedCentre;
  code: string;
}

/**
 * What-if volumes: one row per driver any configuration needs, one column per configuration. A
 * volume that differs from the first configuration's of the same centre is marked, so the what-if
 * is easy to see.
 */
export function VolumeGrid({ entries, compared, across, change, changeAll }: Props) {
  const { t } = useTranslation();
  const resolve = useCatalogueStrings();
  const fieldOf = (column: number, code: string): VolumeField | undefined =>
    compared[column].request.volumeFields.find((field) => field.driverCode === code);
  const rows = driverRows(entries, compared);
  const [first] = entries;
  const firstDrivers = rows.filter((row) => row.centre.code === first?.code).map((row) => row.code);
  return (
    <section aria-labelledby="volumes-heading" className="configurator-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id="volumes-heading">
          {t('compare.volumesHeading')}
        </Heading>
        {entries.length > 1 && first?.index === 0 && firstDrivers.length > 0 && (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() =>
              changeAll((configurations) =>
                copyFirstVolumes(
                  configurations,
                  firstDrivers,
                  first.centre.pricing,
                  configurations.map((_, i) => entries.find((e) => e.index === i)?.code === first.code),
                ),
              )
            }
          >
            {t('compare.copyVolumes', { letter: first.letter })}
          </Button>
        )}
      </div>
      {rows.length === 0 ? (
        <Paragraph>{t('volumes.none')}</Paragraph>
      ) : (
        <TableScroll label={t('compare.volumesCaption')}>
          <Table data-size="sm" className="volume-grid">
            <caption>{t('compare.volumesCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('compare.driver')}</Table.HeaderCell>
                {entries.map((entry) => (
                  <Table.HeaderCell scope="col" key={entry.letter}>
                    {t('compare.configuration', { letter: entry.letter })}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map(({ centre, code }) => {
                const driver = centre.catalogue.drivers.find((d) => d.code === code);
                const driverName = catalogueName(driver?.nameTranslations, code);
                // The first configuration of the row's centre is what the others are measured against.
                const base = entries.findIndex((entry) => entry.code === centre.code);
                return (
                  <Table.Row key={`${centre.code}:${code}`}>
                    <Table.HeaderCell scope="row">
                      {driverName}
                      <div className="muted">
                        {translateWithNodes(t, 'volumes.unit', {
                          unit: catalogueName(driver?.unitTranslations, code),
                        })}
                      </div>
                      {across && (
                        <span className="volume-centre">
                          {t('compareCentres.volumeCentre', { centre: centre.catalogue.provider.name })}
                        </span>
                      )}
                    </Table.HeaderCell>
                    {entries.map((entry, column) => {
                      const field = entry.code === centre.code ? fieldOf(column, code) : undefined;
                      const baseField = fieldOf(base, code);
                      const differs =
                        column > base &&
                        field !== undefined &&
                        baseField !== undefined &&
                        field.text.trim() !== baseField.text.trim();
                      return (
                        <Table.Cell
                          key={entry.letter}
                          className={differs ? 'volume-cell volume-cell--differs' : 'volume-cell'}
                        >
                          {field ? (
                            <VolumeCell
                              field={field}
                              driverName={driverName}
                              // An accessible name is plain text: it cannot mark the name's language.
                              label={t('compare.volumeLabel', {
                                driver: resolve(driver?.nameTranslations, code).text,
                                letter: entry.letter,
                              })}
                              differsNote={
                                differs ? t('compare.differs', { letter: entries[base].letter }) : null
                              }
                              onChange={(text) => change(entry.index, (c) => setVolume(c, code, text))}
                            />
                          ) : (
                            <span>
                              <span aria-hidden="true">–</span>
                              <span className="visually-hidden">{t('compare.notNeeded')}</span>
                            </span>
                          )}
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** Each centre's drivers that one of its configurations needs, centre by centre, in catalogue order. */
function driverRows(entries: readonly ReadyEntry[], compared: readonly ComparedConfiguration[]): DriverRow[] {
  const centres = [...new Map(entries.map((entry) => [entry.code, entry.centre])).values()];
  return centres.flatMap((centre) =>
    [...centre.pricing.drivers.keys()]
      .filter((code) =>
        entries.some(
          (entry, column) =>
            entry.code === centre.code &&
            compared[column].request.volumeFields.some((field) => field.driverCode === code),
        ),
      )
      .map((code) => ({ centre, code })),
  );
}

interface CellProps {
  field: VolumeField;
  driverName: ReactElement;
  label: string;
  differsNote: string | null;
  onChange(text: string): void;
}

function VolumeCell({ field, driverName, label, differsNote, onChange }: CellProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy =
    [field.problem ? errorId : null, differsNote ? noteId : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <Input
        aria-label={label}
        value={field.text}
        inputMode={field.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={field.problem ? true : undefined}
        aria-describedby={describedBy}
        data-size="sm"
      />
      {differsNote && (
        <span className="differs-note" id={noteId}>
          {differsNote}
        </span>
      )}
      {field.problem && (
        <ValidationMessage id={errorId} data-size="sm">
          {translateWithNodes(t, `volumes.problem.${field.problem}`, { driver: driverName })}
        </ValidationMessage>
      )}
    </>
  );
}
