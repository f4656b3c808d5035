import { FluentProvider, Spinner, makeStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useOfficeHost } from './hooks/use-office-host';
import { I18nProvider, useT } from './i18n';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
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
    <FluentProvider
      className={styles.provider}
      theme={office?.theme === 'dark' ? webDarkTheme : webLightTheme}
    >
      <I18nProvider>{office ? <App host={office.host} /> : <Connecting />}</I18nProvider>
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
