/** How a talk is named and dated on screen, in the reader's language (all plain text). */
import { formatNames, formatTalkDate, formatTime } from '../../../../domain/talks/format';
import { talkSlot } from '../../../../domain/talks/schedule';
import type { Pupil, Talk } from '../../../../domain/talks/types';
import type { I18n } from '../../../i18n';

type Texts = Pick<I18n, 'messages' | 'format'>;

export function pupilText(pupil: Pick<Pupil, 'firstName' | 'group'>, i18n: Texts): string {
  return i18n.format(i18n.messages.talks.ui.card.pupil, { name: pupil.firstName, group: pupil.group });
}

/** "Voortgangsgesprek – Emma". */
export function talkTitle(talk: Pick<Talk, 'type' | 'pupil'>, i18n: Texts): string {
  return i18n.format(i18n.messages.talks.ui.card.title, {
    type: i18n.messages.talks.types[talk.type].name,
    pupil: talk.pupil.firstName,
  });
}

/** "maandag 5 oktober 2026, 15:00–15:15" on the school's clock. */
export function talkWhen(talk: Pick<Talk, 'start' | 'durationMinutes'>, i18n: Texts): string {
  const { start, end } = talkSlot(talk);
  const locale = i18n.messages.talks.locale;
  return i18n.format(i18n.messages.talks.ui.card.when, {
    date: formatTalkDate(start, locale),
    start: formatTime(start, locale),
    end: formatTime(end, locale),
  });
}

/** "maandag 16 november 2026, 15:00". */
export function instantText(instant: string, i18n: Texts): string {
  const locale = i18n.messages.talks.locale;
  return `${formatTalkDate(instant, locale)}, ${formatTime(instant, locale)}`;
}

export function timeText(instant: string, i18n: Texts): string {
  return formatTime(instant, i18n.messages.talks.locale);
}

export function namesText(names: readonly string[], i18n: Texts): string {
  return formatNames(names, i18n.messages.talks.locale);
}

/**
 * Minutes and seconds of a running clock: "4:07", "12:30"; hours when it runs that long. Time
 * left rounds up (a countdown shows 2:00 until a whole second has gone), time spent rounds down.
 */
export function clockText(ms: number, round: 'down' | 'up' = 'down'): string {
  const seconds = Math.max(0, round === 'up' ? Math.ceil(ms / 1000) : Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Only web links become a link target; anything else (e.g. "javascript:") is dropped. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
