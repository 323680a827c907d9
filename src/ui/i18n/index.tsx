/**
 * Message catalogs and the locale the UI speaks. Dutch is the default; English when the host's
 * locale is English. Views read texts with useI18n() and never hold strings of their own.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { fillTemplate } from '../../domain/text';
import type { nl } from './nl';
import type { shellNl } from './shell.nl';
import type { DeepStrings } from './talks.en';

export type Language = 'nl' | 'en';

/** The texts every view can read: the Dutch catalogs' shape, with any string in each place. */
export type Messages = DeepStrings<{ shell: typeof shellNl } & typeof nl>;

/**
 * Only the host's language is loaded, in two chunks of their own, so the first chunk carries no
 * texts (docs/performance.md): the shell's texts before the first render (main.tsx), the other
 * areas' beside the chunk of the first view or page that needs them (withViewMessages). A view
 * renders only once they are in, so the object the I18n hands out is complete by then.
 */
const loaded: Partial<Record<Language, Partial<Messages>>> = {};

export function registerMessages(language: Language, messages: Partial<Messages>): void {
  loaded[language] = Object.assign(loaded[language] ?? {}, messages);
}

/** The shell's texts of a language. */
export async function loadMessages(language: Language): Promise<void> {
  if (loaded[language]?.shell) return;
  registerMessages(language, {
    shell:
      language === 'nl'
        ? (await import(/* webpackChunkName: "nl-shell" */ './shell.nl')).shellNl
        : (await import(/* webpackChunkName: "en-shell" */ './shell.en')).shellEn,
  });
}

/** The other areas' texts of the language(s) whose shell is loaded. */
async function loadViewMessages(): Promise<void> {
  await Promise.all(
    (Object.keys(loaded) as Language[])
      .filter((language) => !loaded[language]?.planner)
      .map(async (language) =>
        registerMessages(
          language,
          language === 'nl'
            ? (await import(/* webpackChunkName: "nl" */ './nl')).nl
            : (await import(/* webpackChunkName: "en" */ './en')).en,
        ),
      ),
  );
}

/** A lazy view's or page's loader that also brings the texts of the areas past the shell. */
export function withViewMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadViewMessages()]).then(([module]) => module);
}

/** English for an English host locale, Dutch for everything else (the school's language). */
export function languageOf(locale: string): Language {
  return /^en(-|$)/i.test(locale) ? 'en' : 'nl';
}

export function messagesFor(language: Language): Messages {
  const messages = loaded[language];
  if (!messages?.shell) throw new Error(`the ${language} catalogs are not loaded (loadMessages)`);
  return messages as Messages;
}

export interface I18n {
  language: Language;
  /** BCP-47 tag used for dates and numbers. */
  locale: string;
  messages: Messages;
  /** Fills `{name}` placeholders of a catalog text. */
  format(template: string, params: Record<string, string | number>): string;
  /** A calendar date (YYYY-MM-DD) written out, e.g. "di 3 september 2026". */
  date(isoDate: string, style?: 'long' | 'short'): string;
  /** Month name and year for a YYYY-MM key. */
  month(yearMonth: string): string;
  number(value: number): string;
}

interface Formatters {
  numbers: Intl.NumberFormat;
  dates: Record<'long' | 'short', Intl.DateTimeFormat>;
  months: Intl.DateTimeFormat;
}

/** The BCP-47 tag for dates and numbers: the Dutch school's for Dutch, the host's own English. */
function formattingLocaleOf(hostLocale: string): string {
  return languageOf(hostLocale) === 'nl' ? 'nl-NL' : hostLocale.includes('-') ? hostLocale : 'en-GB';
}

const formatterSets = new Map<string, Formatters>();
function formattersFor(locale: string): Formatters {
  let set = formatterSets.get(locale);
  if (!set) {
    // Calendar dates carry no time zone: read and write them in UTC so no day shifts.
    const dates = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    set = {
      numbers: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      dates: {
        long: dates({ weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }),
        short: dates({ day: 'numeric', month: 'short' }),
      },
      months: dates({ month: 'long', year: 'numeric' }),
    };
    formatterSets.set(locale, set);
  }
  return set;
}

/**
 * Builds the locale's formatters ahead (main.tsx calls it while the first chunks download): an
 * Intl formatter takes tens of milliseconds on a weak laptop, which would otherwise land in the
 * boot's busiest moment or a view's first render (docs/performance.md, cold load).
 */
export function prepareFormatters(hostLocale: string): void {
  formattersFor(formattingLocaleOf(hostLocale));
}

export function createI18n(hostLocale: string): I18n {
  const language = languageOf(hostLocale);
  const locale = formattingLocaleOf(hostLocale);
  const { numbers, dates, months } = formattersFor(locale);
  return {
    language,
    locale,
    messages: messagesFor(language),
    format: fillTemplate,
    date: (isoDate, style = 'long') => dates[style].format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    month: (yearMonth) => months.format(new Date(`${yearMonth.slice(0, 7)}-01T00:00:00Z`)),
    number: (value) => numbers.format(value),
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider above it');
  return value;
}
