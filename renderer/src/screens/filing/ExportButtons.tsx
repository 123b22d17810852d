/**
 * PDF/A opt-in and the two export buttons, in the toolbar and again at the end of the review
 * step (`where` tells them apart for tests and the findings confirmation).
 */
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../Checkbox.tsx';

const FORMATS = ['pdf', 'docx'] as const;

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
      <Checkbox checked={pdfa} disabled={exporting} onChange={onPdfa}>
        {t('export.pdfa')}
      </Checkbox>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="primary"
          disabled={exporting}
          data-export={`${where}-${format}`}
          onClick={() => onExport(format)}
        >
          {t(`export.${format}`)}
        </button>
      ))}
    </>
  );
}
