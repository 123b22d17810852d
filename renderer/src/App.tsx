import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { draftOrigin, type RefugeApi, type VaultStatus } from '../../main/api.ts';
import type { Lang } from '../../common/lang.ts';
import { createI18n, UI_LANGS } from './i18n.ts';
import { ApiContext, LockContext, UiLangContext, useApi, useUiLang } from './context.ts';
import { VaultGate } from './screens/VaultGate.tsx';
import { Home } from './screens/Home.tsx';
import { MatterPage } from './screens/MatterPage.tsx';
import { FilingScreen } from './screens/FilingScreen.tsx';
import { Settings } from './screens/Settings.tsx';
import { Batch } from './screens/Batch.tsx';
import { FlushRegistry } from './flush.ts';
import * as clock from '../../common/clock.ts';
import { setHolidayYears } from '../../common/holidays.ts';
import { formatShortDate } from '../../common/dates.ts';
import { DRAFT_ID_PATTERN, type DraftOrigin } from '../../common/drafts.ts';

export type Screen =
  | { readonly name: 'home' }
  | { readonly name: 'matter'; readonly matterId: string }
  | {
      readonly name: 'filing';
      readonly matterId: string;
      readonly templateId: string;
      /** The draft; absent: a new one (a matter may hold several drafts of a filing). */
      readonly draftId?: string;
      readonly version?: number;
      /** Started as the way out of this draft's term: a new draft takes its dates. */
      readonly from?: DraftOrigin;
    }
  | { readonly name: 'batch' }
  | { readonly name: 'settings' };

export function App({ api }: { readonly api: RefugeApi | null }) {
  const [uiLang, setUiLang] = useState<Lang>('ru');
  // Once the user picks a language, the stored one arriving late must not switch it back.
  const chosen = useRef(false);
  useEffect(() => {
    void api?.getPrefs({}).then((r) => {
      if (r.ok && !chosen.current) setUiLang(r.value.uiLang);
    });
  }, [api]);
  const i18n = useMemo(() => createI18n(uiLang), [uiLang]);
  useEffect(() => {
    document.documentElement.lang = uiLang === 'kk' ? 'kk' : uiLang;
    document.title = i18n.t('app.title');
  }, [uiLang, i18n]);
  const changeLang = useCallback(
    (lang: Lang) => {
      chosen.current = true;
      setUiLang(lang);
      void api?.setPrefs({ uiLang: lang });
    },
    [api],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <UiLangContext.Provider value={uiLang}>
        {api ? (
          <ApiContext.Provider value={api}>
            <Shell uiLang={uiLang} onLang={changeLang} />
          </ApiContext.Provider>
        ) : (
          <NoConnection />
        )}
      </UiLangContext.Provider>
    </I18nextProvider>
  );
}

function NoConnection() {
  const { t } = useTranslation();
  return (
    <main className="centered">
      <h1>{t('app.title')}</h1>
      <p role="alert">{t('app.noConnection')}</p>
    </main>
  );
}

/** Each language by its own name, so anyone can find theirs whatever the current language. */
const NATIVE_NAMES: Readonly<Record<Lang, string>> = {
  ru: 'Русский',
  kk: 'Қазақша',
  en: 'English',
};

function LangSwitch({ uiLang, onLang }: { uiLang: Lang; onLang: (l: Lang) => void }) {
  const { t } = useTranslation();
  return (
    <label className="lang-switch">
      <span>{t('app.uiLanguage')}</span>
      <select value={uiLang} onChange={(e) => onLang(e.target.value as Lang)}>
        {UI_LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Takes the main process's calendar before anything computes a date: the window shows the day
 * the filing is computed on (also when it is pinned: tests, `REFUGE_TODAY`) and counts with the
 * same days off, including those a template pack brought.
 */
function useMainCalendar(api: RefugeApi): { ready: boolean; pinnedDay: string | null } {
  const [state, setState] = useState<{ ready: boolean; pinnedDay: string | null }>({
    ready: false,
    pinnedDay: null,
  });
  useEffect(() => {
    let live = true;
    void api.getCalendar({}).then((r) => {
      if (r.ok) {
        clock.setClock(clock.followingClock(r.value.nowMs, r.value.pinnedDay));
        setHolidayYears(r.value.holidayYears);
      }
      if (live) setState({ ready: true, pinnedDay: r.ok ? r.value.pinnedDay : null });
    });
    return () => {
      live = false;
    };
  }, [api]);
  return state;
}

/**
 * A pack that failed its signature check, or a newest pack removed from the folder (a rollback
 * to older templates), is said on every screen, not only in Settings: new drafts would otherwise
 * quietly use older law. Asked again on each navigation, so an import clears it at once.
 */
function PackAlerts({
  screen,
  revision,
  onOpen,
}: {
  screen: Screen;
  /** Bumped when a pack is installed. */
  revision: number;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const uiLang = useUiLang();
  const [alerts, setAlerts] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    void api.packStatus({ uiLang }).then((r) => {
      if (live && r.ok) setAlerts(r.value.warnings);
    });
    return () => {
      live = false;
    };
  }, [api, uiLang, screen, revision]);
  if (alerts.length === 0) return null;
  return (
    <div className="pack-alert" role="alert">
      {alerts.map((a) => (
        <p key={a}>{a}</p>
      ))}
      {screen.name !== 'settings' && (
        <button type="button" className="link" onClick={onOpen}>
          {t('packs.openUpdates')}
        </button>
      )}
    </div>
  );
}

/**
 * The screen the user was on, kept for a reload of this window (issue 22): in sessionStorage,
 * which lives as long as the window, and holds ids only — never a name or an answer.
 */
const SCREEN_KEY = 'refuge.screen';
const ID = /^[a-z0-9-]{1,64}$/;
function restoreScreen(): Screen {
  try {
    const s = JSON.parse(sessionStorage.getItem(SCREEN_KEY) ?? 'null') as Record<string, unknown>;
    if (s?.name === 'matter' && typeof s.matterId === 'string' && ID.test(s.matterId))
      return { name: 'matter', matterId: s.matterId };
    if (
      s?.name === 'filing' &&
      typeof s.matterId === 'string' &&
      (s.matterId === '' || ID.test(s.matterId)) &&
      typeof s.templateId === 'string' &&
      ID.test(s.templateId)
    )
      return {
        name: 'filing',
        matterId: s.matterId,
        templateId: s.templateId,
        // The draft being written, so a reload reopens it rather than starting another.
        ...(typeof s.draftId === 'string' && DRAFT_ID_PATTERN.test(s.draftId)
          ? { draftId: s.draftId }
          : {}),
        ...originIn(s.from),
      };
    if (s?.name === 'batch' || s?.name === 'settings') return { name: s.name };
  } catch {
    // Nothing kept, or not ours: start at home.
  }
  return { name: 'home' };
}
/** A kept `from`, if it is one (the IPC's own check): a draft started from a term still knows which. */
function originIn(value: unknown): { from?: DraftOrigin } {
  const origin = draftOrigin.safeParse(value);
  return origin.success ? { from: origin.data } : {};
}
function rememberScreen(screen: Screen): void {
  try {
    sessionStorage.setItem(SCREEN_KEY, JSON.stringify(screen));
  } catch {
    // Storage refused: a reload starts at home, as before.
  }
}

function Shell({ uiLang, onLang }: { uiLang: Lang; onLang: (l: Lang) => void }) {
  const { t } = useTranslation();
  const mainClock = useMainCalendar(useApi());
  const [screen, setScreen] = useState<Screen>(restoreScreen);
  useEffect(() => rememberScreen(screen), [screen]);
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [batchRun, setBatchRun] = useState<string | null>(null);
  const [packsRevision, setPacksRevision] = useState(0);
  const flush = useRef(new FlushRegistry()).current;
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the new screen's heading, so keyboard and screen-reader users follow along.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  const header = (
    <header className="app-header">
      <a
        className="brand"
        href="#"
        onClick={(e) => {
          e.preventDefault();
          setScreen({ name: 'home' });
        }}
      >
        {t('app.title')}
      </a>
      <nav aria-label={t('app.navigation')}>
        {status?.state === 'unlocked' && (
          <>
            <button type="button" className="link" onClick={() => setScreen({ name: 'home' })}>
              {t('nav.home')}
            </button>
            <button type="button" className="link" onClick={() => setScreen({ name: 'batch' })}>
              {t('nav.batch')}
            </button>
            <button type="button" className="link" onClick={() => setScreen({ name: 'settings' })}>
              {t('nav.settings')}
            </button>
          </>
        )}
      </nav>
      <LangSwitch uiLang={uiLang} onLang={onLang} />
      {status?.state === 'unlocked' && <LockButton />}
      {status?.state === 'unlocked' && (
        <PackAlerts
          screen={screen}
          revision={packsRevision}
          onOpen={() => setScreen({ name: 'settings' })}
        />
      )}
      {mainClock.pinnedDay && (
        <p className="pinned-date" role="status">
          {t('app.datePinned', { date: formatShortDate(mainClock.pinnedDay) })}
        </p>
      )}
    </header>
  );
  if (!mainClock.ready)
    return (
      <main className="centered" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );

  return (
    <VaultGate status={status} onStatus={setStatus} flush={flush} header={header}>
      <main ref={mainRef} id="main">
        {screen.name === 'home' && <Home onOpen={setScreen} />}
        {screen.name === 'matter' && <MatterPage matterId={screen.matterId} onOpen={setScreen} />}
        {screen.name === 'filing' && (
          <FilingScreen
            key={`${screen.matterId}/${screen.templateId}/${screen.draftId ?? 'new'}/${screen.version ?? 'latest'}`}
            matterId={screen.matterId}
            templateId={screen.templateId}
            {...(screen.draftId !== undefined ? { draftId: screen.draftId } : {})}
            {...(screen.version !== undefined ? { version: screen.version } : {})}
            {...(screen.from ? { from: screen.from } : {})}
            flush={flush}
            onOpen={setScreen}
            onPlace={(place) => rememberScreen({ ...screen, ...place })}
          />
        )}
        {screen.name === 'batch' && <Batch runId={batchRun} onRun={setBatchRun} />}
        {screen.name === 'settings' && (
          <Settings onStatus={setStatus} onPacksChanged={() => setPacksRevision((n) => n + 1)} />
        )}
      </main>
    </VaultGate>
  );
}

function LockButton() {
  const { t } = useTranslation();
  const lock = useContext(LockContext);
  return (
    <button
      type="button"
      className="lock"
      title={t('vault.lockShortcut')}
      onClick={() => void lock()}
    >
      {t('vault.lock')}
    </button>
  );
}
