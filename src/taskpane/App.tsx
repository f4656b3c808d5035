import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useMemo, useState, type ComponentType } from 'react';
import type { IsoDate } from '../core/types';
import { isoFromParts } from '../core/text';
import { deAn04 } from '../plans/de-an-04/plan';
import { LanguageSwitch } from './components/LanguageSwitch';
import { TemplatePanel } from './components/TemplatePanel';
import type { OfficeHost } from './hooks/use-office-host';
import { useLanguage } from './hooks/use-language';
import { PaneProvider, usePane, type Pane } from './hooks/use-pane';
import { useSettings } from './hooks/use-settings';
import { useI18n } from './i18n';
import { excelPort } from './services/excel-port';
import { filePort } from './services/file-port';
import type { WorkbookPort } from './services/workbook-port';

/** The task pane's panels, in tab order. */
export const PANELS = ['template', 'check', 'consolidate', 'settings'] as const;
export type PanelId = (typeof PANELS)[number];

const isPanel = (value: unknown): value is PanelId => PANELS.some((id) => id === value);

/**
 * The first panel is in the start-up bundle; the others (and the Fluent components only they use)
 * are chunks loaded when their tab is first opened, which keeps the pane quick to open.
 */
const PANEL_COMPONENTS: Record<PanelId, ComponentType> = {
  template: TemplatePanel,
  check: lazy(() =>
    import(/* webpackChunkName: "check" */ './components/CheckPanel').then((m) => ({
      default: m.CheckPanel,
    })),
  ),
  consolidate: lazy(() =>
    import(/* webpackChunkName: "consolidate" */ './components/ConsolidatePanel').then((m) => ({
      default: m.ConsolidatePanel,
    })),
  ),
  settings: lazy(() =>
    import(/* webpackChunkName: "settings" */ './components/SettingsPanel').then((m) => ({
      default: m.SettingsPanel,
    })),
  ),
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  logo: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
  heading: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  language: { flexShrink: 0 },
  // Wraps rather than clipping a tab in a narrow pane.
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The class's display would otherwise win over the `hidden` attribute.
  hidden: { display: 'none' },
  panelTitle: { margin: 0 },
});

/** Today in the computer's own time zone: the default as-of date (the core itself has no clock). */
export function localToday(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? '2025-01-01';
}

function portFor(host: OfficeHost): WorkbookPort {
  return host === 'excel' ? excelPort() : filePort();
}

/**
 * The task pane. `host` is null outside Excel (file mode). `port` and `today` are for tests: by
 * default the port follows the host (Office.js inside Excel, files and browser storage outside) and
 * today is the computer's date.
 */
export function App({ host, port, today }: { host: OfficeHost; port?: WorkbookPort; today?: IsoDate }) {
  const workbook = useMemo(() => port ?? portFor(host), [port, host]);
  const day = useMemo(() => today ?? localToday(), [today]);
  const state = useSettings(workbook, day);
  const pane: Pane = useMemo(
    () => ({ ...state, port: workbook, plan: deAn04, today: day }),
    [state, workbook, day],
  );
  return (
    <PaneProvider value={pane}>
      <Shell />
    </PaneProvider>
  );
}

/** Title, language switch, notices, and one tab per panel. */
function Shell() {
  const styles = useStyles();
  const { t, lang: shown, setLang } = useI18n();
  const { port, settings, loadProblems } = usePane();
  const { lang, changeLang } = useLanguage();
  const [panel, setPanel] = useState<PanelId>('template');
  // A panel is mounted when first shown and then kept (hidden), so switching tabs keeps its work.
  const [opened, setOpened] = useState<ReadonlySet<PanelId>>(() => new Set<PanelId>(['template']));

  // The stored language wins once, at start-up.
  const [storedLang] = useState(settings.lang);
  useEffect(() => {
    if (storedLang !== shown) setLang(storedLang);
    // Only at start-up: later changes go through changeLang.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" width={32} height={32} />
        <div className={styles.heading}>
          <Subtitle1 as="h1" className={styles.title}>
            {t.app.title}
          </Subtitle1>
          <Caption1 className={styles.subtitle}>{t.app.subtitle}</Caption1>
        </div>
        <LanguageSwitch variant="switch" className={styles.language} lang={lang} onChange={changeLang} />
      </header>

      {port.kind === 'file' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.fileMode.title}:</MessageBarTitle> {t.fileMode.body}
          </MessageBarBody>
        </MessageBar>
      )}
      {loadProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{loadProblems.map((f) => f.message[lang]).join(' ')}</MessageBarBody>
        </MessageBar>
      )}

      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t.tabs.listLabel}
        selectedValue={panel}
        onTabSelect={(_, data) => {
          const id = data.value;
          if (!isPanel(id)) return;
          setPanel(id);
          setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
        }}
      >
        {PANELS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>

      {PANELS.map((id) => {
        const Panel = PANEL_COMPONENTS[id];
        return (
          <section
            key={id}
            className={mergeClasses(styles.panel, panel !== id && styles.hidden)}
            role="tabpanel"
            id={`panel-${id}`}
            aria-labelledby={`tab-${id}`}
            hidden={panel !== id}
          >
            <Subtitle2 as="h2" className={styles.panelTitle}>
              {t.tabs[id]}
            </Subtitle2>
            {opened.has(id) && (
              <Suspense fallback={<Spinner size="small" label={t.common.loading} />}>
                <Panel />
              </Suspense>
            )}
          </section>
        );
      })}
    </div>
  );
}
