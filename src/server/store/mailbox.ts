/**
 * The Exchange side of each user: calendar events and sent mail, in the same SQLite database as
 * the lists (so they persist across restarts and take part in each request's transaction).
 * An event keeps its Graph properties as one JSON document next to the columns the server
 * queries on: the owner, the UTC start and end (for calendarView ranges) and the client's
 * transactionId (unique per mailbox, for idempotent creates). Bodies are stored exactly as sent.
 */
import type { Recurrence } from '../../domain/recurrence';
import type Database from 'better-sqlite3';

export const MAILBOX_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  owner_upn TEXT NOT NULL COLLATE NOCASE,
  seq INTEGER NOT NULL,
  transaction_id TEXT,
  start_utc TEXT NOT NULL,
  end_utc TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  change_key TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_transaction ON events (owner_upn, transaction_id) WHERE transaction_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_range ON events (owner_upn, start_utc, end_utc);
CREATE TABLE IF NOT EXISTS mail_messages (
  id TEXT PRIMARY KEY,
  owner_upn TEXT NOT NULL COLLATE NOCASE,
  folder TEXT NOT NULL,
  seq INTEGER NOT NULL,
  created TEXT NOT NULL,
  change_key TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mail_messages_folder ON mail_messages (owner_upn, folder, seq);
`;

/** The Graph properties of an event the server keeps, as given by the client (see ../graph/events.ts). */
export interface EventData {
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  /** As the client gave them: wall-clock time and the time zone it is in. */
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  location: { displayName: string } | null;
  attendees: { type: 'required' | 'optional' | 'resource'; emailAddress: { name: string; address: string } }[];
  isOnlineMeeting: boolean;
  onlineMeetingProvider: 'teamsForBusiness' | 'skypeForBusiness' | 'skypeForConsumer' | 'unknown';
  joinUrl: string | null;
  showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  importance: 'low' | 'normal' | 'high';
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  isAllDay: boolean;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  allowNewTimeProposals: boolean;
  responseRequested: boolean;
  hideAttendees: boolean;
  categories: string[];
  iCalUId: string;
  /** A series master's pattern and range (../graph/recurrence.ts); absent or null for a single instance. */
  recurrence?: Recurrence | null;
}

export interface EventRecord {
  id: string;
  ownerUpn: string;
  transactionId: string | null;
  /** UTC instants with milliseconds ("2026-10-05T13:00:00.000Z"); the end is exclusive. */
  startUtc: string;
  endUtc: string;
  /** Graph timestamps with seven fractional digits. */
  created: string;
  modified: string;
  changeKey: string;
  data: EventData;
}

export interface MessageData {
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  from: { name: string; address: string };
  toRecipients: { name: string; address: string }[];
  ccRecipients: { name: string; address: string }[];
  bccRecipients: { name: string; address: string }[];
  replyTo: { name: string; address: string }[];
  importance: 'low' | 'normal' | 'high';
  internetMessageId: string;
  conversationId: string;
}

export interface MessageRecord {
  id: string;
  ownerUpn: string;
  /** Well-known folder name in lower case, e.g. "sentitems". */
  folder: string;
  created: string;
  changeKey: string;
  data: MessageData;
}

export interface EventRange {
  /** UTC instants; events overlapping [from, to) are returned. */
  from: string;
  to: string;
}

export interface MailboxStore {
  insertEvent(event: EventRecord): void;
  updateEvent(event: EventRecord): void;
  deleteEvent(ownerUpn: string, id: string): boolean;
  event(ownerUpn: string, id: string): EventRecord | undefined;
  eventByTransaction(ownerUpn: string, transactionId: string): EventRecord | undefined;
  /** Every event of the owner, or only those overlapping `range`, by start then creation. */
  events(ownerUpn: string, range?: EventRange): EventRecord[];

  insertMessage(message: MessageRecord): void;
  message(ownerUpn: string, id: string): MessageRecord | undefined;
  /** The folder's messages, newest first. */
  messages(ownerUpn: string, folder: string): MessageRecord[];
  countMessages(ownerUpn: string, folder: string): number;
}

interface EventRow {
  id: string;
  owner_upn: string;
  seq: number;
  transaction_id: string | null;
  start_utc: string;
  end_utc: string;
  created: string;
  modified: string;
  change_key: string;
  data: string;
}

interface MessageRow {
  id: string;
  owner_upn: string;
  folder: string;
  seq: number;
  created: string;
  change_key: string;
  data: string;
}

const toEvent = (r: EventRow): EventRecord => ({
  id: r.id,
  ownerUpn: r.owner_upn,
  transactionId: r.transaction_id,
  startUtc: r.start_utc,
  endUtc: r.end_utc,
  created: r.created,
  modified: r.modified,
  changeKey: r.change_key,
  data: JSON.parse(r.data) as EventData,
});

const toMessage = (r: MessageRow): MessageRecord => ({
  id: r.id,
  ownerUpn: r.owner_upn,
  folder: r.folder,
  created: r.created,
  changeKey: r.change_key,
  data: JSON.parse(r.data) as MessageData,
});

export function openMailboxStore(db: Database.Database): MailboxStore {
  db.exec(MAILBOX_SCHEMA);
  const stmt = {
    nextEventSeq: db.prepare<[], { seq: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM events'),
    insertEvent: db.prepare(
      'INSERT INTO events (id, owner_upn, seq, transaction_id, start_utc, end_utc, created, modified, change_key, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    updateEvent: db.prepare(
      'UPDATE events SET start_utc = ?, end_utc = ?, modified = ?, change_key = ?, data = ? WHERE owner_upn = ? AND id = ?',
    ),
    deleteEvent: db.prepare('DELETE FROM events WHERE owner_upn = ? AND id = ?'),
    event: db.prepare<[string, string], EventRow>('SELECT * FROM events WHERE owner_upn = ? AND id = ?'),
    byTransaction: db.prepare<[string, string], EventRow>('SELECT * FROM events WHERE owner_upn = ? AND transaction_id = ?'),
    events: db.prepare<[string], EventRow>('SELECT * FROM events WHERE owner_upn = ? ORDER BY start_utc, seq'),
    eventsIn: db.prepare<[string, string, string], EventRow>(
      'SELECT * FROM events WHERE owner_upn = ? AND start_utc < ? AND end_utc > ? ORDER BY start_utc, seq',
    ),
    nextMessageSeq: db.prepare<[], { seq: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM mail_messages'),
    insertMessage: db.prepare(
      'INSERT INTO mail_messages (id, owner_upn, folder, seq, created, change_key, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    message: db.prepare<[string, string], MessageRow>('SELECT * FROM mail_messages WHERE owner_upn = ? AND id = ?'),
    messages: db.prepare<[string, string], MessageRow>(
      'SELECT * FROM mail_messages WHERE owner_upn = ? AND folder = ? ORDER BY seq DESC',
    ),
    countMessages: db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM mail_messages WHERE owner_upn = ? AND folder = ?',
    ),
  };

  return {
    insertEvent: (e) => {
      const seq = stmt.nextEventSeq.get()!.seq;
      stmt.insertEvent.run(e.id, e.ownerUpn, seq, e.transactionId, e.startUtc, e.endUtc, e.created, e.modified, e.changeKey, JSON.stringify(e.data));
    },
    updateEvent: (e) =>
      void stmt.updateEvent.run(e.startUtc, e.endUtc, e.modified, e.changeKey, JSON.stringify(e.data), e.ownerUpn, e.id),
    deleteEvent: (owner, id) => stmt.deleteEvent.run(owner, id).changes > 0,
    event: (owner, id) => {
      const row = stmt.event.get(owner, id);
      return row ? toEvent(row) : undefined;
    },
    eventByTransaction: (owner, transactionId) => {
      const row = stmt.byTransaction.get(owner, transactionId);
      return row ? toEvent(row) : undefined;
    },
    events: (owner, range) =>
      (range ? stmt.eventsIn.all(owner, range.to, range.from) : stmt.events.all(owner)).map(toEvent),

    insertMessage: (m) => {
      const seq = stmt.nextMessageSeq.get()!.seq;
      stmt.insertMessage.run(m.id, m.ownerUpn, m.folder, seq, m.created, m.changeKey, JSON.stringify(m.data));
    },
    message: (owner, id) => {
      const row = stmt.message.get(owner, id);
      return row ? toMessage(row) : undefined;
    },
    messages: (owner, folder) => stmt.messages.all(owner, folder).map(toMessage),
    countMessages: (owner, folder) => stmt.countMessages.get(owner, folder)?.n ?? 0,
  };
}
