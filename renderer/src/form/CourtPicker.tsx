/**
 * Courts by region (templates/courts.json) in the window: the region of the matter on the filing
 * screen, and beside every court field a list of that region's courts of the kind the field
 * wants, which fills the field in its language and case. The field stays free text: the lawyer
 * may type any name. Names from the list are unverified; the pre-flight says so.
 */
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefugeApi } from '../../../main/api.ts';
import type { Answers } from '../../../common/answers.ts';
import type { Lang, Manifest, ScalarField } from '../../../common/manifest.ts';
import { REGION_KEY } from '../../../common/manifest.ts';
import {
  courtNameFor,
  courtsFor,
  findRegion,
  regionFields,
  regionPrefill,
  regionValue,
  type CourtTable,
} from '../../../common/courts.ts';
import { OptionsWithNone } from '../components/controls.tsx';
import { ApiContext } from '../context.ts';
import { FormContext } from './fields.tsx';
import { getIn, type Segment } from './state.ts';

let table: Promise<CourtTable | null> | undefined;

/** The court table, asked of main once per window (a pack import reloads the window's data). */
export function loadCourts(api: RefugeApi): Promise<CourtTable | null> {
  table ??= api.listCourts({}).then((r) => (r.ok ? r.value : null));
  return table;
}

/** The table, or null while it loads or where there is no API (a form rendered on its own). */
export function useCourtTable(): CourtTable | null {
  const api = useContext(ApiContext);
  const [courts, setCourts] = useState<CourtTable | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    void loadCourts(api).then((t) => {
      if (live) setCourts(t);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return courts;
}

/**
 * A filing opened without a matter starts in the region chosen in Settings, as drafts:open does
 * for a matter's new draft (main/ipc/handlers.ts).
 */
export async function withSettingsRegion(
  api: RefugeApi,
  uiLang: Lang,
  manifest: Manifest,
  answers: Answers,
  docLang: Lang,
): Promise<Answers> {
  if (typeof answers[REGION_KEY] === 'string' && answers[REGION_KEY] !== '') return answers;
  const [courts, status] = await Promise.all([loadCourts(api), api.vaultSettings({ uiLang })]);
  const region =
    status.ok && status.value.region
      ? findRegion(courts ?? undefined, status.value.region)
      : undefined;
  return region ? (regionPrefill(manifest, answers, region, docLang) as Answers) : answers;
}

/** A region select's options, «none» first: the matter's region here and the default in Settings. */
export function RegionOptions({ courts, uiLang }: { courts: CourtTable; uiLang: Lang }) {
  const { t } = useTranslation();
  return (
    <OptionsWithNone
      none={t('courts.none')}
      choices={courts.regions.map((r) => ({ id: r.id, name: r.name[uiLang] }))}
    />
  );
}

/** The matter's region, changeable here: fields still holding the old region's value follow. */
export function RegionSelect({ manifest, docLang }: { manifest: Manifest; docLang: Lang }) {
  const form = useContext(FormContext);
  const courts = useCourtTable();
  const { t, i18n } = useTranslation();
  const uiLang = (form?.uiLang ?? i18n.language) as Lang;
  if (!form || !courts || regionFields(manifest).length === 0) return null;
  const current =
    typeof form.answers[REGION_KEY] === 'string' ? String(form.answers[REGION_KEY]) : '';
  const change = (id: string): void => {
    const before = findRegion(courts, current);
    const after = findRegion(courts, id);
    form.update([REGION_KEY], id);
    if (!after) return;
    for (const field of regionFields(manifest)) {
      const now = form.answers[field.key];
      const old = before ? regionValue(field, before, docLang) : undefined;
      const untouched =
        now === undefined ||
        now === '' ||
        (field.type === 'text' && now === field.default) ||
        now === old;
      const next = regionValue(field, after, docLang);
      if (untouched && next !== undefined) form.update([field.key], next);
    }
  };
  return (
    <label className="region-select">
      {t('courts.matterRegion')}{' '}
      <select id="matter-region" value={current} onChange={(e) => change(e.target.value)}>
        <RegionOptions courts={courts} uiLang={uiLang} />
      </select>
    </label>
  );
}

interface PickerProps {
  field: ScalarField;
  segments: readonly Segment[];
  inputId: string;
}

/** The region's courts of the field's kind; picking one fills the field. */
export function CourtPicker(props: PickerProps) {
  // Every text field renders this: only a court field asks for the table.
  if (props.field.type !== 'text' || !props.field.courtKind) return null;
  return <CourtList {...props} />;
}

function CourtList({ field, segments, inputId }: PickerProps) {
  const form = useContext(FormContext);
  const courts = useCourtTable();
  const { t } = useTranslation();
  if (!form || !courts || field.type !== 'text' || !field.courtKind) return null;
  const region = findRegion(courts, String(form.answers[REGION_KEY] ?? ''));
  const options = courtsFor(field, region).flatMap((c) => {
    const name = courtNameFor(field, c);
    return name ? [{ id: c.id, name }] : [];
  });
  if (!region || options.length === 0) return null;
  const id = `${inputId}-court`;
  // The list shows the court the field holds, if it is one of them; a typed name shows none.
  const value = getIn(form.answers, segments);
  const holding = options.find((o) => o.name === value)?.id ?? '';
  return (
    <div className="court-picker">
      <label htmlFor={id}>{t('courts.pick', { region: region.name[form.uiLang] })}</label>{' '}
      <select
        id={id}
        value={holding}
        onChange={(e) => {
          const picked = options.find((o) => o.id === e.target.value);
          if (picked) form.update(segments, picked.name);
        }}
      >
        <OptionsWithNone none={t('courts.choose')} choices={options} />
      </select>
      <p className="help">{t('courts.unverified')}</p>
    </div>
  );
}
