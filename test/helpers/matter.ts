/** A matter as the vault keeps it, holding one draft saved once: for the matter page's views. */
import type { Answers } from '../../common/answers.ts';
import type { Lang, Manifest } from '../../common/manifest.ts';
import type { Matter } from '../../main/vault/index.ts';

export function oneDraftMatter(
  manifest: Manifest,
  answers: Answers,
  docLang: Lang,
  day: string,
): Matter {
  const at = `${day}T09:00:00.000Z`;
  return {
    id: 'm',
    title: '',
    client: { lastName: '', firstName: '', middleName: '' } as Matter['client'],
    facts: '',
    archived: false,
    createdAt: at,
    updatedAt: at,
    drafts: [
      {
        id: 'd',
        templateId: manifest.id,
        versions: [{ savedAt: at, templateVersion: manifest.version, lang: docLang, answers }],
      },
    ],
  };
}
