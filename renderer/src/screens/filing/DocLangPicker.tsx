/** The document's language, chosen per filing and independent of the interface language. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../common/lang.ts';

export function DocLangPicker({
  languages,
  docLang,
  onChange,
}: {
  languages: readonly Lang[];
  docLang: Lang;
  onChange: (lang: Lang) => void;
}) {
  const { t } = useTranslation();
  if (languages.length === 1)
    return (
      <span className="meta">
        {t('form.documentLanguage')}: {t(`lang.${docLang}`)}
      </span>
    );
  if (languages.length === 0) return null;
  return (
    <label>
      {t('form.documentLanguage')}{' '}
      <select value={docLang} onChange={(e) => onChange(e.target.value as Lang)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
