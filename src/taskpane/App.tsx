import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  Switch,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { OfficeHost } from './hooks/use-office-host';
import { useI18n } from './i18n';

/** The task pane's panels, in tab order. */
export const PANELS = ['template', 'check', 'consolidate', 'settings'] as const;
export type PanelId = (typeof PANELS)[number];

const isPanel = (value: unknown): value is PanelId => PANELS.some((id) => id === value);

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
  panelTitle: { margin: 0 },
});

/**
 * The shell: title, language switch, the file-mode notice outside Excel, and one tab per panel.
 * `host` is null outside Excel (file mode).
 */
export function App({ host }: { host: OfficeHost }) {
  const styles = useStyles();
  const { lang, setLang, t } = useI18n();
  const [panel, setPanel] = useState<PanelId>('template');

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
        <Switch
          className={styles.language}
          label={t.language.switchLabel}
          title={t.language.switchHint}
          checked={lang === 'en'}
          onChange={(_, data) => setLang(data.checked ? 'en' : 'vi')}
        />
      </header>

      {host === null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.fileMode.title}:</MessageBarTitle> {t.fileMode.body}
          </MessageBarBody>
        </MessageBar>
      )}

      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t.tabs.listLabel}
        selectedValue={panel}
        onTabSelect={(_, data) => {
          if (isPanel(data.value)) setPanel(data.value);
        }}
      >
        {PANELS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>

      <section
        className={styles.panel}
        role="tabpanel"
        id={`panel-${panel}`}
        aria-labelledby={`tab-${panel}`}
      >
        <Subtitle2 as="h2" className={styles.panelTitle}>
          {t.tabs[panel]}
        </Subtitle2>
      </section>
    </div>
  );
}
