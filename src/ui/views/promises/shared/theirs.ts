import type { Commitment } from '../../../../domain/commitments';
import type { I18n } from '../../../i18n';
import { byId, dueText, statusText } from './describe';
import type { TrackerContext } from './tracker';

/** Someone else's version, as the conflict dialog shows it (plain text). */
export interface TheirVersion {
  text: string;
  status: string;
  lines: string[];
}

/** Someone else's version of a promise, in words, for the conflict dialog. */
export function describeTheirs(c: Commitment, context: TrackerContext, i18n: I18n): TheirVersion {
  const t = i18n.messages.planner.commitment;
  const lines = [dueText(c, byId(context.meetings), i18n)];
  if (c.whatWorked) lines.push(`${t.whatWorked} ${c.whatWorked}`);
  if (c.whatWasHard) lines.push(`${t.whatWasHard} ${c.whatWasHard}`);
  if (c.supportWanted) lines.push(c.supportGivenOn ? i18n.format(t.supportGivenOn, { date: i18n.date(c.supportGivenOn, 'long') }) : t.supportAsked);
  return { text: c.text, status: statusText(c, i18n), lines };
}
