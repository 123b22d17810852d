/** UI strings in ru (default), kk and en through i18next; independent of the document language. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../common/locales/index.ts';
import type { Lang } from '../../common/manifest.ts';

export const UI_LANGS: readonly Lang[] = ['ru', 'kk', 'en'];
/** The one table per language that main's messages read too (common/locales/). */
export { resources };

export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return instance;
}
