import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The text to show for a failed call: the main process's message, already in the interface
 * language and naming the place, or — when it sent none (a crash, a broken bridge) — the
 * generic «nothing typed is lost» line, so no error is ever shown as an empty box.
 */
export function useErrorText(): (error: { readonly message?: string } | undefined) => string {
  const { t } = useTranslation();
  return useCallback((error) => error?.message || t('errors.internal'), [t]);
}
