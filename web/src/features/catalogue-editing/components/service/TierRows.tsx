import { useTranslation } from 'react-i18next';
import { EMPTY_TIER, type TierForm } from '../../model/service-form';
import { useFormField } from '../../../../lib/manage/item-form-context';
import { FieldGroup } from '../../../../components/manage/form/FieldGroup';
import { TextField } from '../../../../components/manage/form/fields';
import { AddRow, RowActions } from '../../../../components/manage/form/RowActions';

/** The tiers of a GRADUATED or VOLUME price component, each with its upper bound, unit price and fee. */
export function TierRows({ path, currency }: { path: string; currency: string }) {
  const { t } = useTranslation();
  const field = useFormField(path);
  const tiers = (field.value as TierForm[] | undefined) ?? [];
  return (
    <FieldGroup path={path} legend={t('manager.service.tiers')} description={t('manager.service.tiersHelp')}>
      {tiers.map((_, index) => {
        const item = t('manager.service.tier', { number: index + 1 });
        const last = index === tiers.length - 1;
        return (
          <FieldGroup key={index} path={`${path}[${index}]`} legend={item} className="form-group form-row">
            <TextField
              path={`${path}[${index}].upTo`}
              label={t('manager.service.upTo')}
              description={last ? t('manager.service.upToLast') : undefined}
              inputMode="decimal"
            />
            <TextField
              path={`${path}[${index}].unitPrice`}
              label={t('manager.service.tierUnitPrice', { currency })}
              inputMode="decimal"
            />
            <TextField
              path={`${path}[${index}].flatFee`}
              label={t('manager.service.flatFee', { currency })}
              description={t('manager.service.flatFeeHelp')}
              inputMode="decimal"
            />
            <RowActions listPath={path} index={index} item={item} />
          </FieldGroup>
        );
      })}
      <AddRow listPath={path} label={t('manager.service.addTier')} row={() => ({ ...EMPTY_TIER })} />
    </FieldGroup>
  );
}
