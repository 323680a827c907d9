import type { PupilExport } from '../retention';
import { escapeHtml, fillTemplate } from '../text';
import { formatCalendarDate, formatTalkDate, formatTime } from './format';
import { resolveText, type TalkMessages } from './messages';

/** The printable export's own texts (catalog ui.pupils.print). */
export interface ExportPrintTexts {
  /** {pupil} */
  title: string;
  /** {date} */
  exportedAt: string;
  intro: string;
  /** {date} */
  removal: string;
  talksHeading: string;
  noTalks: string;
  agendaHeading: string;
  participantsHeading: string;
  notesHeading: string;
  internal: string;
  shareable: string;
  agreementsHeading: string;
  noAgreements: string;
  /** {date} */
  due: string;
  /** {date} */
  summarySent: string;
}

const STYLE = `body{font:11pt/1.45 system-ui,"Segoe UI",sans-serif;color:#000;background:#fff;margin:2cm;max-width:48rem}
h1{font-size:18pt;margin:0 0 .3em}h2{font-size:14pt;margin:1.4em 0 .4em;border-bottom:1px solid #999}
h3{font-size:12pt;margin:1em 0 .3em}h4{font-size:11pt;margin:.8em 0 .2em}
ul{margin:.2em 0 .6em;padding-left:1.4em}.meta{color:#333}section{break-inside:avoid}`;

/**
 * Everything of a pupil export as one printable HTML page, for parents who ask to see their
 * child's records. Every stored text (names, notes, agreements, typed agenda items) is escaped,
 * so it prints as the words that were typed and nothing in it can run.
 */
export function renderPupilExportHtml(data: PupilExport, texts: ExportPrintTexts, messages: TalkMessages): string {
  const e = escapeHtml;
  const locale = messages.locale;
  const title = fillTemplate(texts.title, { pupil: data.pupil.firstName });
  const parts: string[] = [];
  parts.push(`<h1>${e(title)}</h1>`);
  parts.push(`<p class="meta">${e(fillTemplate(texts.exportedAt, { date: formatTalkDate(data.exportedAt, locale) }))}</p>`);
  parts.push(`<p>${e(texts.intro)}</p>`);
  if (data.removalDate) parts.push(`<p>${e(fillTemplate(texts.removal, { date: formatCalendarDate(data.removalDate, locale) }))}</p>`);

  parts.push(`<h2>${e(texts.talksHeading)}</h2>`);
  if (!data.talks.length) parts.push(`<p>${e(texts.noTalks)}</p>`);
  for (const talk of data.talks) {
    const record = data.records.find((r) => r.talkId === talk.id);
    const when = `${formatTalkDate(talk.start, locale)} ${formatTime(talk.start, locale)}`;
    const people = [
      ...talk.parents.map((p) => `${p.name} (${messages.invite.parentRole})`),
      ...talk.staff.map((s) => `${s.name} (${messages.roles[s.role]})`),
    ];
    parts.push('<section>');
    parts.push(`<h3>${e(messages.types[talk.type].name)} — ${e(when)}</h3>`);
    parts.push(`<h4>${e(texts.participantsHeading)}</h4><ul>${people.map((p) => `<li>${e(p)}</li>`).join('')}</ul>`);
    parts.push(
      `<h4>${e(texts.agendaHeading)}</h4><ul>${talk.agenda
        .map((item) => `<li>${e(resolveText(item.title, messages.agenda))} (${item.minutes} min.)</li>`)
        .join('')}</ul>`,
    );
    if (record?.notes.length) {
      const notes = record.notes.map((n) => `<li>${e(n.text)} <em>(${e(n.visibility === 'internal' ? texts.internal : texts.shareable)})</em></li>`);
      parts.push(`<h4>${e(texts.notesHeading)}</h4><ul>${notes.join('')}</ul>`);
    }
    if (record?.summary) {
      parts.push(`<p class="meta">${e(fillTemplate(texts.summarySent, { date: formatTalkDate(record.summary.sentAt, locale) }))}</p>`);
    }
    parts.push('</section>');
  }

  parts.push(`<h2>${e(texts.agreementsHeading)}</h2>`);
  if (!data.agreements.length) parts.push(`<p>${e(texts.noAgreements)}</p>`);
  else {
    const items = data.agreements.map(
      (a) =>
        `<li>${e(a.text)} — ${e(messages.owners[a.owner])}, ${e(fillTemplate(texts.due, { date: formatCalendarDate(a.dueDate, locale) }))}</li>`,
    );
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  const lang = locale.slice(0, 2);
  return `<!doctype html>\n<html lang="${e(lang)}"><head><meta charset="utf-8"><title>${e(title)}</title><style>${STYLE}</style></head><body>\n${parts.join('\n')}\n</body></html>\n`;
}
