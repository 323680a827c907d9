/**
 * The form's date and time pickers speak the school's wall clock (Europe/Amsterdam), whatever
 * the browser's zone; talks are stored as instants. These two turn one into the other.
 */
import { formatTime } from '../../../../domain/talks/format';
import { SCHOOL_TIME_ZONE, schoolDate, toMillis } from '../../../../domain/talks/time';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTime(value: string): boolean {
  return TIME.test(value);
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: SCHOOL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The wall clock at an instant, as UTC millis of the same digits. */
function wallAsUtc(millis: number): number {
  const parts = offsetFormat.formatToParts(new Date(millis));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

/**
 * The instant of `date` (YYYY-MM-DD) at `time` (HH:MM) on the school's clock, or null when
 * either is not a real date or time. A time the clocks skip in spring moves an hour on.
 */
export function schoolInstant(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const check = new Date(naive);
  if (check.getUTCDate() !== Number(d[3]) || check.getUTCMonth() !== Number(d[2]) - 1) return null;
  let guess = naive - (wallAsUtc(naive) - naive);
  guess = naive - (wallAsUtc(guess) - guess);
  return new Date(guess).toISOString();
}

/** An instant as the form's date and time fields. */
export function wallClockOf(instant: string): { date: string; time: string } {
  const millis = toMillis(instant);
  return { date: schoolDate(millis), time: formatTime(instant, 'en-GB') };
}
