/**
 * The app from configuration and host to the open view: theme and language from the host,
 * the local identity picker when there is no one signed in yet, the access gate, then the shell.
 */
import { FluentProvider, makeStaticStyles, makeStyles, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import type { LocalTokenProvider } from '../../auth/local';
import type { AppConfig } from '../../config';
import type { Host } from '../../host/types';
import { I18nProvider, useI18n, withViewMessages } from '../i18n';
import { InfoPage } from '../pages/InfoPage';
import { loadSignedInApp } from './appChunk';
import { HostProvider } from './HostContext';
import type { AppPage } from './page';
import { THEMES } from './themes';
import { useHostTheme } from './useHostTheme';

type FetchFn = Pick<typeof globalThis, 'fetch'>['fetch'];
type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface AppRootProps {
  config: AppConfig;
  host: Host;
  fetchFn: FetchFn;
  sessionStore: SessionStore;
  /** Kept across visits: only non-secret facts (e.g. the lists exist), never a token. */
  localStore: SessionStore;
  /** From `?view=`: the app, the tab's settings page or an info page. */
  page: AppPage;
  /** The app's own origin, for the tab's content URL. */
  origin: string;
  /** The URL's query, for the meeting stage's content (catalog keys only). */
  search?: string;
  /** Local mode: the remembered person's token, asked for at boot (localUser.ts). */
  localToken?: LocalTokenProvider;
}

const useStyles = makeStyles({ root: { minHeight: '100vh' } });
/** The page itself: no browser margin around the Teams-coloured surface. */
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

export function AppRoot(props: AppRootProps) {
  usePageStyles();
  const styles = useStyles();
  const theme = useHostTheme(props.host);
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root} lang={props.host.context.locale}>
      <HostProvider host={props.host}>
        <I18nProvider locale={props.host.context.locale}>
          <Page {...props} />
        </I18nProvider>
      </HostProvider>
    </FluentProvider>
  );
}

/** The settings page is needed only while a tab is added. */
const SignedInApp = lazy(() => loadSignedInApp().then((m) => ({ default: m.SignedInApp })));
/**
 * The meeting stage (frame context meetingStage, or `?view=stage`): static catalog texts only,
 * so it can be shown to everyone in the meeting without anyone signing in.
 */
const StageView = lazy(
  withViewMessages(() => import(/* webpackChunkName: "stage" */ '../views/stage').then((m) => ({ default: m.StageView }))),
);
const ConfigPage = lazy(() => import(/* webpackChunkName: "config" */ '../pages/ConfigPage').then((m) => ({ default: m.ConfigPage })));

/** The info and settings pages and the meeting stage need nobody signed in and read no data. */
function Page(props: AppRootProps) {
  const { messages } = useI18n();
  // Whatever URL Teams opens on the meeting stage, everyone in the meeting (parents included)
  // sees it: there it is always the data-free stage page.
  const page = props.host.context.frameContext === 'meetingStage' ? 'stage' : props.page;
  useEffect(() => {
    if (page !== 'app') props.host.notifySuccess();
  }, [page, props.host]);
  const loading = <Spinner label={messages.shell.app.loading} />;
  switch (page) {
    case 'app':
      return (
        <Suspense fallback={loading}>
          <SignedInApp {...props} />
        </Suspense>
      );
    case 'stage':
      return (
        <Suspense fallback={loading}>
          <StageView search={props.search ?? ''} />
        </Suspense>
      );
    case 'config':
      return (
        <Suspense fallback={loading}>
          <ConfigPage tabConfig={props.host.tabConfig} origin={props.origin} />
        </Suspense>
      );
    default:
      return <InfoPage kind={page} appHref="index.html" />;
  }
}
