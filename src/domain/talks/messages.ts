import type { AgreementOwner } from './agreements';
import type { AgendaKey, QuestionKey } from './templates';
import type { CatalogText, TalkMode, TalkRole, TalkType } from './types';

/**
 * The shape of the talks catalog (src/ui/i18n/talks.nl.ts, talks.en.ts). The renderers here
 * receive it as a parameter so the domain stays free of the UI while the compiler checks that
 * every key a template names has a text in both languages. `{name}` placeholders are filled
 * with fillTemplate from ../text.
 */
export interface TalkMessages {
  /** BCP 47 tag for dates and times, e.g. "nl-NL". */
  locale: string;
  types: Record<TalkType, { name: string; purpose: string }>;
  roles: Record<TalkRole, string>;
  modes: Record<TalkMode, string>;
  agenda: Record<AgendaKey, string>;
  questions: Record<QuestionKey, string>;
  owners: Record<AgreementOwner, string>;
  /** Side-panel prompts, shown in this order. */
  prompts: Record<'openPositive' | 'parentsFirst' | 'childVoice' | 'plainLanguage' | 'agreements' | 'followUp', string>;
  invite: {
    /** {pupil}, {type} */
    subject: string;
    /** {names} */
    greeting: string;
    whenLabel: string;
    whereLabel: string;
    /** {location} */
    inPersonAt: string;
    onlineNote: string;
    whoHeading: string;
    parentRole: string;
    /** {pupil} */
    childJoins: string;
    /** {time} — the staff pre-talk, told to parents so nothing comes as a surprise. */
    preTalkNote: string;
    agendaHeading: string;
    prepareHeading: string;
    prepareIntro: string;
    plainLanguage: string;
    closing: string;
  };
  preTalk: {
    /** {pupil}, {type} */
    subject: string;
    body: string;
  };
  summary: {
    /** {pupil}, {date} */
    subject: string;
    /** {names} */
    greeting: string;
    /** {type}, {date} */
    intro: string;
    agreementsHeading: string;
    whatLabel: string;
    ownerLabel: string;
    dueLabel: string;
    noAgreements: string;
    notesHeading: string;
    /** {date} */
    followUp: string;
    correction: string;
    closing: string;
  };
  record: {
    /** Shown when free text seems to hold health details or a diagnosis. */
    healthHint: string;
    internal: string;
    shareable: string;
  };
}

/** The text to show: the catalog's for a template entry, the staff's own words otherwise. */
export function resolveText<K extends string>(
  value: CatalogText<K>,
  catalog: Readonly<Record<K, string>>,
): string {
  return 'key' in value ? catalog[value.key] : value.text;
}
