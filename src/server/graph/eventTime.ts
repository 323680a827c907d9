/**
 * Graph's dateTimeTimeZone: a wall-clock `dateTime` ("2026-10-05T15:00:00", up to seven
 * fractional digits, no offset) in a `timeZone` given as a Windows name ("W. Europe Standard
 * Time") or an IANA name ("Europe/Amsterdam"). Exchange knows hundreds of zones; the server maps
 * the common Windows names and accepts every IANA name the runtime knows. Responses give times
 * in UTC unless the request has `Prefer: outlook.timezone="…"`.
 */
import { GraphError } from '../errors';

const WINDOWS_ZONES: Record<string, string> = {
  utc: 'UTC',
  'coordinated universal time': 'UTC',
  'w. europe standard time': 'Europe/Amsterdam',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'turkey standard time': 'Europe/Istanbul',
  'morocco standard time': 'Africa/Casablanca',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
};

/** Graph's answer for a zone it does not know (documented for event start/end). */
export const timeZoneNotSupported = (zone: string): GraphError =>
  new GraphError(
    400,
    'TimeZoneNotSupportedException',
    `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`,
  );

/** The IANA zone for a Graph time zone name, or undefined when it is not known. */
export function ianaZone(name: string): string | undefined {
  const mapped = WINDOWS_ZONES[name.trim().toLowerCase()];
  if (mapped) return mapped;
  if (!name.includes('/')) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at the instant, in milliseconds. */
function offsetAt(zone: string, ms: number): number {
  if (zone === 'UTC') return 0;
  const parts = Object.fromEntries(formatter(zone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The UTC instant (epoch ms) of a dateTimeTimeZone, or null when `dateTime` is not a date-time.
 * A dateTime that carries its own offset is taken as that instant.
 */
export function toInstant(dateTime: string, zone: string): number | null {
  const m = WALL_CLOCK.exec(dateTime.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', frac = '0', offset] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.round(Number(`0.${frac}`) * 1000));
  if (Number.isNaN(wall)) return null;
  const check = new Date(wall);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  if (offset) {
    if (offset === 'Z') return wall;
    const sign = offset.startsWith('-') ? -1 : 1;
    const [oh, om] = offset.slice(1).split(':').map(Number) as [number, number];
    return wall - sign * (oh * 60 + om) * 60_000;
  }
  // Wall clock → instant: subtract the offset, then correct once for a DST change in between.
  let instant = wall - offsetAt(zone, wall);
  const second = offsetAt(zone, instant);
  if (wall - second !== instant) instant = wall - second;
  return instant;
}

/** An instant as Graph writes a dateTime: wall-clock time in the zone with seven fractional digits. */
export function wallClock(ms: number, zone: string): string {
  const local = new Date(ms + offsetAt(zone, ms));
  const iso = local.toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000`;
}

/** A timestamp as Graph writes createdDateTime on Outlook items: UTC, seven fractional digits. */
export function outlookTimestamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000Z`;
}

/** The zone asked for with `Prefer: outlook.timezone="…"`, if any and known. */
export function preferredZone(headers: Record<string, string>): { name: string; zone: string } | null {
  const prefer = headers.prefer;
  if (!prefer) return null;
  const m = /outlook\.timezone\s*=\s*"([^"]*)"/i.exec(prefer) ?? /outlook\.timezone\s*=\s*([^,;\s]+)/i.exec(prefer);
  if (!m) return null;
  const name = m[1]!.trim();
  const zone = ianaZone(name);
  return zone ? { name, zone } : null;
}
