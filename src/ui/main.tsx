/**
 * The browser entry: read config.json, find out where we run (Teams or a plain browser), then
 * render. The only module that touches the page's globals; everything below gets them injected.
 */
// First, so the app chunk's download starts before React and Fluent are evaluated.
import { bootPage } from './boot';
import { createRoot } from 'react-dom/client';
import { ConfigError, loadConfig } from '../config';
import { detectHost } from '../host';
import { AppRoot } from './app/AppRoot';
import { earlyLocalToken } from './app/localUser';
import { preloadTenantSignIn } from './app/tenantSignIn';
import { languageOf, loadMessages, prepareFormatters } from './i18n';

const fetchFn: typeof fetch = (input, init) => window.fetch(input, init);

/**
 * The browser's storage, or a memory stand-in when the browser refuses it (a framed tab whose
 * third-party storage is blocked throws on the mere property read). Nothing kept there is
 * needed to work: it only spares a question on the next visit.
 */
function storageOr(read: () => Storage): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const storage = read();
    storage.getItem('driehoek');
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
  }
}

async function start(): Promise<void> {
  const page = bootPage;
  // The signed-in app's chunk is already downloading (boot.ts), beside the configuration; it
  // starts the open section's view once the sign-in's first requests are out (SignedInApp).
  const hostDetected = detectHost();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // Only the host's language's texts, beside the configuration. Once those downloads have
  // started, the idle CPU builds the language's formatters (prepareFormatters).
  const language = hostDetected.then((host) => {
    setTimeout(() => prepareFormatters(host.context.locale), 0);
    return languageOf(host.context.locale);
  });
  const sessionStore = storageOr(() => window.sessionStorage);
  const configured = Promise.all([loadConfig(fetchFn), hostDetected]);
  // In local mode a returning person's token is asked for as soon as the configuration is in,
  // while the app chunk still downloads.
  const localToken = configured.then(([config, host]) => (page === 'app' ? earlyLocalToken(config, host, sessionStore, fetchFn) : null));
  // In a tenant, MSAL downloads beside the app chunk rather than after it.
  configured.then(([config, host]) => page === 'app' && preloadTenantSignIn(config, host), () => undefined);
  const [[config, host], token] = await Promise.all([configured, localToken, language.then(loadMessages)]);
  document.documentElement.lang = await language;
  root.render(
    <AppRoot
      config={config}
      host={host}
      fetchFn={fetchFn}
      sessionStore={sessionStore}
      {...(token ? { localToken: token } : {})}
      localStore={storageOr(() => window.localStorage)}
      page={page}
      origin={window.location.origin}
      search={window.location.search}
    />,
  );
}

start().catch((error: unknown) => {
  // Before React runs there is no catalog yet: say it in both languages.
  const message =
    error instanceof ConfigError
      ? 'Driehoek is niet goed ingesteld. / Driehoek is not set up correctly.'
      : 'Driehoek kon niet starten. / Driehoek could not start.';
  const element = document.getElementById('root');
  if (element) element.textContent = message;
  console.error(error);
});
