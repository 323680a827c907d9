/**
 * The tenant's directory in local mode: the demo school's staff (members of the site) and a
 * parent who is a guest (a valid user, never a member). Injected where needed so tests and a
 * later tenant-like setup can use another directory.
 */
import { createHash } from 'node:crypto';
import { DEMO_GUEST, DEMO_STAFF } from '../demo/people';
import type { Role } from '../domain/people';

export interface DirectoryUser {
  /** Entra object id: stable, derived from the UPN. */
  id: string;
  upn: string;
  displayName: string;
  role: Role;
  member: boolean;
}

export interface Directory {
  users(): readonly DirectoryUser[];
  user(upn: string): DirectoryUser | undefined;
}

/** A name-based UUID (version 5 layout over SHA-1), so the same UPN always gets the same id. */
export function stableGuid(name: string): string {
  const hash = createHash('sha1').update(`driehoek:${name.toLowerCase()}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function createDirectory(users: ReadonlyArray<Omit<DirectoryUser, 'id'>>): Directory {
  const all = users.map((u) => ({ ...u, id: stableGuid(u.upn) }));
  const byUpn = new Map(all.map((u) => [u.upn.toLowerCase(), u]));
  return {
    users: () => all,
    user: (upn) => byUpn.get(upn.toLowerCase()),
  };
}

export function demoDirectory(): Directory {
  return createDirectory([
    ...DEMO_STAFF.map((s) => ({ upn: s.upn, displayName: s.displayName, role: s.role, member: true })),
    { upn: DEMO_GUEST.upn, displayName: DEMO_GUEST.displayName, role: 'guest' as const, member: false },
  ]);
}
