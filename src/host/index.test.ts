import { createBrowserHost } from './browser';
import { detectHost, HostTimeoutError, mayRunInTeams, type DetectHostDeps, type FrameInfo } from './index';
import type { Host } from './types';

/** A top-level window is its own parent. */
const topLevel = (): FrameInfo => {
  const win = {};
  return { self: win, parent: win, opener: null };
};
const framed = (): FrameInfo => ({ self: {}, parent: {}, opener: null });

const teamsHost: Host = {
  context: { kind: 'teams', frameContext: 'content', locale: 'nl-NL', theme: 'default' },
  onThemeChange: () => () => undefined,
  notifySuccess: () => undefined,
};

function deps(overrides: Partial<DetectHostDeps>): Partial<DetectHostDeps> {
  return {
    browser: { search: '?lang=en', languages: [] },
    onFallback: jest.fn(),
    ...overrides,
  };
}

describe('mayRunInTeams', () => {
  it('is false for a top-level tab', () => {
    expect(mayRunInTeams(topLevel())).toBe(false);
  });

  it('is true in an iframe (Teams web and desktop), a popup, or the Teams mobile webview', () => {
    expect(mayRunInTeams(framed())).toBe(true);
    const self = {};
    expect(mayRunInTeams({ self, parent: self, opener: {} })).toBe(true);
    expect(mayRunInTeams({ self, parent: self, opener: null, nativeInterface: {} })).toBe(true);
  });
});

describe('detectHost', () => {
  afterEach(() => jest.useRealTimers());

  it('returns the browser host at once in a top-level tab, without touching teams-js', async () => {
    const connectTeams = jest.fn(async () => teamsHost);
    const host = await detectHost(deps({ frame: topLevel(), connectTeams }));
    expect(connectTeams).not.toHaveBeenCalled();
    expect(host.context).toMatchObject({ kind: 'browser', locale: 'en-US' });
  });

  it('returns the Teams host when Teams answers', async () => {
    const host = await detectHost(deps({ frame: framed(), connectTeams: async () => teamsHost }));
    expect(host).toBe(teamsHost);
  });

  it('falls back to local mode when Teams never answers', async () => {
    jest.useFakeTimers();
    const onFallback = jest.fn();
    let settled = false;
    const detecting = detectHost(
      deps({ frame: framed(), connectTeams: () => new Promise<Host>(() => undefined), teamsTimeoutMs: 3000, onFallback }),
    ).finally(() => {
      settled = true;
    });

    await jest.advanceTimersByTimeAsync(2999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const host = await detecting;
    expect(host.context.kind).toBe('browser');
    expect(onFallback).toHaveBeenCalledWith(expect.any(HostTimeoutError));
    expect(jest.getTimerCount()).toBe(0);
  });

  it('falls back to local mode when teams-js fails, and clears its timer', async () => {
    jest.useFakeTimers();
    const onFallback = jest.fn();
    const failure = new Error('Initialization Failed. No Parent window found.');
    const host = await detectHost(
      deps({
        frame: framed(),
        connectTeams: async () => {
          throw failure;
        },
        onFallback,
      }),
    );
    expect(host.context.kind).toBe('browser');
    expect(onFallback).toHaveBeenCalledWith(failure);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('also falls back when connecting throws synchronously', async () => {
    const host = await detectHost(
      deps({
        frame: framed(),
        connectTeams: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(host.context.kind).toBe('browser');
  });

  it('ignores a Teams answer that comes after the timeout', async () => {
    jest.useFakeTimers();
    let answer: (host: Host) => void = () => undefined;
    const detecting = detectHost(
      deps({ frame: framed(), connectTeams: () => new Promise<Host>((resolve) => (answer = resolve)), teamsTimeoutMs: 10 }),
    );
    await jest.advanceTimersByTimeAsync(10);
    answer(teamsHost);
    expect((await detecting).context.kind).toBe('browser');
  });

  it('gives the same browser host as createBrowserHost', async () => {
    const browser = { search: '?frame=sidePanel&theme=dark', languages: ['nl-BE'] };
    const host = await detectHost({ frame: topLevel(), browser });
    expect(host.context).toEqual(createBrowserHost(browser).context);
  });
});
