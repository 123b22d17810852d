/**
 * `refuge matter …`: matters in the vault. Drafts are saved by the same use case as the app's
 * autosave (app/drafts.ts: the matter's client follows the answers) and the deadlines are the
 * matter page's (app/matters.ts), each at the version its draft was written on.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as clock from '../../../common/clock.ts';
import { formatShortDate, parseUserDate } from '../../../common/dates.ts';
import { daysLeftText, urgencyOf } from '../../../common/days-left.ts';
import { getServices } from '../../app/context.ts';
import { newMatterWithDraft, saveDraft, saveExistingDraft } from '../../app/drafts.ts';
import { clientName, matterDeadlinesOf } from '../../app/matters.ts';
import { readAnswersFile } from '../answers-file.ts';
import type { CommandContext } from '../io.ts';
import { localize } from '../../../common/locales/index.ts';
import { cliText } from '../messages.ts';
import { Passphrases, withVault } from '../passphrases.ts';
import type { Parsed } from '../table.ts';
import { formatSize } from './bundle.ts';
import { markFiled } from '../../app/filed.ts';
import { UsageError } from '../errors.ts';
import {
  FILED_HOW,
  filedMarkIn,
  filedMarkText,
  filedVerdictText,
  type FiledHow,
  type FiledMark,
} from '../../../common/filed.ts';

const isFiledHow = (v: string | undefined): v is FiledHow =>
  (FILED_HOW as readonly (string | undefined)[]).includes(v);

export async function runMatterCli(
  p: Parsed<'matter'>,
  { ui, io }: CommandContext,
): Promise<number> {
  const { values } = p;
  const pass = new Passphrases(values['passphrase-stdin'] ?? false, ui);
  switch (p.sub) {
    case 'new': {
      const [templateId, file] = [p.arg(1), p.arg(2)];
      const { engine } = getServices();
      engine.template(templateId); // an unknown filing is refused before the passphrase is asked
      // Read as written: a sample's day would otherwise become the matter's dates.
      const answers = readAnswersFile(file).answers;
      const made = await withVault(pass, ui, io, (vault) =>
        newMatterWithDraft(
          vault,
          engine,
          { templateId, answers, title: values.title, uiLang: ui },
          clock.now(),
        ),
      );
      io.out(made);
      return 0;
    }
    case 'show': {
      const id = p.arg(1);
      const matter = await withVault(pass, ui, io, (vault) => vault.getMatter(id));
      const archived = matter.archived ? ` ${localize(ui, 'cliVault.archived')}` : '';
      io.out(`${matter.title}\n${clientName(matter.client)}${archived}`);
      for (const draft of matter.drafts) {
        const latest = draft.versions[draft.versions.length - 1];
        io.out(
          localize(ui, 'cliMatter.drafts', {
            templateId: draft.templateId,
            draftId: draft.id,
            n: draft.versions.length,
            savedAt: latest?.savedAt ?? '—',
          }),
        );
        const filed = filedMarkIn(draft.filed);
        if (filed) io.out(`    ${filedMarkText(filed, ui)}`);
      }
      const deadlines = matterDeadlinesOf(getServices(), matter, ui, clock.today());
      if (deadlines.length > 0) io.out(localize(ui, 'cliMatter.deadlines'));
      for (const d of deadlines) {
        const status = d.filed
          ? filedVerdictText(d.filed, ui)
          : urgencyOf(d) === 'passed' && !d.related
            ? localize(ui, 'cliMatter.passed')
            : daysLeftText(d, ui);
        io.out(`  ${formatShortDate(d.lastDay)}  ${status}  ${d.label} (${d.basis.join('; ')})`);
        if (d.source === 'triage') io.out(`    (${localize(ui, 'cliMatter.fromTriage')})`);
        for (const w of d.wayOut ?? []) io.out(`    → ${w.templateTitle} (${w.templateId})`);
        for (const line of d.later) io.out(`    ${line}`);
        for (const w of d.warnings) io.out(`    ! ${w}`);
      }
      return 0;
    }
    case 'attach': {
      // The file's type and sheets come from its bytes; it is sealed in the vault like the rest.
      const [id, files] = [p.arg(1), p.positionals.slice(2)];
      await withVault(pass, ui, io, async (vault) => {
        for (const file of files) {
          const a = await vault.addAttachment(id, {
            name: basename(file),
            bytes: readFileSync(file),
          });
          io.out(cliText('attached', ui, { ...a, size: formatSize(a.size) }));
        }
      });
      return 0;
    }
    case 'draft': {
      // A new version of a filing's answers (e.g. attachments now naming their files by fileId).
      const [id, templateId, file] = [p.arg(1), p.arg(2), p.arg(3)];
      const { engine } = getServices();
      engine.template(templateId);
      const answers = readAnswersFile(file).answers;
      await withVault(pass, ui, io, (vault) =>
        values.draft === undefined
          ? saveDraft(vault, engine, { matterId: id, templateId, answers }, clock.now())
          : // A draft named on the command line must be there: a typo is not a new draft.
            saveExistingDraft(
              vault,
              engine,
              { matterId: id, templateId, draftId: values.draft, answers },
              clock.now(),
            ),
      );
      return 0;
    }
    case 'files': {
      const id = p.arg(1);
      const files = await withVault(pass, ui, io, (vault) => vault.listAttachments(id));
      if (files.length === 0) io.out(cliText('noAttachments', ui));
      for (const a of files) io.out(cliText('attached', ui, { ...a, size: formatSize(a.size) }));
      return 0;
    }
    case 'filed': {
      // Handed in on --on (today when not given), or the mark taken off with --clear.
      const [id, templateId] = [p.arg(1), p.arg(2)];
      const how = values.how;
      const today = clock.today();
      let mark: FiledMark | null = null;
      if (!values.clear) {
        if (!isFiledHow(how))
          throw new UsageError(localize(ui, 'cliHelp.missingOption', { value: '--how' }));
        mark = {
          // dd.mm.yyyy as the lawyer writes it, or ISO; anything else is refused as no date.
          on: values.on === undefined ? today : (parseUserDate(values.on) ?? values.on),
          how,
          ...(values.reference !== undefined ? { reference: values.reference } : {}),
        };
      }
      const draft = await withVault(pass, ui, io, (vault) =>
        markFiled(vault, id, { templateId, draftId: values.draft }, mark, today, clock.now()),
      );
      const filed = filedMarkIn(draft.filed);
      if (filed) io.out(filedMarkText(filed, ui));
      return 0;
    }
    case 'delete-draft': {
      // By its id only (`refuge matter show`): a filing's name could mean another of its drafts.
      const [id, draftId] = [p.arg(1), p.arg(2)];
      await withVault(pass, ui, io, (vault) => vault.deleteDraft(id, draftId));
      return 0;
    }
    case 'detach': {
      const [id, fileId] = [p.arg(1), p.arg(2)];
      await withVault(pass, ui, io, (vault) => vault.removeAttachment(id, fileId));
      return 0;
    }
  }
}
