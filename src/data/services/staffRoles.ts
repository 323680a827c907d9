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
import { firstRunStaff, ibsAfter, leavesNoManagement, type StaffRoleDraft, validateStaffRole } from '../../domain/staffRoles';
import type { FieldError } from '../../domain/validation';
import { ValidationError } from '../errors';
import { answerBody, batchGet, type BatchAnswer } from '../graph/batch';
import type { Collection } from '../graph/http';
import { withScopes } from '../graph/scopes';
import { normaliseUpn } from '../lists/staff';
import { isSiteOf, teamNotFound, teamSiteUrl, type TeamResolver } from '../team';
import type { ServiceContext } from './context';
import { byDisplayName } from './staff';

const TEAM_MEMBERS = withScopes('readTeamMembers');
/** The load's one $batch reads the staff list (and teams' sites) beside the members, on one token. */
const STAFF_AND_MEMBERS = withScopes('lists', 'readTeamMembers');

interface GraphMember {
  displayName?: string | null;
  email?: string | null;
  roles?: string[];
}

export interface StaffRolesContext extends Pick<ServiceContext, 'http' | 'site' | 'repositories' | 'signedInUpn'> {
  /** The staff Team: known from the Teams context or earlier, or found among the user's teams. */
  team: Pick<TeamResolver, 'knownId' | 'joinedTeamIds' | 'remember'>;
  /** The staff list changed: the session's cached `me()` must be read again. */
  onStaffChanged(): void;
  /** The IB's private team-scan channel, whose members are the IBs (services/teamScan.ts). */
  scanChannel: { follow(ibUpns: readonly string[]): Promise<void> };
}

function refuse(errors: readonly FieldError[]): never {
  throw ValidationError.fromFieldErrors(errors, 'staff');
}


export function createStaffRolesApi(context: StaffRolesContext): StaffRolesApi {
  const { http, site, repositories, signedInUpn, team, onStaffChanged, scanChannel } = context;
  const staffRepo = repositories.staff;

  const membersUrl = (teamId: string) => `/teams/${encodeURIComponent(teamId)}/members`;

  async function membersOf(answer: BatchAnswer | undefined): Promise<TeamMember[]> {
    const found = await http.rest(answerBody<Collection<GraphMember>>(answer), TEAM_MEMBERS);
    return found
      .filter((m) => m.email && !(m.roles ?? []).includes('guest'))
      .map((m) => ({ upn: normaliseUpn(m.email!), displayName: m.displayName?.trim() || m.email!, isOwner: (m.roles ?? []).includes('owner') }))
      .sort(byDisplayName);
  }

  /**
   * The staff list and the team's members in one $batch. When the team is not known yet (local
   * mode, first visit), the user's teams are listed first and the batch asks, for each, its site
   * and its members; the team whose site is Driehoek's is the one, and is remembered.
   */
  async function load(): Promise<StaffRolesSnapshot> {
    const known = team.knownId();
    const [staffUrl, knownId, candidates, siteId] = await Promise.all([
      staffRepo.queryUrl({}),
      known,
      known ? null : team.joinedTeamIds(),
      known ? null : site.siteId(),
    ]);
    const ids = knownId ? [knownId] : (candidates ?? []);
    const answers = await batchGet(
      http,
      [
        { id: 'staff', url: staffUrl },
        ...ids.flatMap((id, i) => [
          ...(knownId ? [] : [{ id: `site${i}`, url: teamSiteUrl(id) }]),
          { id: `members${i}`, url: membersUrl(id) },
        ]),
      ],
      { request: STAFF_AND_MEMBERS },
    );
    // The staff answer first: a guest is refused there (403), before any team question.
    const staff = await staffRepo.fromAnswer(answers.get('staff'));
    const index = knownId ? 0 : ids.findIndex((_id, i) => isSiteOf(answers.get(`site${i}`), siteId!));
    if (index < 0) throw teamNotFound();
    if (!knownId) team.remember(ids[index]!);
    const members = await membersOf(answers.get(`members${index}`));
    return { members, staff: [...staff].sort((a, b) => byDisplayName(a.value, b.value)) };
  }

  function checked(draft: StaffRoleDraft): StaffMember {
    const verdict = validateStaffRole(draft);
    if (!verdict.ok) refuse(verdict.errors);
    return verdict.value;
  }

  /**
   * Saves a change to the staff list; when it gives or takes the IB role, the team-scan channel
   * follows first (access is granted or withdrawn at once, and a refusal stops the change), and
   * is set back to the IBs as they were when the save itself fails.
   */
  async function withScanChannel<T>(staff: readonly StaffMember[], upn: string, role: StaffMember['role'] | null, save: () => Promise<T>): Promise<T> {
    const next = ibsAfter(staff, upn, role);
    if (!next) return save();
    await scanChannel.follow(next);
    try {
      return await save();
    } catch (error) {
      const before = staff.filter((s) => s.role === 'ib').map((s) => s.upn);
      await scanChannel.follow(before).catch(() => undefined);
      throw error;
    }
  }

  async function assign(draft: StaffRoleDraft): Promise<Versioned<StaffMember>> {
    const member = checked(draft);
    // Only a new IB changes who may read the team scan; a new teacher or MT member does not.
    const staff = member.role === 'ib' ? (await staffRepo.all()).map((s) => s.value) : [];
    const { item } = await withScanChannel(staff, member.upn, member.role, () => staffRepo.ensure(member));
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
    const saved = await withScanChannel(staff, member.upn, member.role, () =>
      staffRepo.update(current, { ...member, ...(keepsChangeTeam ? { inChangeTeam: true } : {}) }),
    );
    onStaffChanged();
    return saved;
  }

  async function remove(current: Versioned<StaffMember>): Promise<void> {
    const staff = (await staffRepo.all()).map((s) => s.value);
    if (leavesNoManagement(staff, current.value.upn, null)) refuse([{ field: 'role', code: 'invalidChoice', params: { reason: 'lastMt' } }]);
    await withScanChannel(staff, current.value.upn, null, () => staffRepo.remove(current));
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
