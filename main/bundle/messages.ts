/**
 * Why a file cannot be attached or bundled, in the user's language. The CLI and the IPC handlers
 * both print these; `place` names the file (or the annex) so the lawyer knows which one.
 */
import type { Lang } from '../../common/lang.ts';
import { fillPlaceholders } from '../../common/messages.ts';

export type AttachmentErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'unsupportedType'
  | 'pdfEncrypted'
  | 'pdfBroken'
  | 'imageBroken'
  | 'imageTooLarge'
  | 'imageTruncated'
  | 'annexNotListed'
  | 'annexMissing';

const MESSAGES: Readonly<Record<AttachmentErrorCode, Readonly<Record<Lang, string>>>> = {
  empty: {
    ru: '«{place}»: файл пуст',
    kk: '«{place}»: файл бос',
    en: '“{place}”: the file is empty',
  },
  tooLarge: {
    ru: '«{place}»: файл больше {limit} МБ — уменьшите разрешение скана или разделите файл',
    kk: '«{place}»: файл {limit} МБ-тан үлкен — сканның ажыратымдылығын азайтыңыз немесе файлды бөліңіз',
    en: '“{place}”: the file is larger than {limit} MB — scan at a lower resolution or split it',
  },
  unsupportedType: {
    ru: '«{place}»: это не PDF, JPEG или PNG (проверено по содержимому, а не по имени)',
    kk: '«{place}»: бұл PDF, JPEG немесе PNG емес (атауы емес, мазмұны тексерілді)',
    en: '“{place}”: this is not a PDF, JPEG or PNG (checked by its content, not its name)',
  },
  pdfEncrypted: {
    ru: '«{place}»: PDF защищён паролем — сохраните копию без защиты и приложите её',
    kk: '«{place}»: PDF құпия сөзбен қорғалған — қорғаусыз көшірмесін сақтап, соны тіркеңіз',
    en: '“{place}”: the PDF is password-protected — save an unprotected copy and attach that',
  },
  pdfBroken: {
    ru: '«{place}»: PDF повреждён или не читается',
    kk: '«{place}»: PDF бүлінген немесе оқылмайды',
    en: '“{place}”: the PDF is damaged or cannot be read',
  },
  imageBroken: {
    ru: '«{place}»: изображение повреждено или не читается',
    kk: '«{place}»: сурет бүлінген немесе оқылмайды',
    en: '“{place}”: the image is damaged or cannot be read',
  },
  imageTooLarge: {
    ru: '«{place}»: изображение {width}×{height} пикселей больше допустимого ({megapixels} Мп, не более 16384 по стороне) — уменьшите его или отсканируйте с меньшим разрешением',
    kk: '«{place}»: {width}×{height} пиксель сурет рұқсат етілгеннен үлкен ({megapixels} Мп, жағы 16384-тен аспауы керек) — оны кішірейтіңіз немесе төменірек ажыратымдылықпен сканерлеңіз',
    en: '“{place}”: the image is {width}×{height} pixels, over the limit ({megapixels} MP, at most 16384 a side) — shrink it or scan at a lower resolution',
  },
  imageTruncated: {
    ru: '«{place}»: файл JPEG обрезан (не скопирован до конца) — возьмите исходный файл ещё раз',
    kk: '«{place}»: JPEG файлы қиылған (соңына дейін көшірілмеген) — бастапқы файлды қайта алыңыз',
    en: '“{place}”: the JPEG file is cut short (not copied to the end) — take the original file again',
  },
  annexNotListed: {
    ru: 'Приложение «{place}» связано с файлом, но не найдено в «Приложении:» документа',
    kk: '«{place}» қосымшасы файлмен байланысты, бірақ құжаттың «Қосымша:» тізімінде жоқ',
    en: 'Attachment “{place}” has a file but is not in the filing’s list of attachments',
  },
  annexMissing: {
    ru: 'Приложение «{place}»: файл удалён из дела',
    kk: '«{place}» қосымшасы: файл істен жойылған',
    en: 'Attachment “{place}”: its file was removed from the matter',
  },
};

export class AttachmentError extends Error {
  constructor(
    readonly code: AttachmentErrorCode,
    readonly place: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(attachmentMessage(code, 'en', place, params));
    this.name = 'AttachmentError';
  }

  localized(lang: Lang): string {
    return attachmentMessage(this.code, lang, this.place, this.params);
  }
}

export function attachmentMessage(
  code: AttachmentErrorCode,
  lang: Lang,
  place: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillPlaceholders(MESSAGES[code][lang], { ...params, place });
}

/** Pre-flight warnings of a bundle (the lawyer decides; nothing is silently corrected). */
export type BundleWarning =
  | {
      readonly kind: 'pageMismatch';
      readonly number: number;
      readonly title: string;
      readonly stated: number | null;
      readonly actual: number;
    }
  | { readonly kind: 'notListed'; readonly title: string }
  | { readonly kind: 'missingFile'; readonly title: string };

export function bundleWarningText(w: BundleWarning, lang: Lang): string {
  switch (w.kind) {
    case 'pageMismatch':
      return w.stated === null
        ? {
            ru: `Прил. ${w.number} «${w.title}»: в документе не указано число листов, в файле ${w.actual}`,
            kk: `${w.number}-қосымша «${w.title}»: құжатта парақ саны көрсетілмеген, файлда ${w.actual}`,
            en: `Annex ${w.number} “${w.title}”: the filing states no sheet count, the file has ${w.actual}`,
          }[lang]
        : {
            ru: `Прил. ${w.number} «${w.title}»: в документе «на ${w.stated} л.», в файле ${w.actual} — проверьте, совпадает ли бумажный оригинал`,
            kk: `${w.number}-қосымша «${w.title}»: құжатта ${w.stated} парақ, файлда ${w.actual} — қағаз түпнұсқамен салыстырыңыз`,
            en: `Annex ${w.number} “${w.title}”: the filing says ${w.stated} sheet(s), the file has ${w.actual} — check against the paper original`,
          }[lang];
    case 'notListed':
      return attachmentMessage('annexNotListed', lang, w.title);
    case 'missingFile':
      return attachmentMessage('annexMissing', lang, w.title);
  }
}
