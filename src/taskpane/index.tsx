import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useOfficeHost } from './hooks/use-office-host';
import { I18nProvider, useT } from './i18n';

const useStyles = makeStyles({
  // The full-height page is a div inside the provider, not the provider itself: Fluent copies the
  // provider's classes onto every popup container, and a 100vh popup layer would cover the pane.
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  connecting: { paddingTop: '48px' },
});

function Connecting() {
  const t = useT();
  return <Spinner className={useStyles().connecting} size="small" label={t.app.connecting} />;
}

/** Waits for office.js (via the hook), then renders the shell in a theme that follows Office's. */
function Root() {
  const styles = useStyles();
  const office = useOfficeHost();
  return (
    <FluentProvider theme={office?.theme === 'dark' ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <I18nProvider>{office ? <App host={office.host} /> : <Connecting />}</I18nProvider>
      </div>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
