import { escapeHtml, fillTemplate } from '../text';
import type { Agreement } from './agreements';
import { formatCalendarDate, formatNames, formatTalkDate, formatTime } from './format';
import type { TalkMessages } from './messages';
import { shareableNotes, type TalkRecord } from './record';
import { schoolDate, toMillis } from './time';
import type { Talk } from './types';

/**
 * The e-mail parents receive after the talk, reviewed by the teacher before it goes out: the
 * agreements (what, who, by when), the notes marked shareable and the date of the follow-up.
 * Internal notes never appear, whatever they say. HTML for the mail body, plain text for the
 * record and for mail clients that prefer it.
 */
interface SummaryParts {
  greeting: string;
  intro: string;
  agreements: { what: string; who: string; due: string }[];
  notes: string[];
  followUp: string | null;
}

function summaryParts(talk: Talk, record: TalkRecord, messages: TalkMessages): SummaryParts {
  const m = messages.summary;
  const locale = messages.locale;
  // A renegotiated agreement lives on in its successor; sending both would contradict itself.
  const agreements = record.agreements.filter((a) => a.status !== 'renegotiated');
  return {
    greeting: fillTemplate(m.greeting, { names: formatNames(talk.parents.map((p) => p.name), locale) }),
    intro: fillTemplate(m.intro, { date: formatTalkDate(talk.start, locale), type: messages.types[talk.type].name }),
    agreements: agreements.map((a) => ({
      what: a.text,
      who: ownerName(a, talk, messages),
      due: formatCalendarDate(a.dueDate, locale),
    })),
    notes: shareableNotes(record).map((n) => n.text),
    followUp: record.followUp
      ? fillTemplate(m.followUp, {
          date: `${formatTalkDate(record.followUp.start, locale)}, ${formatTime(record.followUp.start, locale)}`,
        })
      : null,
  };
}

/** The child is named, not called "child", in a letter to their own parents. */
function ownerName(agreement: Agreement, talk: Talk, messages: TalkMessages): string {
  return agreement.owner === 'kind' ? talk.pupil.firstName : messages.owners[agreement.owner];
}

export function summarySubject(talk: Talk, messages: TalkMessages): string {
  return fillTemplate(messages.summary.subject, {
    pupil: talk.pupil.firstName,
    date: formatCalendarDate(schoolDate(toMillis(talk.start)), messages.locale),
  });
}

export function renderSummaryHtml(
  talk: Talk,
  record: TalkRecord,
  messages: TalkMessages,
  senderName: string,
): string {
  const m = messages.summary;
  const parts = summaryParts(talk, record, messages);
  // Escape first, then keep the writer's line breaks.
  const text = (s: string) => escapeHtml(s).replace(/\r?\n/g, '<br>');
  const rows = parts.agreements.map(
    (a) => `<tr><td>${text(a.what)}</td><td>${text(a.who)}</td><td>${text(a.due)}</td></tr>`,
  );
  return [
    `<p>${text(parts.greeting)}</p>`,
    `<p>${text(parts.intro)}</p>`,
    `<h3>${text(m.agreementsHeading)}</h3>`,
    rows.length
      ? `<table><thead><tr><th>${text(m.whatLabel)}</th><th>${text(m.ownerLabel)}</th><th>${text(m.dueLabel)}</th></tr></thead>` +
        `<tbody>${rows.join('')}</tbody></table>`
      : `<p>${text(m.noAgreements)}</p>`,
    parts.notes.length
      ? `<h3>${text(m.notesHeading)}</h3>${parts.notes.map((n) => `<p>${text(n)}</p>`).join('')}`
      : '',
    parts.followUp ? `<p>${text(parts.followUp)}</p>` : '',
    `<p>${text(m.correction)}</p>`,
    `<p>${text(m.closing)}<br>${text(senderName)}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderSummaryText(
  talk: Talk,
  record: TalkRecord,
  messages: TalkMessages,
  senderName: string,
): string {
  const m = messages.summary;
  const parts = summaryParts(talk, record, messages);
  const agreements = parts.agreements.length
    ? parts.agreements.map((a) => `- ${a.what}\n  ${m.ownerLabel}: ${a.who}; ${m.dueLabel}: ${a.due}`)
    : [m.noAgreements];
  return [
    parts.greeting,
    parts.intro,
    [m.agreementsHeading, ...agreements].join('\n'),
    parts.notes.length ? [m.notesHeading, ...parts.notes].join('\n\n') : '',
    parts.followUp ?? '',
    m.correction,
    `${m.closing}\n${senderName}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}
