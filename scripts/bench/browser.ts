/** Headless Chromium (Debian's, never a downloaded one) and the DevTools throttling of the cold-load figure. */
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import type { BenchContext } from './types';

/** The flags the project's end-to-end tests use. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launch(ctx: BenchContext): Promise<Browser> {
  return chromium.launch({ executablePath: ctx.chromium, args: CHROMIUM_ARGS });
}

/** A school laptop on a weak connection: 4× slower CPU, slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up). */
export const SLOW_PROFILE = {
  cpuRate: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
} as const;

export async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PROFILE.cpuRate });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PROFILE.latencyMs,
    // CDP wants bytes per second.
    downloadThroughput: SLOW_PROFILE.downloadBitsPerSecond / 8,
    uploadThroughput: SLOW_PROFILE.uploadBitsPerSecond / 8,
  });
}

/** Local mode remembers the picked person per tab: set it before the app runs, as a returning user has it. */
export async function rememberLocalUser(context: BrowserContext, upn: string): Promise<void> {
  await context.addInitScript((user: string) => window.sessionStorage.setItem('driehoek.localUser', user), upn);
}

/**
 * Records `performance.now()` at the first frame after an element matching `selector` whose
 * text is one of `texts` (any text when empty) is in the document; read it with `readyAt`.
 */
export async function markWhenShown(context: BrowserContext, selector: string, texts: readonly string[]): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner helpers in its own __name(),
  // which does not exist in the page.
  await context.addInitScript(`(() => {
    const selector = ${JSON.stringify(selector)};
    const wanted = ${JSON.stringify(texts)};
    const found = () => Array.from(document.querySelectorAll(selector))
      .some((e) => wanted.length === 0 || wanted.includes((e.textContent || '').trim()));
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.__benchReadyAt = performance.now(); });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`);
}

/** Milliseconds from navigation start to the mark, waiting up to `timeoutMs` for it. */
export async function readyAt(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt, undefined, {
    timeout: timeoutMs,
    polling: 100,
  });
  return Number(await handle.jsonValue());
}
