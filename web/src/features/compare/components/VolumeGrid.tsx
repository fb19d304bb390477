import { Button, Heading, Input, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import type { PricingCatalogue } from '@servicekatalog/shared';
import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueName, useCatalogueStrings } from '../../../components/ui/CatalogueText';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import type { Configuration } from '../../../lib/configuration/configuration';
import { setVolume } from '../../../lib/configuration/configuration-updates';
import type { VolumeField } from '../../../lib/configuration/pricing-input';
import type { ConfigurationCatalogue } from '../../../lib/configuration/configuration-catalogue';
import { copyFirstVolumes } from '../model/columns';
import type { ComparedConfiguration } from '../model/compared';

interface Props {
  catalogue: ConfigurationCatalogue;
  pricing: PricingCatalogue;
  compared: readonly ComparedConfiguration[];
  letters: readonly string[];
  change(index: number, edit: (configuration: Configuration) => Configuration): void;
  changeAll(edit: (configurations: Configuration[]) => Configuration[]): void;
}

/**
 * What-if volumes: one row per driver any configuration needs, one column per configuration. A
 * volume that differs from configuration A's is marked, so the what-if is easy to see.
 */
export function VolumeGrid({ catalogue, pricing, compared, letters, change, changeAll }: Props) {
  const { t } = useTranslation();
  const resolve = useCatalogueStrings();
  const drivers = [...pricing.drivers.keys()].filter((code) =>
    compared.some((c) => c.request.volumeFields.some((field) => field.driverCode === code)),
  );
  const driver = (code: string) => catalogue.drivers.find((d) => d.code === code);
  const driverName = (code: string) => catalogueName(driver(code)?.nameTranslations, code);
  const fieldOf = (index: number, code: string): VolumeField | undefined =>
    compared[index].request.volumeFields.find((field) => field.driverCode === code);
  return (
    <section aria-labelledby="volumes-heading" className="configurator-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id="volumes-heading">
          {t('compare.volumesHeading')}
        </Heading>
        {compared.length > 1 && drivers.length > 0 && (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => changeAll((configurations) => copyFirstVolumes(configurations, drivers, pricing))}
          >
            {t('compare.copyVolumes', { letter: letters[0] })}
          </Button>
        )}
      </div>
      {drivers.length === 0 ? (
        <Paragraph>{t('volumes.none')}</Paragraph>
      ) : (
        <TableScroll label={t('compare.volumesCaption')}>
          <Table data-size="sm" className="volume-grid">
            <caption>{t('compare.volumesCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('compare.driver')}</Table.HeaderCell>
                {letters.map((letter) => (
                  <Table.HeaderCell scope="col" key={letter}>
                    {t('compare.configuration', { letter })}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {drivers.map((code) => (
                <Table.Row key={code}>
                  <Table.HeaderCell scope="row">
                    {driverName(code)}
                    <div className="muted">
                      {translateWithNodes(t, 'volumes.unit', {
                        unit: catalogueName(driver(code)?.unitTranslations, code),
                      })}
                    </div>
                  </Table.HeaderCell>
                  {letters.map((letter, i) => {
                    const field = fieldOf(i, code);
                    const first = fieldOf(0, code);
                    const differs =
                      i > 0 &&
                      field !== undefined &&
                      first !== undefined &&
                      field.text.trim() !== first.text.trim();
                    return (
                      <Table.Cell
                        key={letter}
                        className={differs ? 'volume-cell volume-cell--differs' : 'volume-cell'}
                      >
                        {field ? (
                          <VolumeCell
                            field={field}
                            driverName={driverName(code)}
                            // An accessible name is plain text: it cannot mark the name's language.
                            label={t('compare.volumeLabel', {
                              driver: resolve(driver(code)?.nameTranslations, code).text,
                              letter,
                            })}
                            differsNote={differs ? t('compare.differs', { letter: letters[0] }) : null}
                            onChange={(text) => change(i, (c) => setVolume(c, code, text))}
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
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
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
