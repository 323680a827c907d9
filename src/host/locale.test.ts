import { DEFAULT_LOCALE, resolveLocale, supportedLocale } from './locale';

describe('supportedLocale', () => {
  it.each([
    ['nl', 'nl-NL'],
    ['nl-nl', 'nl-NL'],
    ['nl-BE', 'nl-BE'],
    ['en', 'en-US'],
    ['en_GB', 'en-GB'],
    ['EN-us', 'en-US'],
    ['en-Latn-US', 'en-US'],
  ])('%s → %s', (tag, expected) => {
    expect(supportedLocale(tag)).toBe(expected);
  });

  it.each([['de-DE'], ['fr'], [''], ['not a locale!'], [null], [undefined]])('%p is not supported', (tag) => {
    expect(supportedLocale(tag)).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('takes the first supported candidate', () => {
    expect(resolveLocale(['de-DE', 'en-GB', 'nl-NL'])).toBe('en-GB');
  });

  it('falls back to Dutch', () => {
    expect(resolveLocale(['fr-FR', undefined])).toBe(DEFAULT_LOCALE);
    expect(resolveLocale([])).toBe('nl-NL');
  });
});
