/**
 * Autosave of a filing's draft into the vault: debounced after each change, on flush (leaving,
 * locking), when the window is hidden and when the screen goes. A new filing's matter is created
 * with the first save, never on opening (issue 22: opening and leaving leaves nothing behind).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Answers } from '../../../../common/answers.ts';
import type { Lang } from '../../../../common/lang.ts';
import { useApi, useUiLang } from '../../context.ts';
import { useErrorText } from '../../errors.ts';
import type { FlushRegistry } from '../../flush.ts';
import type { SaveState } from './SaveIndicator.tsx';

const AUTOSAVE_DEBOUNCE_MS = 500;

export function useAutosave({
  openedMatter,
  onMatter,
  templateId,
  templateVersion,
  latestAnswers,
  pending,
  setSave,
  flush,
  rev,
  docLang,
}: {
  /** '' for a new filing. */
  openedMatter: string;
  onMatter: ((matterId: string) => void) | undefined;
  templateId: string;
  templateVersion: RefObject<string | undefined>;
  latestAnswers: { readonly current: Answers | null };
  /** What autosave has yet to write: the document language with the answers' dirty flag. */
  pending: RefObject<{ docLang: Lang; dirty: boolean }>;
  setSave: (update: SaveState | ((s: SaveState) => SaveState)) => void;
  flush: FlushRegistry;
  rev: number;
  docLang: Lang;
}): { matterId: string; matterRef: RefObject<string>; saveNow: () => Promise<void> } {
  const api = useApi();
  const uiLang = useUiLang();
  const errorText = useErrorText();
  // The matter this draft lives in; a new filing has none until something is typed.
  const [matterId, setMatterId] = useState(openedMatter);
  const matterRef = useRef(openedMatter);
  const creating = useRef<Promise<string | null> | null>(null);
  const onMatterRef = useRef(onMatter);
  onMatterRef.current = onMatter;

  /** The matter for a new filing, created once however many saves ask at the same time. */
  const createMatter = useCallback(async (): Promise<string | null> => {
    creating.current ??= (async () => {
      // Unnamed: the matter is its client's (the heading) until the lawyer names it; the filing's
      // title in the name field contradicted the heading (issue 22).
      const r = await api.createMatter({ uiLang, title: '' });
      if (!r.ok) {
        creating.current = null;
        setSave({ kind: 'error', message: errorText(r.error) });
        return null;
      }
      matterRef.current = r.value.id;
      setMatterId(r.value.id);
      onMatterRef.current?.(r.value.id);
      return r.value.id;
    })();
    return creating.current;
  }, [api, uiLang, errorText, setSave]);
  const saveNow = useCallback(async () => {
    const snapshot = pending.current;
    const answersNow = latestAnswers.current;
    if (!snapshot.dirty || !answersNow) return;
    snapshot.dirty = false;
    const into = matterRef.current || (await createMatter());
    if (!into) {
      snapshot.dirty = true;
      return;
    }
    const r = await api.saveDraft({
      uiLang,
      matterId: into,
      templateId,
      ...(templateVersion.current ? { templateVersion: templateVersion.current } : {}),
      lang: snapshot.docLang,
      answers: answersNow,
    });
    if (r.ok) setSave((s) => (pending.current.dirty ? s : { kind: 'saved', at: r.value.savedAt }));
    else {
      pending.current.dirty = true; // try again with the next change or flush
      setSave({ kind: 'error', message: errorText(r.error) });
    }
  }, [
    api,
    uiLang,
    templateId,
    errorText,
    latestAnswers,
    createMatter,
    pending,
    setSave,
    templateVersion,
  ]);

  useEffect(() => flush.add(saveNow), [flush, saveNow]);
  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void saveNow(); // leaving the screen
    };
  }, [saveNow]);

  useEffect(() => {
    if (rev === 0) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [rev, docLang, saveNow]);

  return { matterId, matterRef, saveNow };
}
