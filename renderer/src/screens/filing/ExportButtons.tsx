/**
 * PDF/A opt-in and the two export buttons, in the toolbar and again at the end of the review
 * step (`where` tells them apart for tests and the findings confirmation).
 */
import { useTranslation } from 'react-i18next';

export function ExportButtons({
  where,
  pdfa,
  onPdfa,
  exporting,
  onExport,
}: {
  where: string;
  pdfa: boolean;
  onPdfa: (pdfa: boolean) => void;
  exporting: boolean;
  onExport: (format: 'pdf' | 'docx') => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label className="inline">
        <input
          type="checkbox"
          checked={pdfa}
          disabled={exporting}
          onChange={(e) => onPdfa(e.target.checked)}
        />
        {t('export.pdfa')}
      </label>
      <button
        type="button"
        className="primary"
        disabled={exporting}
        data-export={`${where}-pdf`}
        onClick={() => onExport('pdf')}
      >
        {t('export.pdf')}
      </button>
      <button
        type="button"
        className="primary"
        disabled={exporting}
        data-export={`${where}-docx`}
        onClick={() => onExport('docx')}
      >
        {t('export.docx')}
      </button>
    </>
  );
}
