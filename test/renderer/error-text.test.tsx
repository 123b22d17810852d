// @vitest-environment jsdom
/**
 * One hook turns a failed call into the text the user reads: the main process's own message (in
 * the interface language, naming the place), or, when it sent none, the generic line of the
 * interface language — never an empty error box.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ApiResult, OpenDeadlineView, RefugeApi } from '../../main/api.ts';
import type { Lang } from '../../common/manifest.ts';
import { createI18n } from '../../renderer/src/i18n.ts';
import { ApiContext, UiLangContext } from '../../renderer/src/context.ts';
import { useErrorText } from '../../renderer/src/errors.ts';
import { DeadlinesList } from '../../renderer/src/screens/DeadlinesList.tsx';

afterEach(cleanup);

const GENERIC: Record<Lang, string> = {
  ru: 'Не удалось выполнить действие. Введённое не потеряно.',
  kk: 'Әрекетті орындау мүмкін болмады. Енгізілген деректер жоғалған жоқ.',
  en: 'The action could not be completed. Nothing you typed was lost.',
};

function Shown({ message }: { message: string | undefined }) {
  const errorText = useErrorText();
  return <p role="alert">{errorText(message === undefined ? undefined : { message })}</p>;
}

function inLang(lang: Lang, node: React.ReactNode) {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <UiLangContext.Provider value={lang}>{node}</UiLangContext.Provider>
    </I18nextProvider>,
  );
}

describe('useErrorText', () => {
  it('shows the message the main process sent', () => {
    inLang('kk', <Shown message="Хранилище занято: refuge matter draft (pid 42)" />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Хранилище занято: refuge matter draft (pid 42)',
    );
  });

  for (const lang of ['ru', 'kk', 'en'] as const) {
    it(`falls back to the ${lang} generic line for an empty or missing message`, () => {
      inLang(lang, <Shown message="" />);
      expect(screen.getByRole('alert').textContent).toBe(GENERIC[lang]);
      cleanup();
      inLang(lang, <Shown message={undefined} />);
      expect(screen.getByRole('alert').textContent).toBe(GENERIC[lang]);
    });
  }
});

describe('a screen that failed to load', () => {
  function failingApi(message: string): RefugeApi {
    const api: Partial<RefugeApi> = {
      listDeadlines: async (): Promise<ApiResult<readonly OpenDeadlineView[]>> => ({
        ok: false,
        error: { code: 'vaultBusy', message },
      }),
    };
    return api as RefugeApi;
  }

  function deadlines(lang: Lang, message: string) {
    inLang(
      lang,
      <ApiContext.Provider value={failingApi(message)}>
        <DeadlinesList onOpen={() => undefined} />
      </ApiContext.Provider>,
    );
  }

  it('shows the error the call returned', async () => {
    deadlines('ru', 'Хранилище занято другой программой: refuge (pid 42)');
    expect(
      await screen.findByText('Хранилище занято другой программой: refuge (pid 42)'),
    ).toBeTruthy();
  });

  it('shows the generic line in the interface language when the error has no text', async () => {
    deadlines('en', '');
    expect(await screen.findByText(GENERIC.en)).toBeTruthy();
  });
});
