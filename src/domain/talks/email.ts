/**
 * E-mail addresses of parents and staff, checked before an invite goes out: a typo means a
 * parent silently misses the talk. Accepts what mail servers deliver in practice (RFC 5321
 * dot-atom local parts, internationalised domain names) and refuses display-name forms
 * ("Anna <a@b.nl>"), quoted local parts, IP-address domains and single-label hosts, which a
 * school never needs and which hide mistakes.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

export const EMAIL_MAX = 254;

export function isValidEmail(value: string): boolean {
  if (value.length > EMAIL_MAX) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TOP_LEVEL.test(labels.at(-1) as string)
  );
}
