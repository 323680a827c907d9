import { signToken, verifyToken } from './tokens';

const SECRET = 'test-secret';
const NOW = new Date('2026-09-01T08:00:00Z');

describe('local access tokens', () => {
  it('verifies a token it signed and reads the user from it', () => {
    const token = signToken('ingrid.bakker@delinde.example', SECRET, NOW);
    expect(token.split('.')).toHaveLength(3);
    expect(verifyToken(token, SECRET, NOW)).toEqual({
      ok: true,
      claims: { upn: 'ingrid.bakker@delinde.example', iat: NOW.getTime() / 1000, exp: NOW.getTime() / 1000 + 3600 },
    });
  });

  it('refuses a token signed with another secret or altered', () => {
    const token = signToken('a@b.example', SECRET, NOW);
    expect(verifyToken(token, 'other', NOW)).toEqual({ ok: false, reason: 'signature' });
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ upn: 'mt@b.example', iat: 0, exp: 9e9 })).toString('base64url');
    expect(verifyToken(`${header}.${forged}.${signature}`, SECRET, NOW)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses an expired or malformed token', () => {
    const token = signToken('a@b.example', SECRET, NOW, 60);
    expect(verifyToken(token, SECRET, new Date(NOW.getTime() + 59_000)).ok).toBe(true);
    expect(verifyToken(token, SECRET, new Date(NOW.getTime() + 60_000))).toEqual({ ok: false, reason: 'expired' });
    expect(verifyToken('abc', SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});
