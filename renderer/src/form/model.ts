import { useCallback, useMemo, useRef, useState } from 'react';
import type { Manifest } from '../../../common/manifest.ts';
import type { Lang } from '../../../common/lang.ts';
import {
  applyLateFlags,
  passedDeadlines,
  prepareAnswers,
  resetUnasked,
  type Answers,
  type ValidationIssue,
} from '../../../common/answers.ts';
import * as clock from '../../../common/clock.ts';
import type { FormApi } from './fields.tsx';
import { getIn, setIn, type Edit, type Segment } from './state.ts';
import { useTouched } from './touched.ts';

export interface FormModel {
  readonly answers: Answers | null;
  /** The answers as of the last edit, for saving from timers and unload handlers. */
  readonly latest: { readonly current: Answers | null };
  readonly issues: readonly ValidationIssue[];
  /** Replaces the answers wholesale (a loaded draft); not an edit. */
  readonly load: (answers: Answers) => void;
  readonly revealAll: () => void;
  readonly showAll: boolean;
  /** What the field components need, or null until the answers are loaded. */
  readonly form: FormApi | null;
}

/**
 * The answers of one filing being edited, their validation in the UI language, and which errors
 * the user is shown (fields left, or all after an export attempt). `onEdit` runs after every
 * edit. The filing screen and the component tests drive the fields through this one model.
 */
export function useFormModel(
  manifest: Manifest | null,
  uiLang: Lang,
  onEdit: () => void = () => undefined,
  docLang?: Lang,
): FormModel {
  const [answers, setAnswers] = useState<Answers | null>(null);
  const latest = useRef<Answers | null>(null);
  const [touched, touch] = useTouched();
  const [showAll, setShowAll] = useState(false);
  const onEditRef = useRef(onEdit);
  onEditRef.current = onEdit;

  const today = clock.today();
  const issues = useMemo(
    () =>
      manifest && answers
        ? prepareAnswers(manifest, answers, {
            lang: uiLang,
            today,
            ...(docLang ? { docLang } : {}),
          }).issues
        : [],
    [manifest, answers, uiLang, today, docLang],
  );

  // Edits may be functions of the current value: two quick clicks on "add" add two items.
  const update = useCallback((segments: readonly Segment[], edit: Edit) => {
    setAnswers((current) => {
      const value =
        typeof edit === 'function'
          ? (edit as (c: unknown) => unknown)(getIn(current, segments))
          : edit;
      const next = setIn(current ?? {}, segments, value);
      latest.current = next;
      return next;
    });
    onEditRef.current();
  }, []);

  const load = useCallback((loaded: Answers) => {
    latest.current = loaded;
    setAnswers(loaded);
  }, []);

  const shown = useCallback(
    (path: string) =>
      showAll ||
      [...touched].some(
        (p) =>
          p === path ||
          p.startsWith(`${path}.`) ||
          p.startsWith(`${path}[`) ||
          path.startsWith(`${p}[`),
      ),
    [showAll, touched],
  );

  // The form shows what the filing will say: late flags computed from the dates (never ticked).
  const derived = useMemo(
    () => (manifest && answers ? applyLateFlags(manifest, { ...answers }, today) : answers),
    [manifest, answers, today],
  );
  // Judged on the filing day, as the validator judges it (passedDeadlines): a form that judged
  // on today hid a question the filing then demanded.
  const passed = useMemo(
    () => (manifest && derived ? passedDeadlines(manifest, derived, today) : new Set<string>()),
    [manifest, derived, today],
  );
  const asked = useMemo(() => {
    if (!manifest || !derived) return derived;
    const copy = { ...derived };
    resetUnasked(manifest, copy, passed, docLang);
    return copy;
  }, [manifest, derived, passed, docLang]);
  const form = useMemo<FormApi | null>(
    () =>
      derived && asked
        ? {
            uiLang,
            answers: derived,
            asked,
            issues,
            passed,
            shown,
            update,
            touch,
            ...(docLang ? { docLang } : {}),
          }
        : null,
    [uiLang, derived, asked, issues, passed, shown, update, touch, docLang],
  );
  const revealAll = useCallback(() => setShowAll(true), []);
  return { answers: derived, latest, issues, load, revealAll, showAll, form };
}
