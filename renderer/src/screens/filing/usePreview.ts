/**
 * The live preview: the real PDF rendered from the answers as they are, debounced after each
 * change; a render a newer request superseded is dropped.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Answers } from '../../../../common/answers.ts';
import type { Lang } from '../../../../common/lang.ts';
import type { PreflightView, RefugeApi } from '../../../../main/api.ts';
import { useApi, useUiLang } from '../../context.ts';

const PREVIEW_DEBOUNCE_MS = 50;

export interface PreviewState {
  readonly base64: string;
  /** The answers' revision it shows. */
  readonly rev: number;
  readonly preflight: PreflightView;
}

export function usePreview({
  templateId,
  templateVersion,
  answers,
  docLang,
  rev,
}: {
  templateId: string;
  templateVersion: RefObject<string | undefined>;
  /** Null until the draft is loaded (with its manifest): nothing to render before. */
  answers: Answers | null;
  docLang: Lang;
  rev: number;
}): {
  preview: PreviewState | null;
  previewBusy: boolean;
  /** Renders `shown` at once, as the preview would: the export checks what is on screen now. */
  renderPreview: (shown: Answers) => ReturnType<RefugeApi['previewFiling']>;
} {
  const api = useApi();
  const uiLang = useUiLang();
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const [previewBusy, setPreviewBusy] = useState(false);
  const renderPreview = useCallback(
    (shown: Answers) => {
      const on = templateVersion.current;
      return api.previewFiling({
        templateId,
        ...(on ? { templateVersion: on } : {}),
        answers: shown,
        lang: docLang,
        uiLang,
      });
    },
    [api, templateId, templateVersion, docLang, uiLang],
  );
  useEffect(() => {
    if (!answers) return;
    const asked = rev;
    const timer = setTimeout(
      () => {
        setPreviewBusy(true);
        void renderPreview(answers).then((r) => {
          if (!r.ok) {
            setPreviewBusy(false);
            return;
          }
          if (r.value.superseded) return; // a newer request is on its way
          setPreviewBusy(false);
          setPreview({ base64: r.value.base64, rev: asked, preflight: r.value.preflight });
        });
      },
      rev === 0 ? 0 : PREVIEW_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [answers, rev, renderPreview]);
  return { preview, previewBusy, renderPreview };
}
