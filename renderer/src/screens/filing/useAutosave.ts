/**
 * Autosave of a filing's draft into the vault: debounced after each change, on flush (leaving,
 * locking), when the window is hidden and when the screen goes. A new filing's matter is created
 * with the first save, never on opening (issue 22: opening and leaving leaves nothing behind).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Answers } from '../../../../common/answers.ts';
import type { Lang } from '../../../../common/lang.ts';
import type { DraftOrigin } from '../../../../common/drafts.ts';
import { useApi, useUiLang } from '../../context.ts';
import { useErrorText } from '../../errors.ts';
import type { FlushRegistry } from '../../flush.ts';
import type { SaveState } from './SaveIndicator.tsx';

const AUTOSAVE_DEBOUNCE_MS = 500;

export interface Autosave {
  /** For the meta line (SaveIndicator). */
  readonly save: SaveState;
  /** The matter the draft is saved into: '' for a new filing until something is typed. */
  readonly matterId: string;
  readonly matterRef: RefObject<string>;
  /** Writes what is pending now (before an export, a version move, leaving). */
  readonly saveNow: () => Promise<void>;
  /** Something besides the answers changed (the document language, the version): save it. */
  readonly markDirty: () => void;
  /** An answer was typed: save it, and say so on the meta line until it is saved. */
  readonly edited: () => void;
  /** The draft as it was loaded, saved at `savedAt`. */
  readonly loaded: (savedAt: string) => void;
}

export function useAutosave({
  openedMatter,
  onMatter,
  templateId,
  draftId,
  startedFrom,
  templateVersion,
  latestAnswers,
  flush,
  rev,
  docLang,
}: {
  /** '' for a new filing. */
  openedMatter: string;
  onMatter: ((matterId: string) => void) | undefined;
  templateId: string;
  /** The draft written to (created by the first save when new). */
  draftId: RefObject<string>;
  /** Recorded by the first save: the term this draft was started to answer. */
  startedFrom: DraftOrigin | undefined;
  templateVersion: RefObject<string | undefined>;
  latestAnswers: { readonly current: Answers | null };
  flush: FlushRegistry;
  /** The answers' revision and the document language: a change to either is saved, debounced. */
  rev: number;
  docLang: Lang;
}): Autosave {
  const api = useApi();
  const uiLang = useUiLang();
  const errorText = useErrorText();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // What autosave has yet to write: the document language with the answers' dirty flag.
  const pending = useRef<{ docLang: Lang; dirty: boolean }>({ docLang, dirty: false });
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
  }, [api, uiLang, errorText]);
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
      draftId: draftId.current,
      ...(startedFrom ? { startedFrom } : {}),
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
    draftId,
    startedFrom,
    errorText,
    latestAnswers,
    createMatter,
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
    pending.current.docLang = docLang;
  }, [docLang]);
  useEffect(() => {
    if (rev === 0) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [rev, docLang, saveNow]);

  const markDirty = useCallback(() => {
    pending.current.dirty = true;
  }, []);
  const edited = useCallback(() => {
    pending.current.dirty = true;
    setSave({ kind: 'pending' });
  }, []);
  const loaded = useCallback((savedAt: string) => setSave({ kind: 'saved', at: savedAt }), []);
  return { save, matterId, matterRef, saveNow, markDirty, edited, loaded };
}
