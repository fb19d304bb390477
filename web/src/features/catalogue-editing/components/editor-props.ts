import type { LoadedDraft } from '../api/draft';

/** What every item editor of the draft gets from its page. */
export interface ItemEditorProps {
  draft: LoadedDraft;
  /** The code of the item being edited; null for a new one. */
  code: string | null;
  /** Reload the draft and open the form afresh (after someone else's change). */
  onReload(): void;
  onSaved(code: string): void;
  onRemoved(code: string): void;
}
