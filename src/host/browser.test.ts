import {
  browserEnvironment,
  CONTRAST_QUERY,
  createBrowserHost,
  DARK_QUERY,
  readBrowserContext,
  type BrowserEnvironment,
  type MediaQueryListLike,
} from './browser';

/** matchMedia over a settable set of matching queries, firing "change" like a browser. */
function fakeMedia(initial: string[] = []) {
  const matching = new Set(initial);
  const listeners = new Map<string, Set<() => void>>();
  const matchMedia = (query: string): MediaQueryListLike => ({
    get matches() {
      return matching.has(query);
    },
    addEventListener: (_type, listener) => {
      const set = listeners.get(query) ?? new Set();
      set.add(listener);
      listeners.set(query, set);
    },
    removeEventListener: (_type, listener) => listeners.get(query)?.delete(listener),
  });
  const set = (query: string, matches: boolean) => {
    if (matches) matching.add(query);
    else matching.delete(query);
    for (const listener of listeners.get(query) ?? []) listener();
  };
  const listenerCount = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  return { matchMedia, set, listenerCount };
}

function env(overrides: Partial<BrowserEnvironment> = {}): BrowserEnvironment {
  return { search: '', languages: ['nl-NL'], ...overrides };
}

describe('readBrowserContext', () => {
  it('defaults to Dutch, content, default theme', () => {
    expect(readBrowserContext(env({ languages: [] }))).toEqual({
      kind: 'browser',
      frameContext: 'content',
      locale: 'nl-NL',
      theme: 'default',
    });
  });

  it.each([
    [['nl'], 'nl-NL'],
    [['nl-BE', 'en-US'], 'nl-BE'],
    [['en-US'], 'en-US'],
    [['en'], 'en-US'],
    [['de-DE', 'en-GB'], 'en-GB'],
    [['fr-FR'], 'nl-NL'],
  ])('follows the browser languages %p → %s', (languages, locale) => {
    expect(readBrowserContext(env({ languages })).locale).toBe(locale);
  });

  it('lets ?lang= override the browser, unless the app does not speak it', () => {
    expect(readBrowserContext(env({ search: '?lang=en', languages: ['nl-NL'] })).locale).toBe('en-US');
    expect(readBrowserContext(env({ search: 'lang=en-GB' })).locale).toBe('en-GB');
    expect(readBrowserContext(env({ search: '?lang=de', languages: ['en-US'] })).locale).toBe('en-US');
  });

  it('previews other frame contexts with ?frame=', () => {
    expect(readBrowserContext(env({ search: '?frame=sidePanel' })).frameContext).toBe('sidePanel');
    expect(readBrowserContext(env({ search: '?frame=meetingStage' })).frameContext).toBe('meetingStage');
    expect(readBrowserContext(env({ search: '?frame=settings' })).frameContext).toBe('settings');
    expect(readBrowserContext(env({ search: '?frame=task' })).frameContext).toBe('content');
  });

  it('takes the theme from ?theme=, else from the browser preferences', () => {
    expect(readBrowserContext(env({ search: '?theme=dark' })).theme).toBe('dark');
    expect(readBrowserContext(env({ search: '?theme=contrast' })).theme).toBe('contrast');
    expect(readBrowserContext(env({ search: '?theme=light', matchMedia: fakeMedia([DARK_QUERY]).matchMedia })).theme).toBe(
      'default',
    );
    expect(readBrowserContext(env({ matchMedia: fakeMedia([DARK_QUERY]).matchMedia })).theme).toBe('dark');
    expect(readBrowserContext(env({ matchMedia: fakeMedia([DARK_QUERY, CONTRAST_QUERY]).matchMedia })).theme).toBe(
      'contrast',
    );
    expect(readBrowserContext(env({ search: '?theme=purple' })).theme).toBe('default');
  });
});

describe('createBrowserHost', () => {
  it('follows the colour scheme live', () => {
    const media = fakeMedia();
    const host = createBrowserHost(env({ matchMedia: media.matchMedia }));
    const seen: string[] = [];
    const unsubscribe = host.onThemeChange((theme) => seen.push(theme));

    media.set(DARK_QUERY, true);
    expect(host.context.theme).toBe('dark');
    media.set(CONTRAST_QUERY, true);
    media.set(CONTRAST_QUERY, false); // leaving high contrast shows dark mode again
    media.set(DARK_QUERY, false);
    expect(seen).toEqual(['dark', 'contrast', 'dark', 'default']);

    unsubscribe();
    media.set(DARK_QUERY, true);
    expect(seen).toHaveLength(4);
    expect(host.context.theme).toBe('dark');
  });

  it('keeps a theme fixed by ?theme= and does not listen to the browser', () => {
    const media = fakeMedia();
    const host = createBrowserHost(env({ search: '?theme=contrast', matchMedia: media.matchMedia }));
    expect(media.listenerCount()).toBe(0);
    media.set(DARK_QUERY, true);
    expect(host.context.theme).toBe('contrast');
  });

  it('has nothing to notify and no Teams-only capabilities', () => {
    const host = createBrowserHost(env());
    expect(() => host.notifySuccess()).not.toThrow();
    expect(() => host.notifyFailure?.('Other')).not.toThrow();
    expect(host.tabConfig).toBeUndefined();
    expect(host.meetingStage).toBeUndefined();
  });
});

describe('browserEnvironment', () => {
  it('reads location, languages and matchMedia from a window', () => {
    const matchMedia = jest.fn(() => fakeMedia().matchMedia('x'));
    const win = {
      location: { search: '?lang=en' },
      navigator: { languages: [], language: 'en-GB' },
      matchMedia,
    } as unknown as Window;
    const read = browserEnvironment(win);
    expect(read.search).toBe('?lang=en');
    expect(read.languages).toEqual(['en-GB']); // navigator.language when languages is empty
    read.matchMedia?.(DARK_QUERY);
    expect(matchMedia).toHaveBeenCalledWith(DARK_QUERY);
  });
});
