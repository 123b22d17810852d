/** Matters for the tests of the matter page's views and of the drafts in a vault. */
import type { Answers } from '../../common/answers.ts';
import type { Lang, Manifest } from '../../common/manifest.ts';
import type { Matter, Vault } from '../../main/vault/index.ts';
import type { DraftView, Payload } from '../../main/api.ts';
import { openDraft } from '../../main/app/drafts.ts';
import { getServices } from '../../main/services.ts';

/** A matter as the vault keeps it, holding one draft saved once: for the matter page's views. */
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

/** A draft as the window opens it (`drafts:open`, in Russian), with the shipped triage table. */
export function openAsWindow(
  vault: Vault,
  request: Omit<Payload<'drafts:open'>, 'uiLang'>,
  now: Date,
  today: string,
): DraftView {
  const { engine, loaded } = getServices();
  return openDraft(vault, engine, loaded.triage, { uiLang: 'ru', ...request }, now, today);
}
