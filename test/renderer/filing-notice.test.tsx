// @vitest-environment jsdom
/**
 * The notice at the top of a filing screen, from the manifest, in the interface language. The
 * expulsion appeal's tells the lawyer that filing may not stop the expulsion (VERIFIED.md rows
 * 10c, 10k): file the same day and send the UN interim-measures request in parallel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { manifestSchema, type Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import { FilingNotice } from '../../renderer/src/components.tsx';

afterEach(cleanup);

const manifestOf = (id: string): Manifest =>
  manifestSchema.parse(JSON.parse(readFileSync(`templates/${id}/manifest.json`, 'utf8')));

describe('filing notice', () => {
  const expected: Record<Lang, readonly RegExp[]> = {
    ru: [/в тот же день/, /Комитет ООН/, /временных мерах/, /может не остановить/],
    kk: [/сол күні/, /БҰҰ комитетіне/, /уақытша шаралар/],
    en: [/the same day/, /UN Committee/, /interim measures/, /may not by itself stop/],
  };
  for (const lang of ['ru', 'kk', 'en'] as const) {
    it(`expulsion appeal (${lang}): file the same day, UN request in parallel`, () => {
      render(<FilingNotice notice={manifestOf('expulsion-appeal').notice} uiLang={lang} />);
      const note = screen.getByRole('note');
      for (const re of expected[lang]) expect(note.textContent).toMatch(re);
    });
  }

  it('a filing without a notice shows none', () => {
    const manifest = manifestOf('deadline-restoration');
    expect(manifest.notice).toBeUndefined();
    render(<FilingNotice notice={manifest.notice} uiLang="ru" />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
