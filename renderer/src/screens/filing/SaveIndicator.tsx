/** The autosave's state on the filing screen's meta line. */
import { useTranslation } from 'react-i18next';
import { formatStamp } from '../../components.tsx';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'error'; readonly message: string };

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saved'
      ? t('save.saved', { at: formatStamp(state.at) })
      : state.kind === 'pending'
        ? t('save.pending')
        : state.kind === 'error'
          ? t('save.failed', { message: state.message })
          : t('save.notYet');
  return (
    <span className={`save-state save-${state.kind}`} role="status" data-state={state.kind}>
      {text}
    </span>
  );
}
