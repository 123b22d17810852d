// @vitest-environment jsdom
/**
 * The pieces the screens share, as a screen reader meets them: a section named by its heading,
 * a table whose cells are named by their column, a control named by its label, a button named
 * with what it acts on while it shows the action alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { DataTable, Lines, Section } from '../../renderer/src/components/layout.tsx';
import { I18nextProvider } from 'react-i18next';
import {
  ActionButton,
  ConfirmDanger,
  RepeatPassphrase,
  SelectField,
  TextField,
} from '../../renderer/src/components/controls.tsx';
import { createI18n } from '../../renderer/src/i18n.ts';

afterEach(cleanup);

describe('layout', () => {
  it('names a section by its heading', () => {
    render(
      <Section headingId="files-heading" title="Файлы дела" className="files">
        <p>Файлов пока нет.</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'Файлы дела' });
    expect(region.className).toBe('files');
    expect(within(region).getByRole('heading', { level: 2 }).id).toBe('files-heading');
    expect(within(region).getByText('Файлов пока нет.')).toBeTruthy();
  });

  it('names the table by its hidden caption and each column by its header', () => {
    render(
      <DataTable
        className="deadlines"
        caption="Сроки дела"
        columns={['Последний день', 'Осталось']}
      >
        <tr>
          <td>13.12.2026</td>
          <td>7 дней</td>
        </tr>
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'Сроки дела' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Последний день', 'col'],
      ['Осталось', 'col'],
    ]);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['13.12.2026', '7 дней']);
  });

  it('names a table without a caption by the heading it points to', () => {
    render(
      <>
        <h3 id="checks">Проверка строк</h3>
        <DataTable className="checks" labelledBy="checks" columns={['Строка']}>
          <tr>
            <td>2</td>
          </tr>
        </DataTable>
      </>,
    );
    const table = screen.getByRole('table', { name: 'Проверка строк' });
    expect(table.querySelector('caption')).toBeNull();
  });

  it('draws each line as its own element of the given kind', () => {
    const { container } = render(
      <ul>
        <Lines lines={['первая', 'вторая']} as="li" className="warning" />
      </ul>,
    );
    expect([...container.querySelectorAll('li.warning')].map((li) => li.textContent)).toEqual([
      'первая',
      'вторая',
    ]);
  });
});

describe('controls', () => {
  it('labels a text box and reports what is typed', () => {
    const typed: string[] = [];
    render(
      <TextField id="matter-title" label="Название дела" value="" onValue={(v) => typed.push(v)} />,
    );
    fireEvent.change(screen.getByLabelText('Название дела'), { target: { value: 'Экстрадиция' } });
    expect(typed).toEqual(['Экстрадиция']);
  });

  it('labels a drop-down and reports the option chosen', () => {
    const chosen: string[] = [];
    render(
      <SelectField id="region" label="Регион" value="" onValue={(v) => chosen.push(v)}>
        <option value="">—</option>
        <option value="aktobe">Актюбинская область</option>
      </SelectField>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Регион' }), {
      target: { value: 'aktobe' },
    });
    expect(chosen).toEqual(['aktobe']);
  });

  it('names a button with what it acts on and shows the action alone', () => {
    let clicked = 0;
    render(<ActionButton action="Удалить" subject="Постановление.pdf" onClick={() => clicked++} />);
    const button = screen.getByRole('button', { name: 'Удалить: Постановление.pdf' });
    expect(button.textContent).toBe('Удалить');
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(clicked).toBe(1);
  });

  it('asks before a destructive act: the group named for it, its warning, yes and cancel', () => {
    const said: string[] = [];
    render(
      <I18nextProvider i18n={createI18n('ru')}>
        <ConfirmDanger
          label="Удалить дело"
          warning="Удалить дело и все его документы безвозвратно?"
          yes="Да, удалить"
          onYes={() => said.push('yes')}
          onCancel={() => said.push('cancel')}
        />
      </I18nextProvider>,
    );
    const group = screen.getByRole('group', { name: 'Удалить дело' });
    expect(group.textContent).toBe(
      'Удалить дело и все его документы безвозвратно? Да, удалить Отмена',
    );
    const yes = within(group).getByRole('button', { name: 'Да, удалить' });
    expect(yes.className).toBe('danger');
    fireEvent.click(yes);
    fireEvent.click(within(group).getByRole('button', { name: 'Отмена' }));
    expect(said).toEqual(['yes', 'cancel']);
  });

  it('asks without a warning when there is none', () => {
    render(
      <I18nextProvider i18n={createI18n('ru')}>
        <ConfirmDanger
          label="Удалить: Постановление.pdf"
          yes="Да, удалить файл"
          onYes={() => undefined}
          onCancel={() => undefined}
        />
      </I18nextProvider>,
    );
    const group = screen.getByRole('group', { name: 'Удалить: Постановление.pdf' });
    expect(group.textContent).toBe('Да, удалить файл Отмена');
    expect(group.querySelector('.warning')).toBeNull();
  });

  it('labels the repeat of a new passphrase, hides it and reports what is typed', () => {
    const typed: string[] = [];
    render(
      <I18nextProvider i18n={createI18n('ru')}>
        <RepeatPassphrase id="backup-repeat" value="" onValue={(v) => typed.push(v)} />
      </I18nextProvider>,
    );
    const box = screen.getByLabelText('Пароль ещё раз');
    expect(box.id).toBe('backup-repeat');
    expect(box.getAttribute('type')).toBe('password');
    expect(box.getAttribute('autocomplete')).toBe('new-password');
    fireEvent.change(box, { target: { value: 'correct horse' } });
    expect(typed).toEqual(['correct horse']);
  });
});
