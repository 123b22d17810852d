import { useTranslation } from 'react-i18next';
import { useApi, useUiLang } from '../context.ts';
import { useErrorText } from '../errors.ts';

/**
 * What a screen reads first: the API, the interface language, its strings, and the text for a
 * failed call (`errorText`).
 */
export function useScreen() {
  const { t } = useTranslation();
  return { api: useApi(), uiLang: useUiLang(), t, errorText: useErrorText() };
}
