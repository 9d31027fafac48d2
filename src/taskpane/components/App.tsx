import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import { t } from '../i18n';
import { usePaneState } from '../use-pane-state';
import { SettingsPanel } from './SettingsPanel';
import { ValidatePanel } from './ValidatePanel';
import { WritePanel } from './WritePanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: '100%', boxSizing: 'border-box' },
});

type TabId = 'findings' | 'write' | 'library' | 'settings';

// The library's entries and search index are large: loaded when its tab is first opened.
const LibraryTab = lazy(() => import(/* webpackChunkName: "library" */ './LibraryTab'));

export interface AppProps {
  /** The ribbon's 一键校验: validate as soon as the pane opens. */
  autorun?: boolean;
}

export function App({ autorun = false }: AppProps) {
  const s = useStyles();
  const [state, actions] = usePaneState(autorun);
  const [tab, setTab] = useState<TabId>('findings');
  const locale = state.settings.locale;
  return (
    <FluentProvider theme={webLightTheme} lang={locale} style={{ height: '100%' }}>
      <main className={s.root} aria-busy={state.busy}>
        <Text as="h1" size={500} weight="semibold">
          {t(locale, 'appTitle')}
        </Text>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
          <Tab value="findings" data-testid="tab-findings">
            {t(locale, 'tabFindings')}
          </Tab>
          <Tab value="write" data-testid="tab-write">
            {t(locale, 'tabWrite')}
          </Tab>
          <Tab value="library" data-testid="tab-library">
            {t(locale, 'tabLibrary')}
          </Tab>
          <Tab value="settings" data-testid="tab-settings">
            {t(locale, 'tabSettings')}
          </Tab>
        </TabList>
        {state.error && (
          <MessageBar intent="error" data-testid="error">
            <MessageBarBody>{state.error}</MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="success" data-testid="notice">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
        <div role="tabpanel">
          {tab === 'findings' && <ValidatePanel state={state} actions={actions} />}
          {tab === 'write' && <WritePanel result={state.result} locale={locale} busy={state.busy} onWrite={actions.write} />}
          {tab === 'library' && (
            <Suspense fallback={<Text>…</Text>}>
              <LibraryTab result={state.result} settings={state.settings} refresh={actions.refresh} />
            </Suspense>
          )}
          {tab === 'settings' && <SettingsPanel settings={state.settings} busy={state.busy} onSave={(next) => void actions.saveSettings(next)} />}
        </div>
      </main>
    </FluentProvider>
  );
}
