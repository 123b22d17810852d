// @vitest-environment jsdom
/**
 * The manifest-driven form as a user meets it, in jsdom: the real manifests, validators and
 * UI strings, driven through the same form model as the filing screen. Conditional fields,
 * repeating groups, typed dates, the IIN checksum, and errors in the UI language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { readFileSync } from 'node:fs';
import { manifestSchema, type Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import { prepareAnswers, type Answers } from '../../common/answers.ts';
import { iinCheckDigit } from '../../common/iin.ts';
import * as clock from '../../common/clock.ts';
import { addDays, formatShortDate } from '../../common/dates.ts';
import { createI18n } from '../../renderer/src/i18n.ts';
import { FieldView, FormContext } from '../../renderer/src/form/fields.tsx';
import { useFormModel } from '../../renderer/src/form/model.ts';

afterEach(cleanup);

const manifestOf = (id: string): Manifest =>
  manifestSchema.parse(JSON.parse(readFileSync(`templates/${id}/manifest.json`, 'utf8')));

let current: Answers | null = null;

function Form({ manifest, uiLang }: { manifest: Manifest; uiLang: Lang }) {
  // The filing screen always knows the document's language; Russian here.
  const model = useFormModel(manifest, uiLang, undefined, 'ru');
  const { load } = model;
  useEffect(() => {
    load(prepareAnswers(manifest, {}, { lang: uiLang, today: clock.today() }).answers);
  }, [load, manifest, uiLang]);
  current = model.answers;
  if (!model.form) return null;
  return (
    <I18nextProvider i18n={createI18n(uiLang)}>
      <FormContext.Provider value={model.form}>
        {manifest.fields.map((f) => (
          <FieldView key={f.key} field={f} segments={[f.key]} />
        ))}
      </FormContext.Provider>
    </I18nextProvider>
  );
}

function open(id: string, uiLang: Lang = 'ru'): void {
  render(<Form manifest={manifestOf(id)} uiLang={uiLang} />);
}

function type(input: HTMLElement, value: string): void {
  fireEvent.change(input, { target: { value } });
}

describe('conditional fields', () => {
  it('asks for the interpreter only when one is needed, and forgets nothing typed', () => {
    open('refugee-application');
    expect(screen.queryByLabelText('Язык перевода (одним словом: «узбекский»)')).toBeNull();
    fireEvent.click(screen.getByLabelText('Нужен переводчик'));
    const language = screen.getByLabelText('Язык перевода (одним словом: «узбекский»)', {
      exact: false,
    });
    type(language, 'узбекский');
    expect(screen.getByRole('group', { name: /Переводчик/ })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Нужен переводчик'));
    expect(screen.queryByLabelText(/Язык перевода/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Нужен переводчик'));
    expect((screen.getByLabelText(/Язык перевода/) as HTMLInputElement).value).toBe('узбекский');
  });

  it('asks which social group only when that ground is chosen', () => {
    open('refugee-application');
    expect(screen.queryByLabelText(/Какая социальная группа/)).toBeNull();
    fireEvent.click(screen.getByLabelText(/социальной группе/i));
    expect(screen.getByLabelText(/Какая социальная группа/)).toBeTruthy();
    expect(current?.grounds).toContain('socialGroup');
  });
});

describe('a question opened by a hidden one', () => {
  it('is hidden with it, though the answer that opened it is kept in the draft', () => {
    open('expulsion-appeal');
    fireEvent.click(screen.getByLabelText('Принцип невысылки'));
    fireEvent.click(screen.getByLabelText(/Лицо уже заявило о желании обратиться за убежищем/));
    expect(screen.getByLabelText(/Когда заявлено/)).toBeTruthy();
    // With a refugee application among the grounds the wish is not asked — nor is its date.
    fireEvent.click(
      screen.getByLabelText(/Процедура по ходатайству о статусе беженца не завершена/),
    );
    expect(screen.queryByLabelText(/Лицо уже заявило о желании/)).toBeNull();
    expect(screen.queryByLabelText(/Когда заявлено/)).toBeNull();
    expect(current?.asylumWish).toBe(true);
    // Taken away again, the application gives both questions back as they were.
    fireEvent.click(
      screen.getByLabelText(/Процедура по ходатайству о статусе беженца не завершена/),
    );
    expect(screen.getByLabelText(/Когда заявлено/)).toBeTruthy();
  });
});

describe('a question opened by a passed term', () => {
  it('is judged on the signing day, as the validator judges it', () => {
    const today = clock.today();
    open('expulsion-appeal');
    // Served nine days ago: the ten суток end tomorrow. Signed three days from now: past them.
    const served = document.getElementById('field-rulingServedDate') as HTMLInputElement;
    type(served, formatShortDate(addDays(today, -9)));
    fireEvent.blur(served);
    expect(screen.queryByLabelText(/Причины пропуска срока/)).toBeNull();
    const signed = document.getElementById('field-signingDate') as HTMLInputElement;
    type(signed, formatShortDate(addDays(today, 3)));
    fireEvent.blur(signed);
    expect(screen.getByLabelText(/Причины пропуска срока/)).toBeTruthy();
  });
});

describe('repeating groups', () => {
  it('adds, reorders and removes children', () => {
    open('refugee-application');
    const children = screen.getByRole('group', {
      name: /Несовершеннолетние дети, прибывшие с вами \(до 18 лет\)/,
    });
    expect(within(children).getByText('Пока ни одной записи.')).toBeTruthy();
    const add = within(children).getByRole('button', { name: '+ Добавить: Ребёнок' });
    fireEvent.click(add);
    fireEvent.click(add);
    fireEvent.click(add);
    const names = (): string[] =>
      (current?.children as { name: string }[]).map((child) => child.name);
    expect(names()).toEqual(['', '', '']);
    const nameInputs = within(children).getAllByLabelText(/Фамилия, имя, отчество|ФИО|Имя/);
    ['Орлова Анна', 'Орлов Илья', 'Орлова Вера'].forEach((n, i) =>
      type(nameInputs[i] as HTMLElement, n),
    );
    expect(names()).toEqual(['Орлова Анна', 'Орлов Илья', 'Орлова Вера']);

    fireEvent.click(
      within(children).getByRole('button', { name: 'Переместить выше: Ребёнок № 3' }),
    );
    expect(names()).toEqual(['Орлова Анна', 'Орлова Вера', 'Орлов Илья']);
    fireEvent.click(
      within(children).getByRole('button', { name: 'Переместить ниже: Ребёнок № 1' }),
    );
    expect(names()).toEqual(['Орлова Вера', 'Орлова Анна', 'Орлов Илья']);
    fireEvent.click(within(children).getByRole('button', { name: 'Удалить: Ребёнок № 2' }));
    expect(names()).toEqual(['Орлова Вера', 'Орлов Илья']);
    expect(
      within(children)
        .getAllByRole('group')
        .map((g) => g.getAttribute('id')),
    ).toEqual(['field-children-item-0', 'field-children-item-1']);
    // The first item cannot go up, the last cannot go down.
    expect(
      (
        within(children).getByRole('button', {
          name: 'Переместить выше: Ребёнок № 1',
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
    expect(
      (
        within(children).getByRole('button', {
          name: 'Переместить ниже: Ребёнок № 2',
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
  });
});

describe('typed values and their errors', () => {
  it('reads dd.mm.yyyy dates and flags an impossible one when the field is left', () => {
    open('refugee-application');
    const arrival = document.getElementById('field-arrivalDate') as HTMLInputElement;
    type(arrival, '31.02.2026');
    fireEvent.blur(arrival);
    expect(arrival.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('field-arrivalDate-error')?.textContent).toBe(
      'Такого дня нет в календаре: 31.02.2026',
    );
    type(arrival, '14.09.2022');
    fireEvent.blur(arrival);
    expect(current?.arrivalDate).toBe('2022-09-14');
    expect(document.getElementById('field-arrivalDate-error')).toBeNull();
  });

  it('checks the IIN checksum', () => {
    const first11 = '96031430012';
    const valid = first11 + String(iinCheckDigit(first11));
    const wrong = first11 + String(((iinCheckDigit(first11) ?? 0) + 1) % 10);
    open('refugee-application');
    const iin = document.getElementById('field-iin') as HTMLInputElement;
    type(iin, wrong);
    fireEvent.blur(iin);
    expect(document.getElementById('field-iin-error')?.textContent).toMatch(/ИИН|контрольн/i);
    type(iin, valid.replace(/(\d{6})/, '$1 '));
    expect(current?.iin).toBe(valid); // spaces typed or pasted are dropped
    expect(document.getElementById('field-iin-error')).toBeNull();
  });

  it('speaks the UI language: the same error in Kazakh', () => {
    open('refugee-application', 'kk');
    const arrival = document.getElementById('field-arrivalDate') as HTMLInputElement;
    type(arrival, '31.02.2026');
    fireEvent.blur(arrival);
    const message = document.getElementById('field-arrivalDate-error')?.textContent ?? '';
    expect(message).not.toBe('');
    expect(message).toMatch(/[әіңғүұқөһ]/i);
  });
});

describe('errors wait for the press to end', () => {
  it('does not move a button while the pointer is down on it', async () => {
    open('refugee-application');
    const birthPlace = document.getElementById('field-birthPlace') as HTMLInputElement;
    const phone = document.getElementById('field-phone') as HTMLInputElement;
    // Left by the keyboard: the error shows at once.
    fireEvent.blur(phone);
    expect(document.getElementById('field-phone-error')).not.toBeNull();
    // Left because the mouse went down elsewhere: shown only after the press (and its click).
    fireEvent.pointerDown(window);
    fireEvent.blur(birthPlace);
    expect(document.getElementById('field-birthPlace-error')).toBeNull();
    fireEvent.pointerUp(window);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.getElementById('field-birthPlace-error')).not.toBeNull();
  });
});
