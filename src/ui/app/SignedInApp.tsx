/**
 * Everything past the page choice for the app itself: the local identity picker when nobody is
 * signed in yet, the access gate, then the shell (or the meeting side panel's view). Its own
 * chunk: the data layer, Graph client and shell load in parallel with the configuration (see
 * main.tsx), so the first chunk stays small (docs/performance.md).
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { listLocalIdentities, localOriginOf, type LocalTokenProvider } from '../../auth/local';
import type { AppConfig } from '../../config';
import { SCHEMA_FINGERPRINT } from '../../data';
import type { Host } from '../../host/types';
import { DataApiProvider } from '../data/DataApiContext';
import { useResource } from '../data/useResource';
import { useI18n } from '../i18n';
import { FailedState } from '../shell/FailedState';
import { GuestView } from '../shell/GuestView';
import { preloadSection, SIDE_PANEL_VIEW } from '../shell/sections';
import { Shell } from '../shell/Shell';
import { useSection } from '../shell/useSection';
import type { AppRootProps } from './AppRoot';
import { type AccessDependencies, checkAccess, hostSaysGuest } from './access';
import { browserNetwork, type Session, startSession, withEarlyTimeline } from './session';
import { initialLocalUser, LOCAL_USER_KEY } from './localUser';

type FetchFn = Pick<typeof globalThis, 'fetch'>['fetch'];
type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Local mode's picker is shown only until someone is picked, so it and its avatars are a chunk of
 * their own rather than part of every cold load (it suspends to AppRoot's spinner meanwhile).
 */
const IdentityPicker = lazy(() =>
  import(/* webpackChunkName: "identityPicker" */ '../shell/IdentityPicker').then((m) => ({ default: m.IdentityPicker })),
);

/** Tells the host the tab has loaded once what it wraps is on screen (Teams hides its spinner). */
function Loaded({ host, children }: { host: Host; children: ReactNode }) {
  useEffect(() => host.notifySuccess(), [host]);
  return <>{children}</>;
}

export function SignedInApp({ config, host, fetchFn, sessionStore, localStore, localToken }: AppRootProps) {
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
      {...(localToken ? { localToken } : {})}
      provisionedStore={localStore}
      outboxStore={sessionStore}
      {...(config.auth === 'local' && host.context.kind === 'browser' ? { onSwitchPerson: switchPerson } : {})}
    />
  );
}

interface GatedAppProps {
  config: AppConfig;
  host: Host;
  fetchFn: FetchFn;
  localUpn: string | null;
  /** The token provider main.tsx started for the remembered local person (used when it is still them). */
  localToken?: LocalTokenProvider;
  /** Remembers (per browser) that this version of the lists exists in the site. */
  provisionedStore: SessionStore;
  /** Where writes wait for the network (the tab's sessionStorage: survives a reload, holds pupil data). */
  outboxStore: SessionStore;
  onSwitchPerson?: () => void;
}

const PROVISIONED_KEY = 'driehoek.provisioned';

/**
 * In a tenant the first person to open the app creates its lists; after that, and after each
 * update that brings new lists or columns, it is asked once per browser (one GET when all is
 * there). The local server has its lists from the start.
 */
function accessDependencies(config: AppConfig, session: Session, store: SessionStore): AccessDependencies {
  if (config.auth === 'local') return { me: session.api.me };
  // Someone not on the staff list asks whether they are the tenant's first (then they become MT),
  // also on a later visit, in case that first attempt failed after the lists were made.
  const claimFirstRun = () => session.api.staffRoles.claimFirstRun();
  if (store.getItem(PROVISIONED_KEY) === SCHEMA_FINGERPRINT) return { me: session.api.me, claimFirstRun };
  return {
    me: session.api.me,
    claimFirstRun,
    provision: async () => {
      await session.api.provision();
      store.setItem(PROVISIONED_KEY, SCHEMA_FINGERPRINT);
    },
  };
}

function GatedApp({ config, host, fetchFn, localUpn, localToken, provisionedStore, outboxStore, onSwitchPerson }: GatedAppProps) {
  const { messages } = useI18n();
  const [section, navigate] = useSection();
  const [openedOn] = useState(section);
  const session = useMemo(() => {
    const network = browserNetwork();
    const started = startSession(config, host.context, localUpn, {
      fetchFn,
      ...(localToken ? { localToken } : {}),
      outbox: { storage: outboxStore, ...(network ? { network } : {}) },
    });
    // Who this is (the access gate asks next, and gets the same answer) goes out at once, and a
    // tab opened on the timeline reads it while the person is being signed in.
    started.api.me().catch(() => undefined);
    if (host.context.frameContext !== 'content' || openedOn !== 'tijdspad') return started;
    return { ...started, api: withEarlyTimeline(started.api) };
  }, [config, host, localUpn, localToken, fetchFn, outboxStore, openedOn]);
  const access = useResource(
    useCallback(() => checkAccess(host.context, accessDependencies(config, session, provisionedStore)), [host, config, session, provisionedStore]),
  );
  // In a tab the open section's view downloads while the person is signed in: after the sign-in's
  // first requests, which are on the path to the view's data and would otherwise wait for a free
  // connection behind the view's files (docs/performance.md, cold load).
  useEffect(() => {
    if (host.context.frameContext === 'content') preloadSection(openedOn);
  }, [host, openedOn]);

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
        <Shell
          me={verdict.me}
          section={section}
          onNavigate={navigate}
          {...(onSwitchPerson ? { onSwitchPerson } : {})}
          {...(session.api.pendingChanges ? { pendingChanges: session.api.pendingChanges } : {})}
          sessionStore={outboxStore}
        />
      )}
    </DataApiProvider>
  );
}
