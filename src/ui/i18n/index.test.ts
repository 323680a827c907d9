import { createI18n, languageOf, loadMessages, withViewMessages } from './index';

describe('i18n', () => {
  it('loads a language once and speaks it', async () => {
    await loadMessages('en');
    await loadMessages('nl');
    expect(createI18n('en-US').messages.shell.nav.tijdspad).toBe('Timeline');
    expect(createI18n('nl-NL').messages.shell.nav.tijdspad).toBe('Tijdspad');
  });

  it('hands a view its module once the texts past the shell are in', async () => {
    const view = { default: 'the view' };
    await expect(withViewMessages(() => Promise.resolve(view))()).resolves.toBe(view);
    expect(createI18n('nl-NL').messages.planner.timeline.heading).toBeTruthy();
  });

  it('speaks English for an English locale and Dutch for any other', () => {
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('de-DE')).toBe('nl');
  });
});
