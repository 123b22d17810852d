/** UI strings in ru (default), kk and en through i18next; independent of the document language. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ru from './locales/ru.ts';
import kk from './locales/kk.ts';
import en from './locales/en.ts';
import type { Lang } from '../../common/lang.ts';
import { LANGS } from '../../common/lang.ts';

export const UI_LANGS: readonly Lang[] = LANGS;
export const resources = {
  ru: { translation: ru },
  kk: { translation: kk },
  en: { translation: en },
};

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
