import { type FieldError, MULTI_LINE_MAX, requiredText, type Validated } from '../validation';
import type { Agreement } from './agreements';
import { schoolDate, toMillis } from './time';
import type { Talk } from './types';

/**
 * What is kept of a talk once it has been held. Internal notes are for staff only; shareable
 * notes may go to the parents in the summary. Everything here belongs to the pupil's record:
 * it is exported on request and removed by the retention job (../retention).
 */
export type NoteVisibility = 'internal' | 'shareable';
export const NOTE_VISIBILITIES: readonly NoteVisibility[] = ['internal', 'shareable'];

export interface Note {
  id: string;
  text: string;
  visibility: NoteVisibility;
}

export interface SentSummary {
  /** ISO instant. */
  sentAt: string;
  recipients: string[];
  /** The plain-text version as it was sent, so the record shows what the parents received. */
  text: string;
}

export interface TalkRecord {
  talkId: string;
  pupilId: string;
  notes: Note[];
  agreements: Agreement[];
  followUp?: { talkId: string; start: string };
  summary?: SentSummary;
}

export function validateNote(note: Note): Validated<Note> {
  const errors: FieldError[] = [];
  const text = requiredText(errors, 'text', note.text, MULTI_LINE_MAX);
  if (!NOTE_VISIBILITIES.includes(note.visibility)) {
    errors.push({ field: 'visibility', code: 'invalidChoice' });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...note, text } };
}

/** The notes parents may read. Anything not marked shareable stays in school. */
export function shareableNotes(record: Pick<TalkRecord, 'notes'>): Note[] {
  return record.notes.filter((note) => note.visibility === 'shareable');
}

/**
 * Links the follow-up talk planned at the end of this one: the record knows when it is, and
 * every open agreement gets that date as the moment it is looked back on, which is how the
 * promise tracker shows it.
 */
export function withFollowUp(record: TalkRecord, followUp: Pick<Talk, 'id' | 'start'>): TalkRecord {
  const followUpDate = schoolDate(toMillis(followUp.start));
  return {
    ...record,
    followUp: { talkId: followUp.id, start: followUp.start },
    agreements: record.agreements.map((a) => (a.status === 'open' ? { ...a, followUpDate } : a)),
  };
}
