/**
 * Staff roles (settings, MT and IB): the staff Team's members beside Driehoek's staff list, to
 * give someone a role (leerkracht with bouw and group, IB, MT), change it or take it away; and
 * the first run in a tenant, where whoever provisions the lists becomes MT.
 *
 * The team's members come from Graph (GET /teams/{id}/members, TeamMember.Read.All); guests
 * (parents) are never offered. Writes are checked with the domain's rules first; changes use
 * If-Match like every list write, and the last MT member can never be taken off.
 */
import type { StaffRolesApi, StaffRolesSnapshot, TeamMember, Versioned } from '../api';
import type { StaffMember } from '../../domain/people';
import { firstRunStaff, leavesNoManagement, type StaffRoleDraft, validateStaffRole } from '../../domain/staffRoles';
import type { FieldError } from '../../domain/validation';
import { ValidationError } from '../errors';
import type { RequestOptions } from '../graph/http';
import { ScopesOption } from '../graph/middleware';
import { normaliseUpn } from '../lists/staff';
import type { ServiceContext } from './context';

const TEAM_MEMBERS: RequestOptions = { middleware: [new ScopesOption(['TeamMember.Read.All'])] };

interface GraphMember {
  displayName?: string | null;
  email?: string | null;
  roles?: string[];
}

export interface StaffRolesContext extends Pick<ServiceContext, 'http' | 'repositories' | 'signedInUpn'> {
  /** The staff Team's id (its group id). */
  teamId(): Promise<string>;
  /** The staff list changed: the session's cached `me()` must be read again. */
  onStaffChanged(): void;
}

function refuse(errors: readonly FieldError[]): never {
  throw ValidationError.fromFieldErrors(errors, 'staff');
}

const byName = (a: { displayName: string }, b: { displayName: string }) => a.displayName.localeCompare(b.displayName, 'nl');

export function createStaffRolesApi(context: StaffRolesContext): StaffRolesApi {
  const { http, repositories, signedInUpn, teamId, onStaffChanged } = context;
  const staffRepo = repositories.staff;

  async function members(): Promise<TeamMember[]> {
    const id = await teamId();
    const found = await http.getAll<GraphMember>(`/teams/${encodeURIComponent(id)}/members`, TEAM_MEMBERS);
    return found
      .filter((m) => m.email && !(m.roles ?? []).includes('guest'))
      .map((m) => ({ upn: normaliseUpn(m.email!), displayName: m.displayName?.trim() || m.email!, isOwner: (m.roles ?? []).includes('owner') }))
      .sort(byName);
  }

  async function load(): Promise<StaffRolesSnapshot> {
    const [team, staff] = await Promise.all([members(), staffRepo.all()]);
    return { members: team, staff: [...staff].sort((a, b) => byName(a.value, b.value)) };
  }

  function checked(draft: StaffRoleDraft): StaffMember {
    const verdict = validateStaffRole(draft);
    if (!verdict.ok) refuse(verdict.errors);
    return verdict.value;
  }

  async function assign(draft: StaffRoleDraft): Promise<Versioned<StaffMember>> {
    const member = checked(draft);
    const { item } = await staffRepo.ensure(member);
    onStaffChanged();
    return item;
  }

  async function change(current: Versioned<StaffMember>, draft: StaffRoleDraft): Promise<Versioned<StaffMember>> {
    const member = checked(draft);
    if (normaliseUpn(member.upn) !== normaliseUpn(current.value.upn)) refuse([{ field: 'upn', code: 'invalidChoice' }]);
    // The whole list decides: someone may have changed another MT member's role meanwhile.
    const staff = (await staffRepo.all()).map((s) => s.value);
    if (leavesNoManagement(staff, member.upn, member.role)) refuse([{ field: 'role', code: 'invalidChoice', params: { reason: 'lastMt' } }]);
    // The role's own fields replace the old ones (an IB has no bouw); the veranderteam mark stays.
    const keepsChangeTeam = draft.inChangeTeam === undefined && current.value.inChangeTeam;
    const saved = await staffRepo.update(current, { ...member, ...(keepsChangeTeam ? { inChangeTeam: true } : {}) });
    onStaffChanged();
    return saved;
  }

  async function remove(current: Versioned<StaffMember>): Promise<void> {
    const staff = (await staffRepo.all()).map((s) => s.value);
    if (leavesNoManagement(staff, current.value.upn, null)) refuse([{ field: 'role', code: 'invalidChoice', params: { reason: 'lastMt' } }]);
    await staffRepo.remove(current);
    onStaffChanged();
  }

  async function claimFirstRun(): Promise<StaffMember | null> {
    const [upn, staff] = await Promise.all([signedInUpn(), staffRepo.all()]);
    if (!upn) return null;
    const mine = staff.find((s) => normaliseUpn(s.value.upn) === upn);
    if (mine) return mine.value;
    // Only the very first person: once anyone is on the list, roles are given in the settings.
    if (staff.length) return null;
    const profile = await http.get<{ displayName?: string }>('/me?$select=displayName,userPrincipalName');
    const { item } = await staffRepo.ensure(firstRunStaff(upn, profile.displayName ?? upn));
    onStaffChanged();
    return item.value;
  }

  return { load, assign, change, remove, claimFirstRun };
}
