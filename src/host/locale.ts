/**
 * The app speaks Dutch first and English second (DESIGN: "Language and look"). Both adapters
 * turn whatever the host or browser says into a locale the app supports, so the UI can pick its
 * catalog from the language and format dates with the region the user chose.
 */
export const DEFAULT_LOCALE = 'nl-NL';

type AppLanguage = 'nl' | 'en';

/** The region to assume when a host only says "nl" or "en". */
const DEFAULT_REGION: Record<AppLanguage, string> = { nl: 'NL', en: 'US' };

function isAppLanguage(language: string): language is AppLanguage {
  return language === 'nl' || language === 'en';
}

/**
 * `tag` as a canonical "ll-RR" locale when it is Dutch or English, else undefined.
 * Accepts Teams' lower-case "nl-nl" and POSIX-style "en_GB"; drops scripts and variants.
 */
export function supportedLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return undefined; // not a BCP-47 tag at all
  }
  const { language } = locale;
  if (!isAppLanguage(language)) return undefined;
  return `${language}-${locale.region ?? DEFAULT_REGION[language]}`;
}

/** The first candidate the app supports, in order of preference, else nl-NL. */
export function resolveLocale(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    const locale = supportedLocale(candidate);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
