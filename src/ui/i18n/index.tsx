/**
 * Message catalogs and the locale the UI speaks. Dutch is the default; English when the host's
 * locale is English. Views read texts with useI18n() and never hold strings of their own.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { fillTemplate } from '../../domain/text';
import { dashboardEn } from './dashboard.en';
import { dashboardNl } from './dashboard.nl';
import { glossaryEn } from './glossary.en';
import { glossaryNl } from './glossary.nl';
import { intervisieEn } from './intervisie.en';
import { intervisieNl } from './intervisie.nl';
import { meetingEn } from './meeting.en';
import { meetingNl } from './meeting.nl';
import { plannerEn } from './planner.en';
import { plannerNl } from './planner.nl';
import { shellEn } from './shell.en';
import { shellNl } from './shell.nl';
import { type DeepStrings, talksEn } from './talks.en';
import { talksNl } from './talks.nl';
import { stepsEn } from './steps.en';
import { stepsNl } from './steps.nl';
import { staffPickerEn } from './staffPicker.en';
import { staffPickerNl } from './staffPicker.nl';
import { settingsEn } from './settings.en';
import { settingsNl } from './settings.nl';
import { teamScanEn } from './teamScan.en';
import { teamScanNl } from './teamScan.nl';

export type Language = 'nl' | 'en';

const DUTCH = { shell: shellNl, planner: plannerNl, steps: stepsNl, talks: talksNl, glossary: glossaryNl, dashboard: dashboardNl, teamScan: teamScanNl, intervisie: intervisieNl, staffPicker: staffPickerNl, meeting: meetingNl, settings: settingsNl };

/** The texts every view can read: the Dutch catalogs' shape, with any string in each place. */
export type Messages = DeepStrings<typeof DUTCH>;

const CATALOGS: Record<Language, Messages> = {
  nl: DUTCH,
  en: { shell: shellEn, planner: plannerEn, steps: stepsEn, talks: talksEn, glossary: glossaryEn, dashboard: dashboardEn, teamScan: teamScanEn, intervisie: intervisieEn, staffPicker: staffPickerEn, meeting: meetingEn, settings: settingsEn },
};

/** English for an English host locale, Dutch for everything else (the school's language). */
export function languageOf(locale: string): Language {
  return /^en(-|$)/i.test(locale) ? 'en' : 'nl';
}

export function messagesFor(language: Language): Messages {
  return CATALOGS[language];
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

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Calendar dates carry no time zone: read and write them in UTC so no day shifts.
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function createI18n(hostLocale: string): I18n {
  const language = languageOf(hostLocale);
  const locale = language === 'nl' ? 'nl-NL' : hostLocale.includes('-') ? hostLocale : 'en-GB';
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    language,
    locale,
    messages: messagesFor(language),
    format: fillTemplate,
    date: (isoDate, style = 'long') =>
      dateFormatter(
        locale,
        style === 'long'
          ? { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }
          : { day: 'numeric', month: 'short' },
      ).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    month: (yearMonth) =>
      dateFormatter(locale, { month: 'long', year: 'numeric' }).format(new Date(`${yearMonth.slice(0, 7)}-01T00:00:00Z`)),
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
