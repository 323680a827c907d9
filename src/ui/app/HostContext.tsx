/**
 * Where the app runs, for views that adapt to it (the meeting side panel, the stage). Views read
 * the context; only the shell talks to the host itself.
 */
import { createContext, type ReactNode, useContext } from 'react';
import type { Host, HostContext } from '../../host/types';

const HostReactContext = createContext<Host | null>(null);

export function HostProvider({ host, children }: { host: Host; children: ReactNode }) {
  return <HostReactContext.Provider value={host}>{children}</HostReactContext.Provider>;
}

/** The host's context (frame context, meeting id, user, locale). */
export function useHostContext(): HostContext {
  const host = useContext(HostReactContext);
  if (!host) throw new Error('useHostContext needs a HostProvider above it');
  return host.context;
}

/** The host itself, for the few actions views may take (e.g. share to the meeting stage). */
export function useHost(): Host {
  const host = useContext(HostReactContext);
  if (!host) throw new Error('useHost needs a HostProvider above it');
  return host;
}
