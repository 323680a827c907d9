import type { AgendaItem, CatalogText, TalkType } from './types';

/**
 * Per talk type: how long it usually takes and may take, an agenda with time boxes and the
 * questions parents get to prepare. Texts live in the catalogs (talks.nl / talks.en) under
 * `agenda.<key>` and `questions.<key>`; templates only name keys.
 */
export const AGENDA_KEYS = [
  'welcome',
  'introductions',
  'procedure',
  'positiveStart',
  'lookBack',
  'parentsStory',
  'parentsView',
  'schoolView',
  'expertsView',
  'childVoice',
  'expectations',
  'supportNeeds',
  'supportPlan',
  'advice',
  'questions',
  'nextSteps',
  'agreements',
] as const;
export type AgendaKey = (typeof AGENDA_KEYS)[number];

export const QUESTION_KEYS = [
  'proud',
  'home',
  'hopes',
  'knowTeacher',
  'contact',
  'sinceLast',
  'agreementsAtHome',
  'childSays',
  'report',
  'worries',
  'whatHelps',
  'needs',
  'secondarySchool',
  'hopedOutcome',
  'ownQuestions',
] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];

interface TemplateItem {
  key: AgendaKey;
  minutes: number;
  /** Only on the agenda when the child joins the talk. */
  withChild?: true;
}

interface TalkTemplate {
  defaultMinutes: number;
  maxMinutes: number;
  agenda: readonly TemplateItem[];
  questions: readonly QuestionKey[];
}

/** The staff-only pre-talk before a zorgteam talk (seed 000, appendix 3). */
export const PRE_TALK_MINUTES = 15;

/** From group 6 on children are old enough to speak for themselves in the talk. */
export const CHILD_JOINS_FROM_GROUP = 6;

const TEMPLATES: Record<TalkType, TalkTemplate> = {
  // The omgekeerd oudergesprek: parents tell, the teacher listens.
  startgesprek: {
    defaultMinutes: 20,
    maxMinutes: 30,
    agenda: [
      { key: 'welcome', minutes: 2 },
      { key: 'parentsStory', minutes: 8 },
      { key: 'childVoice', minutes: 3, withChild: true },
      { key: 'expectations', minutes: 4 },
      { key: 'agreements', minutes: 3 },
    ],
    questions: ['proud', 'home', 'hopes', 'knowTeacher', 'contact'],
  },
  voortgang: {
    defaultMinutes: 15,
    maxMinutes: 30,
    agenda: [
      { key: 'positiveStart', minutes: 2 },
      { key: 'lookBack', minutes: 3 },
      { key: 'parentsView', minutes: 3 },
      { key: 'schoolView', minutes: 3 },
      { key: 'childVoice', minutes: 2, withChild: true },
      { key: 'agreements', minutes: 2 },
    ],
    questions: ['sinceLast', 'agreementsAtHome', 'childSays', 'ownQuestions'],
  },
  rapport: {
    defaultMinutes: 15,
    maxMinutes: 20,
    agenda: [
      { key: 'positiveStart', minutes: 2 },
      { key: 'parentsView', minutes: 4 },
      { key: 'schoolView', minutes: 4 },
      { key: 'childVoice', minutes: 2, withChild: true },
      { key: 'agreements', minutes: 3 },
    ],
    questions: ['report', 'childSays', 'ownQuestions'],
  },
  zorg: {
    defaultMinutes: 45,
    maxMinutes: 60,
    agenda: [
      { key: 'welcome', minutes: 3 },
      { key: 'positiveStart', minutes: 3 },
      { key: 'lookBack', minutes: 4 },
      { key: 'parentsView', minutes: 8 },
      { key: 'schoolView', minutes: 8 },
      { key: 'childVoice', minutes: 5, withChild: true },
      { key: 'supportPlan', minutes: 10 },
      { key: 'agreements', minutes: 4 },
    ],
    questions: ['proud', 'worries', 'whatHelps', 'needs', 'ownQuestions'],
  },
  advies: {
    defaultMinutes: 30,
    maxMinutes: 45,
    agenda: [
      { key: 'positiveStart', minutes: 2 },
      { key: 'lookBack', minutes: 3 },
      { key: 'childVoice', minutes: 5, withChild: true },
      { key: 'parentsView', minutes: 5 },
      { key: 'advice', minutes: 10 },
      { key: 'questions', minutes: 3 },
      { key: 'nextSteps', minutes: 2 },
    ],
    questions: ['childSays', 'secondarySchool', 'ownQuestions'],
  },
  // Parents in the zorgteam: at most 45 minutes with the parents (seed 000, appendix 3).
  zorgteam: {
    defaultMinutes: 45,
    maxMinutes: 45,
    agenda: [
      { key: 'introductions', minutes: 5 },
      { key: 'procedure', minutes: 3 },
      { key: 'positiveStart', minutes: 2 },
      { key: 'parentsView', minutes: 10 },
      { key: 'expertsView', minutes: 10 },
      { key: 'childVoice', minutes: 5, withChild: true },
      { key: 'supportNeeds', minutes: 5 },
      { key: 'agreements', minutes: 5 },
    ],
    questions: ['hopedOutcome', 'proud', 'worries', 'whatHelps', 'needs'],
  },
};

export function maxDuration(type: TalkType): number {
  return TEMPLATES[type].maxMinutes;
}

export function defaultDuration(type: TalkType): number {
  return TEMPLATES[type].defaultMinutes;
}

/** Only a talk with the zorgteam has a staff pre-talk. */
export function allowsPreTalk(type: TalkType): boolean {
  return type === 'zorgteam';
}

export function suggestChildJoins(group: number): boolean {
  return group >= CHILD_JOINS_FROM_GROUP;
}

export function agendaFromTemplate(type: TalkType, childJoins: boolean): AgendaItem[] {
  return TEMPLATES[type].agenda
    .filter((item) => childJoins || !item.withChild)
    .map((item) => ({ title: { key: item.key }, minutes: item.minutes }));
}

export function questionsFromTemplate(type: TalkType): CatalogText<QuestionKey>[] {
  return TEMPLATES[type].questions.map((key) => ({ key }));
}
