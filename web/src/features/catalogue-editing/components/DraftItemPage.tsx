import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { ItemKind } from '@servicekatalog/shared';
import { useCentreDraft } from '../hooks/use-centre-draft';
import { draftItemNamer } from '../model/item-names';
import { managePaths } from '../../../lib/manage/manage-paths';
import type { ItemEditorProps } from './editor-props';
import { CategoryEditor } from './items/CategoryEditor';
import { DriverEditor } from './items/DriverEditor';
import { PackageEditor } from './items/PackageEditor';
import { ServiceLevelEditor } from './items/ServiceLevelEditor';
import { SettingsEditor } from './items/SettingsEditor';
import { ServiceEditor } from './service/ServiceEditor';

/** What each segment's items are, for naming one in a message. */
const KIND_OF_SEGMENT = {
  services: 'SERVICE',
  'service-levels': 'SERVICE_LEVEL',
  packages: 'SERVICE_PACKAGE',
  categories: 'CATEGORY',
  drivers: 'DRIVER',
} as const satisfies Record<string, ItemKind>;

/** The kinds of item the draft editor has a form for, by their segment in the address. */
export const ITEM_EDITORS = {
  services: ServiceEditor,
  'service-levels': ServiceLevelEditor,
  packages: PackageEditor,
  categories: CategoryEditor,
  drivers: DriverEditor,
} as const satisfies Record<string, (props: ItemEditorProps) => React.ReactNode>;

export type ItemKindSegment = keyof typeof ITEM_EDITORS;

export function isItemKind(segment: string): segment is ItemKindSegment {
  return Object.hasOwn(ITEM_EDITORS, segment);
}

interface Props {
  providerCode: string;
  kind: ItemKindSegment | 'settings';
  /** The item's code, or "new". */
  code: string;
}

/** `/manage/centres/:code/draft/:kind/:item`: one item of the draft in its form. */
export function DraftItemPage({ providerCode, kind, code }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { draft, loading, error, refetch, generation, reload } = useCentreDraft(providerCode);
  useDocumentTitle(t(`manager.itemTitle.${kind}`));
  const back = managePaths.draft(providerCode);
  const backLink = (
    <Paragraph className="back-link">
      <Link asChild>
        <RouterLink to={back}>{t('manager.draft.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
  if (loading) return <LoadingState label={t('manager.draft.loading')} />;
  if (error) return <QueryFailure error={error} what={t('manager.draft.what')} onRetry={refetch} />;
  if (!draft) {
    return (
      <>
        {backLink}
        <EmptyState>{t('manager.draft.none')}</EmptyState>
      </>
    );
  }
  if (kind === 'settings') {
    return (
      <>
        {backLink}
        <SettingsEditor key={generation} draft={draft} onReload={() => void reload()} />
      </>
    );
  }
  const isNew = code === 'new';
  const Editor = ITEM_EDITORS[kind];
  return (
    <>
      {backLink}
      <Editor
        key={generation}
        draft={draft}
        code={isNew ? null : code}
        onReload={() => void reload()}
        onSaved={(saved) => {
          // A new item now has its own address; the form stays as it is (same component).
          if (isNew) void navigate(managePaths.item(providerCode, kind, saved), { replace: true });
        }}
        onRemoved={(removed) => {
          // Named as the draft had it before the removal.
          const item = draftItemNamer(draft.document, t, i18n.language)(KIND_OF_SEGMENT[kind], removed);
          void navigate(back, { state: { notice: t('manager.draft.removed', { item: item ?? removed }) } });
        }}
      />
    </>
  );
}
