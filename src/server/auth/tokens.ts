/**
 * Access tokens for local mode: JWTs signed with HMAC-SHA256 (HS256). The secret lives in the
 * database, so tokens stay valid across restarts until they expire. Pure: the secret and the
 * current time are passed in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOKEN_LIFETIME_SECONDS = 3600;

export interface TokenClaims {
  upn: string;
  /** Issued at / expires, seconds since the epoch. */
  iat: number;
  exp: number;
}

const encode = (value: object): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const sign = (data: string, secret: string): string => createHmac('sha256', secret).update(data).digest('base64url');

export function signToken(upn: string, secret: string, now: Date, lifetimeSeconds = TOKEN_LIFETIME_SECONDS): string {
  const iat = Math.floor(now.getTime() / 1000);
  const data = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ upn, iat, exp: iat + lifetimeSeconds })}`;
  return `${data}.${sign(data, secret)}`;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

export function verifyToken(token: string, secret: string, now: Date): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [header, payload, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${header}.${payload}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'signature' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const c = claims as Partial<TokenClaims>;
  if (typeof c.upn !== 'string' || typeof c.exp !== 'number' || typeof c.iat !== 'number') return { ok: false, reason: 'malformed' };
  if (c.exp * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { upn: c.upn, iat: c.iat, exp: c.exp } };
}
