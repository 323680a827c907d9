import { escapeHtml, fillTemplate } from '../text';
import { agendaTimes } from './agenda';
import { formatNames, formatTalkDate, formatTime } from './format';
import { resolveText, type TalkMessages } from './messages';
import { preTalkOf, talkSlot } from './schedule';
import type { TalkDraft } from './validate';

/**
 * The body of the calendar invite parents receive (Graph event body, contentType html). It
 * tells them beforehand what the talk is for, who will be there and in what role (seed 003: no
 * surprises at the table), the agenda with times and what they might think about. Every piece
 * of text, typed by staff or taken from the catalog, is escaped: the invite is HTML and a
 * name like "<b>" or "O'Neil & Zoon" must arrive as written.
 */
export function inviteSubject(talk: TalkDraft, messages: TalkMessages): string {
  return fillTemplate(messages.invite.subject, {
    type: messages.types[talk.type].name,
    pupil: talk.pupil.firstName,
  });
}

export function renderInviteHtml(talk: TalkDraft, messages: TalkMessages): string {
  const m = messages.invite;
  const text = (s: string) => escapeHtml(s);
  const fill = (template: string, params: Record<string, string>) => text(fillTemplate(template, params));
  const preTalk = preTalkOf(talk);

  const where =
    talk.mode === 'online'
      ? m.onlineNote
      : talk.location
        ? fillTemplate(m.inPersonAt, { location: talk.location })
        : messages.modes.inPerson;
  const people = [
    ...talk.parents.map((p) => `<li>${text(p.name)} (${text(m.parentRole)})</li>`),
    ...talk.staff.map((s) => `<li>${text(s.name)} (${text(messages.roles[s.role])})</li>`),
  ];
  const agenda = agendaTimes(talk.agenda, talk.start).map(
    ({ item, start, end }) =>
      `<li>${text(`${formatTime(start, messages.locale)}–${formatTime(end, messages.locale)}`)} ` +
      `${text(resolveText(item.title, messages.agenda))}</li>`,
  );
  const questions = talk.preparationQuestions.map((q) => `<li>${text(resolveText(q, messages.questions))}</li>`);

  return [
    `<p>${fill(m.greeting, { names: formatNames(talk.parents.map((p) => p.name), messages.locale) })}</p>`,
    `<p>${text(messages.types[talk.type].purpose)}</p>`,
    `<p><strong>${text(m.whenLabel)}:</strong> ${text(whenText(talk, messages.locale))}<br>` +
      `<strong>${text(m.whereLabel)}:</strong> ${text(where)}</p>`,
    `<h3>${text(m.whoHeading)}</h3>`,
    `<ul>${people.join('')}</ul>`,
    talk.childJoins ? `<p>${fill(m.childJoins, { pupil: talk.pupil.firstName })}</p>` : '',
    preTalk ? `<p>${fill(m.preTalkNote, { time: formatTime(preTalk.start, messages.locale) })}</p>` : '',
    `<h3>${text(m.agendaHeading)}</h3>`,
    `<ul>${agenda.join('')}</ul>`,
    questions.length
      ? `<h3>${text(m.prepareHeading)}</h3><p>${text(m.prepareIntro)}</p><ul>${questions.join('')}</ul>`
      : '',
    `<p>${text(m.plainLanguage)}</p>`,
    `<p>${text(m.closing)}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function preTalkSubject(talk: TalkDraft, messages: TalkMessages): string {
  return fillTemplate(messages.preTalk.subject, {
    type: messages.types[talk.type].name,
    pupil: talk.pupil.firstName,
  });
}

/** The body of the staff-only pre-talk event, or null when the talk has none. */
export function renderPreTalkHtml(talk: TalkDraft, messages: TalkMessages): string | null {
  const preTalk = preTalkOf(talk);
  if (!preTalk) return null;
  const text = (s: string) => escapeHtml(s);
  return [
    `<p>${text(messages.preTalk.body)}</p>`,
    `<p><strong>${text(messages.invite.whenLabel)}:</strong> ${text(whenText(preTalk, messages.locale))}</p>`,
    `<ul>${preTalk.attendees.map((s) => `<li>${text(s.name)} (${text(messages.roles[s.role])})</li>`).join('')}</ul>`,
  ].join('\n');
}

function whenText(slot: { start: string; durationMinutes: number }, locale: string): string {
  const { start, end } = talkSlot(slot);
  return `${formatTalkDate(start, locale)}, ${formatTime(start, locale)}–${formatTime(end, locale)}`;
}
