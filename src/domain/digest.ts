import type { Commitment } from './commitments';
import { type Bouw, BOUWEN, type StaffMember } from './people';
import { escapeHtml, fillTemplate } from './text';
import { isOverdue, supportRequests } from './tracking';

/**
 * The weekly reminder of open promises per bouw, for the staff newsletter (plain text) and
 * the team channel (HTML). Built once as data, rendered twice, so both say the same thing.
 */
export interface DigestItem {
  commitmentId: string;
  ownerName: string;
  text: string;
  dueDate: string;
}

export interface DigestGroup {
  bouw: Bouw;
  /** Open and overdue, longest overdue first. */
  overdue: DigestItem[];
  /** Open and not yet due, soonest first. */
  open: DigestItem[];
  /** Support asked for and not yet arranged. Only a count: who asked is for the IB's eyes. */
  supportRequests: number;
}

export interface Digest {
  today: string;
  groups: DigestGroup[];
}

/**
 * Groups the open promises by bouw (every bouw appears, also when it has nothing open, so a
 * quiet bouw is visible as such). Owner names come from the staff list when the person is on it,
 * so a changed name shows as it is now.
 */
export function buildDigest(
  commitments: readonly Commitment[],
  staff: readonly StaffMember[],
  today: string,
): Digest {
  const names = new Map(staff.map((s) => [s.upn.toLowerCase(), s.displayName]));
  const item = (c: Commitment): DigestItem => ({
    commitmentId: c.id,
    ownerName: names.get(c.ownerUpn.toLowerCase()) ?? c.ownerName,
    text: c.text,
    dueDate: c.dueDate,
  });
  const byDue = (a: Commitment, b: Commitment) =>
    a.dueDate.localeCompare(b.dueDate) || a.ownerName.localeCompare(b.ownerName);
  const groups = BOUWEN.map((bouw): DigestGroup => {
    const open = commitments.filter((c) => c.bouw === bouw && c.status === 'open').sort(byDue);
    return {
      bouw,
      overdue: open.filter((c) => isOverdue(c, today)).map(item),
      open: open.filter((c) => !isOverdue(c, today)).map(item),
      supportRequests: supportRequests(commitments.filter((c) => c.bouw === bouw)).length,
    };
  });
  return { today, groups };
}

/** The digest's texts; `planner.digest` in the planner catalogs has exactly this shape. */
export interface DigestMessages {
  /** {date} */
  title: string;
  bouw: Record<Bouw, string>;
  /** {count} */
  overdueHeading: string;
  /** {count} */
  openHeading: string;
  /** {owner} {text} {due} */
  item: string;
  /** {count} */
  supportRequests: string;
  nothingOpen: string;
  closing: string;
}

type FormatDate = (isoDate: string) => string;
const asIs: FormatDate = (d) => d;

/** The lines of the digest, with their role, so both renderers share one reading order. */
interface Line {
  kind: 'title' | 'bouw' | 'heading' | 'item' | 'note' | 'closing';
  text: string;
}

function lines(digest: Digest, m: DigestMessages, formatDate: FormatDate): Line[] {
  const out: Line[] = [{ kind: 'title', text: fillTemplate(m.title, { date: formatDate(digest.today) }) }];
  for (const g of digest.groups) {
    out.push({ kind: 'bouw', text: m.bouw[g.bouw] });
    const section = (heading: string, items: DigestItem[]) => {
      if (!items.length) return;
      out.push({ kind: 'heading', text: fillTemplate(heading, { count: items.length }) });
      for (const i of items) {
        const text = fillTemplate(m.item, { owner: i.ownerName, text: i.text, due: formatDate(i.dueDate) });
        out.push({ kind: 'item', text });
      }
    };
    section(m.overdueHeading, g.overdue);
    section(m.openHeading, g.open);
    if (!g.overdue.length && !g.open.length) out.push({ kind: 'note', text: m.nothingOpen });
    if (g.supportRequests) {
      out.push({ kind: 'note', text: fillTemplate(m.supportRequests, { count: g.supportRequests }) });
    }
  }
  out.push({ kind: 'closing', text: m.closing });
  return out;
}

/** Plain text for the staff newsletter: blank lines between bouwen, items as a dash list. */
export function renderDigestText(digest: Digest, messages: DigestMessages, formatDate: FormatDate = asIs): string {
  return lines(digest, messages, formatDate)
    .map((l) => {
      switch (l.kind) {
        case 'title':
          return l.text;
        case 'bouw':
        case 'closing':
          return `\n${l.text}`;
        case 'item':
          return `- ${l.text}`;
        default:
          return l.text;
      }
    })
    .join('\n');
}

/**
 * HTML for a Teams channel message. Every text is escaped as a whole after filling, so user
 * input (names, promise texts) and catalog text alike can never become markup.
 */
export function renderDigestHtml(digest: Digest, messages: DigestMessages, formatDate: FormatDate = asIs): string {
  const html: string[] = [];
  let list = false;
  const closeList = () => {
    if (list) html.push('</ul>');
    list = false;
  };
  for (const l of lines(digest, messages, formatDate)) {
    const text = escapeHtml(l.text);
    if (l.kind === 'item') {
      if (!list) html.push('<ul>');
      list = true;
      html.push(`<li>${text}</li>`);
      continue;
    }
    closeList();
    if (l.kind === 'title') html.push(`<h2>${text}</h2>`);
    else if (l.kind === 'bouw') html.push(`<h3>${text}</h3>`);
    else if (l.kind === 'heading') html.push(`<p><strong>${text}</strong></p>`);
    else html.push(`<p>${text}</p>`);
  }
  closeList();
  return html.join('');
}
