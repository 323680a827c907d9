/**
 * The app from configuration and host to the open view: theme and language from the host,
 * the local identity picker when there is no one signed in yet, the access gate, then the shell.
 */
import { FluentProvider, makeStaticStyles, makeStyles, Spinner } from '@fluentui/react-components';
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { listLocalIdentities, localOriginOf } from '../../auth/local';
import type { AppConfig } from '../../config';
import { SCHEMA_FINGERPRINT } from '../../data';
import type { Host } from '../../host/types';
import { DataApiProvider } from '../data/DataApiContext';
import { useResource } from '../data/useResource';
import { I18nProvider, useI18n } from '../i18n';
import { FailedState } from '../shell/FailedState';
import { GuestView } from '../shell/GuestView';
import { IdentityPicker } from '../shell/IdentityPicker';
import { SIDE_PANEL_VIEW, STAGE_VIEW } from '../shell/sections';
import { Shell } from '../shell/Shell';
import { useSection } from '../shell/useSection';
import { ConfigPage } from '../pages/ConfigPage';
import { InfoPage } from '../pages/InfoPage';
import { HostProvider } from './HostContext';
import { type AccessDependencies, checkAccess, hostSaysGuest } from './access';
import type { AppPage } from './page';
import { type Session, startSession } from './session';
import { THEMES } from './themes';
import { useHostTheme } from './useHostTheme';

type FetchFn = Pick<typeof globalThis, 'fetch'>['fetch'];
type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Only the picked person's name is remembered (per tab), never a token. */
const LOCAL_USER_KEY = 'driehoek.localUser';

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

/** Tells the host the tab has loaded once what it wraps is on screen (Teams hides its spinner). */
function Loaded({ host, children }: { host: Host; children: ReactNode }) {
  useEffect(() => host.notifySuccess(), [host]);
  return <>{children}</>;
}

/** The info and settings pages and the meeting stage need nobody signed in and read no data. */
function Page(props: AppRootProps) {
  const { messages } = useI18n();
  // Whatever URL Teams opens on the meeting stage, everyone in the meeting (parents included)
  // sees it: there it is always the data-free stage page.
  const page = props.host.context.frameContext === 'meetingStage' ? 'stage' : props.page;
  useEffect(() => {
    if (page !== 'app') props.host.notifySuccess();
  }, [page, props.host]);
  switch (page) {
    case 'app':
      return <SignedInApp {...props} />;
    case 'stage':
      return (
        <Suspense fallback={<Spinner label={messages.shell.app.loading} />}>
          <STAGE_VIEW search={props.search ?? ''} />
        </Suspense>
      );
    case 'config':
      return <ConfigPage tabConfig={props.host.tabConfig} origin={props.origin} />;
    default:
      return <InfoPage kind={page} appHref="index.html" />;
  }
}

/**
 * Local mode's person: the one picked earlier in this tab, or, when a (test) Teams host frames
 * the local app, the person its context names, so the tab opens as it would in Teams.
 */
function initialLocalUser(config: AppConfig, host: Host, sessionStore: SessionStore): string | null {
  if (config.auth !== 'local') return null;
  const fromTeams = host.context.kind === 'teams' ? host.context.user?.loginHint : undefined;
  return sessionStore.getItem(LOCAL_USER_KEY) ?? fromTeams ?? null;
}

function SignedInApp({ config, host, fetchFn, sessionStore, localStore }: AppRootProps) {
  const [localUpn, setLocalUpn] = useState<string | null>(() => initialLocalUser(config, host, sessionStore));
  const loadIdentities = useCallback(() => listLocalIdentities(localOriginOf(config.graphBaseUrl), fetchFn), [config, fetchFn]);
  const switchPerson = useCallback(() => {
    sessionStore.removeItem(LOCAL_USER_KEY);
    setLocalUpn(null);
  }, [sessionStore]);

  // An anonymous or guest participant is never offered a sign-in, not even the local one.
  if (hostSaysGuest(host.context.user)) {
    return (
      <Loaded host={host}>
        <GuestView />
      </Loaded>
    );
  }
  if (config.auth === 'local' && !localUpn) {
    return (
      <IdentityPicker
        loadIdentities={loadIdentities}
        onPick={(person) => {
          sessionStore.setItem(LOCAL_USER_KEY, person.upn);
          setLocalUpn(person.upn);
        }}
      />
    );
  }
  return (
    <GatedApp
      key={localUpn ?? 'tenant'}
      config={config}
      host={host}
      fetchFn={fetchFn}
      localUpn={localUpn}
      provisionedStore={localStore}
      {...(config.auth === 'local' && host.context.kind === 'browser' ? { onSwitchPerson: switchPerson } : {})}
    />
  );
}

interface GatedAppProps {
  config: AppConfig;
  host: Host;
  fetchFn: FetchFn;
  localUpn: string | null;
  /** Remembers (per browser) that this version of the lists exists in the site. */
  provisionedStore: SessionStore;
  onSwitchPerson?: () => void;
}

const PROVISIONED_KEY = 'driehoek.provisioned';

/**
 * In a tenant the first person to open the app creates its lists; after that, and after each
 * update that brings new lists or columns, it is asked once per browser (one GET when all is
 * there). The local server has its lists from the start.
 */
function accessDependencies(config: AppConfig, session: Session, store: SessionStore): AccessDependencies {
  if (config.auth === 'local' || store.getItem(PROVISIONED_KEY) === SCHEMA_FINGERPRINT) return { me: session.api.me };
  return {
    me: session.api.me,
    provision: async () => {
      await session.api.provision();
      store.setItem(PROVISIONED_KEY, SCHEMA_FINGERPRINT);
    },
  };
}

function GatedApp({ config, host, fetchFn, localUpn, provisionedStore, onSwitchPerson }: GatedAppProps) {
  const { messages } = useI18n();
  const session = useMemo(() => startSession(config, host.context, localUpn, { fetchFn }), [config, host, localUpn, fetchFn]);
  const access = useResource(
    useCallback(() => checkAccess(host.context, accessDependencies(config, session, provisionedStore)), [host, config, session, provisionedStore]),
  );
  const [section, navigate] = useSection();

  useEffect(() => {
    if (access.state !== 'loading') host.notifySuccess();
  }, [access.state, host]);

  if (access.state === 'loading') return <Spinner label={messages.shell.app.loading} />;
  if (access.state === 'failed') return <FailedState error={access.error} onRetry={access.reload} />;
  const verdict = access.data;
  if (verdict.kind === 'guest') return <GuestView {...(onSwitchPerson ? { onSwitchPerson } : {})} />;
  if (verdict.kind === 'failed') return <FailedState error={verdict.error} onRetry={access.reload} />;
  if (verdict.kind === 'needsOwner') return <FailedState message={messages.shell.errors.needsOwner} onRetry={access.reload} />;
  return (
    <DataApiProvider api={session.api}>
      {host.context.frameContext === 'sidePanel' ? (
        <Suspense fallback={<Spinner label={messages.shell.app.loading} />}>
          <SIDE_PANEL_VIEW />
        </Suspense>
      ) : (
        <Shell me={verdict.me} section={section} onNavigate={navigate} {...(onSwitchPerson ? { onSwitchPerson } : {})} />
      )}
    </DataApiProvider>
  );
}
