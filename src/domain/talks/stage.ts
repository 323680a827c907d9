import { GLOSSARY_KEYS, type GlossaryKey, type GlossaryTexts, jargonIn } from './glossary';
import { AGENDA_KEYS, type AgendaKey } from './templates';
import { type Talk, TALK_TYPES, type TalkType } from './types';

/**
 * What the meeting stage shows. Everyone in the meeting sees the stage, parents and anonymous
 * guests included, and the stage page reads no data at all: the share URL carries only keys of
 * the app's own catalogs (talk type, template agenda items with their minutes, glossary terms).
 * Nothing a person typed travels in it, so no name, note or typed agenda text can reach the
 * screen, and each viewer reads the texts in their own Teams language.
 */
export interface StageContent {
  type: TalkType | null;
  agenda: StageAgendaItem[];
  terms: GlossaryKey[];
}

export interface StageAgendaItem {
  key: AgendaKey;
  minutes: number;
}

/** Enough for any template agenda and a screenful of words; the rest of a URL is ignored. */
export const STAGE_LIMITS = { agenda: 12, terms: 8, minutes: 120 } as const;

const isAgendaKey = (value: string): value is AgendaKey => (AGENDA_KEYS as readonly string[]).includes(value);
const isGlossaryKey = (value: string): value is GlossaryKey => (GLOSSARY_KEYS as readonly string[]).includes(value);
const isTalkType = (value: string): value is TalkType => (TALK_TYPES as readonly string[]).includes(value);

/** The stage's content from its URL query; anything that is not a catalog key is dropped. */
export function stageContentOf(search: string): StageContent {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const type = query.get('type') ?? '';
  const agenda: StageAgendaItem[] = [];
  for (const part of (query.get('agenda') ?? '').split(',')) {
    const [key = '', minutesText = ''] = part.split('.');
    const minutes = Number(minutesText);
    if (!isAgendaKey(key) || !/^\d{1,3}$/.test(minutesText) || minutes < 1 || minutes > STAGE_LIMITS.minutes) continue;
    agenda.push({ key, minutes });
    if (agenda.length === STAGE_LIMITS.agenda) break;
  }
  const terms = [...new Set((query.get('terms') ?? '').split(',').filter(isGlossaryKey))].slice(0, STAGE_LIMITS.terms);
  return { type: isTalkType(type) ? type : null, agenda, terms };
}

/** The query (without "?") that stageContentOf reads back to the same content. */
export function stageQuery(content: StageContent): string {
  const query = new URLSearchParams({ view: 'stage' });
  if (content.type) query.set('type', content.type);
  const agenda = content.agenda.slice(0, STAGE_LIMITS.agenda).map((item) => `${item.key}.${Math.round(item.minutes)}`);
  if (agenda.length) query.set('agenda', agenda.join(','));
  const terms = [...new Set(content.terms)].slice(0, STAGE_LIMITS.terms);
  if (terms.length) query.set('terms', terms.join(','));
  // Commas are safe in a query value and keep the URL readable for whoever checks it.
  return query.toString().replace(/%2C/g, ',');
}

/**
 * A talk's stage content: its type and the agenda items that are catalog texts. Items staff
 * typed themselves are left out, since typed text may hold a name or a detail about the child.
 */
export function stageContentForTalk(talk: Pick<Talk, 'type' | 'agenda'>, terms: readonly GlossaryKey[]): StageContent {
  const agenda = talk.agenda
    .flatMap((item) => ('key' in item.title ? [{ key: item.title.key, minutes: item.minutes }] : []))
    .filter((item) => item.minutes >= 1 && item.minutes <= STAGE_LIMITS.minutes);
  return { type: talk.type, agenda: agenda.slice(0, STAGE_LIMITS.agenda), terms: [...new Set(terms)].slice(0, STAGE_LIMITS.terms) };
}

/** Words worth explaining on the stage: the jargon in the talk's own texts, in catalog order. */
export function suggestedStageTerms(texts: readonly string[], glossary: GlossaryTexts): GlossaryKey[] {
  return jargonIn(texts.join('\n'), glossary).slice(0, STAGE_LIMITS.terms);
}
