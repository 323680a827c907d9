/**
 * Teams, their channels and the channels' messages, in the same SQLite database as the lists
 * (so they persist across restarts and take part in each request's transaction). A team is the
 * Microsoft 365 group behind a team site: it has the group's id, is linked to that site, and
 * lists its members by UPN. Messages keep their body exactly as posted.
 */
import type Database from 'better-sqlite3';

export const TEAMS_SCHEMA = `
CREATE TABLE IF NOT EXISTS teams (
  id TEXT PRIMARY KEY COLLATE NOCASE,
  site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  tenant_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS team_members (
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  upn TEXT NOT NULL COLLATE NOCASE,
  role TEXT NOT NULL DEFAULT 'member',
  PRIMARY KEY (team_id, upn)
);
CREATE TABLE IF NOT EXISTS channels (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  is_primary INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL
);
-- A private channel has its own members and its own SharePoint site (SharePoint's model since
-- private channels got their own site collection); standard channels have no row here.
CREATE TABLE IF NOT EXISTS private_channels (
  channel_id TEXT PRIMARY KEY REFERENCES channels(id) ON DELETE CASCADE,
  site_id TEXT NOT NULL REFERENCES sites(id)
);
CREATE TABLE IF NOT EXISTS channel_members (
  channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  upn TEXT NOT NULL COLLATE NOCASE,
  role TEXT NOT NULL DEFAULT 'member',
  PRIMARY KEY (channel_id, upn)
);
CREATE TABLE IF NOT EXISTS channel_messages (
  channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  created TEXT NOT NULL,
  subject TEXT,
  content_type TEXT NOT NULL,
  content TEXT NOT NULL,
  from_upn TEXT NOT NULL,
  PRIMARY KEY (channel_id, id)
);
`;

export interface TeamRecord {
  /** The group's id (a GUID), which is also the team's id in Graph. */
  id: string;
  siteId: string;
  tenantId: string;
  displayName: string;
  description: string;
  created: string;
}

export interface ChannelRecord {
  /** "19:…@thread.tacv2". */
  id: string;
  teamId: string;
  displayName: string;
  description: string;
  isPrimary: boolean;
  created: string;
  /** 'private': own members and own site (siteId); 'standard': the team's members and site. */
  membershipType: 'standard' | 'private';
  /** The private channel's own site; absent for standard channels. */
  siteId?: string;
}

export type MemberRole = 'owner' | 'member';

export interface MemberRecord {
  upn: string;
  role: MemberRole;
}

export interface MessageRecord {
  channelId: string;
  /** Graph's message ids are the creation time in epoch milliseconds; unique per channel here. */
  id: number;
  /** ISO date-time with milliseconds, as Graph gives message times. */
  created: string;
  subject: string | null;
  contentType: 'text' | 'html';
  content: string;
  fromUpn: string;
}

export interface TeamsStore {
  teams(): TeamRecord[];
  team(id: string): TeamRecord | undefined;
  teamOfSite(siteId: string): TeamRecord | undefined;
  createTeam(team: TeamRecord): void;
  /** Teams the person is a member (or owner) of. */
  teamsOf(upn: string): TeamRecord[];
  isMember(teamId: string, upn: string): boolean;
  addMember(teamId: string, upn: string, role?: MemberRole): void;
  /** The team's members, owners first, then by UPN. */
  membersOf(teamId: string): MemberRecord[];

  channelsOf(teamId: string): ChannelRecord[];
  channel(teamId: string, channelId: string): ChannelRecord | undefined;
  /** Creates the channel: private when it comes with its own site (siteId), standard otherwise. */
  createChannel(channel: Omit<ChannelRecord, 'membershipType'>): void;
  deleteChannel(channelId: string): void;
  /** The private channel whose own site this is, if any. */
  channelOfSite(siteId: string): ChannelRecord | undefined;
  /** Members of a private channel, owners first. */
  channelMembersOf(channelId: string): MemberRecord[];
  isChannelMember(channelId: string, upn: string): boolean;
  /** Adds the person or changes their role. */
  setChannelMember(channelId: string, upn: string, role: MemberRole): void;
  removeChannelMember(channelId: string, upn: string): void;

  /**
   * Stores a message with the next id of the channel at or after `atMs` (two messages in the same
   * millisecond get consecutive ids); its creation time is the time its id stands for.
   */
  insertMessage(message: Omit<MessageRecord, 'id' | 'created'>, atMs: number): MessageRecord;
  message(channelId: string, id: number): MessageRecord | undefined;
  /** Newest first; `before` continues after the last message of the previous page. */
  messages(channelId: string, limit: number, before?: number): MessageRecord[];
}

interface TeamRow {
  id: string;
  site_id: string;
  tenant_id: string;
  display_name: string;
  description: string;
  created: string;
}

interface ChannelRow {
  id: string;
  team_id: string;
  display_name: string;
  description: string;
  is_primary: number;
  created: string;
  site_id: string | null;
}

interface MessageRow {
  channel_id: string;
  id: number;
  created: string;
  subject: string | null;
  content_type: string;
  content: string;
  from_upn: string;
}

const toTeam = (r: TeamRow): TeamRecord => ({
  id: r.id,
  siteId: r.site_id,
  tenantId: r.tenant_id,
  displayName: r.display_name,
  description: r.description,
  created: r.created,
});

const toChannel = (r: ChannelRow): ChannelRecord => ({
  id: r.id,
  teamId: r.team_id,
  displayName: r.display_name,
  description: r.description,
  isPrimary: r.is_primary === 1,
  created: r.created,
  membershipType: r.site_id ? 'private' : 'standard',
  ...(r.site_id ? { siteId: r.site_id } : {}),
});

const toMember = (r: { upn: string; role: string }): MemberRecord => ({ upn: r.upn, role: r.role === 'owner' ? 'owner' : 'member' });

const CHANNEL_SELECT = 'SELECT c.*, p.site_id FROM channels c LEFT JOIN private_channels p ON p.channel_id = c.id';

const toMessage = (r: MessageRow): MessageRecord => ({
  channelId: r.channel_id,
  id: r.id,
  created: r.created,
  subject: r.subject,
  contentType: r.content_type === 'html' ? 'html' : 'text',
  content: r.content,
  fromUpn: r.from_upn,
});

export function openTeamsStore(db: Database.Database): TeamsStore {
  db.exec(TEAMS_SCHEMA);
  const stmt = {
    teams: db.prepare<[], TeamRow>('SELECT * FROM teams ORDER BY created, display_name'),
    team: db.prepare<[string], TeamRow>('SELECT * FROM teams WHERE id = ?'),
    teamOfSite: db.prepare<[string], TeamRow>('SELECT * FROM teams WHERE site_id = ? ORDER BY created LIMIT 1'),
    insertTeam: db.prepare(
      'INSERT INTO teams (id, site_id, tenant_id, display_name, description, created) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    teamsOf: db.prepare<[string], TeamRow>(
      'SELECT t.* FROM teams t JOIN team_members m ON m.team_id = t.id WHERE m.upn = ? ORDER BY t.created, t.display_name',
    ),
    isMember: db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM team_members WHERE team_id = ? AND upn = ?'),
    addMember: db.prepare('INSERT OR IGNORE INTO team_members (team_id, upn, role) VALUES (?, ?, ?)'),
    members: db.prepare<[string], { upn: string; role: string }>(
      "SELECT upn, role FROM team_members WHERE team_id = ? ORDER BY role = 'owner' DESC, upn",
    ),
    channels: db.prepare<[string], ChannelRow>(
      `${CHANNEL_SELECT} WHERE c.team_id = ? ORDER BY c.is_primary DESC, c.created, c.display_name`,
    ),
    channel: db.prepare<[string, string], ChannelRow>(`${CHANNEL_SELECT} WHERE c.team_id = ? AND c.id = ?`),
    channelOfSite: db.prepare<[string], ChannelRow>(`${CHANNEL_SELECT} WHERE p.site_id = ?`),
    insertChannel: db.prepare(
      'INSERT INTO channels (id, team_id, display_name, description, is_primary, created) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertPrivate: db.prepare('INSERT INTO private_channels (channel_id, site_id) VALUES (?, ?)'),
    deleteChannel: db.prepare('DELETE FROM channels WHERE id = ?'),
    privateSite: db.prepare<[string], { site_id: string }>('SELECT site_id FROM private_channels WHERE channel_id = ?'),
    deleteSite: db.prepare('DELETE FROM sites WHERE id = ?'),
    channelMembers: db.prepare<[string], { upn: string; role: string }>(
      "SELECT upn, role FROM channel_members WHERE channel_id = ? ORDER BY role = 'owner' DESC, upn",
    ),
    isChannelMember: db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM channel_members WHERE channel_id = ? AND upn = ?',
    ),
    setChannelMember: db.prepare(
      'INSERT INTO channel_members (channel_id, upn, role) VALUES (?, ?, ?) ON CONFLICT (channel_id, upn) DO UPDATE SET role = excluded.role',
    ),
    removeChannelMember: db.prepare('DELETE FROM channel_members WHERE channel_id = ? AND upn = ?'),
    lastMessageId: db.prepare<[string], { id: number | null }>('SELECT MAX(id) AS id FROM channel_messages WHERE channel_id = ?'),
    insertMessage: db.prepare(
      'INSERT INTO channel_messages (channel_id, id, created, subject, content_type, content, from_upn) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    message: db.prepare<[string, number], MessageRow>('SELECT * FROM channel_messages WHERE channel_id = ? AND id = ?'),
    newest: db.prepare<[string, number], MessageRow>(
      'SELECT * FROM channel_messages WHERE channel_id = ? ORDER BY id DESC LIMIT ?',
    ),
    before: db.prepare<[string, number, number], MessageRow>(
      'SELECT * FROM channel_messages WHERE channel_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
    ),
  };

  return {
    teams: () => stmt.teams.all().map(toTeam),
    team: (id) => {
      const row = stmt.team.get(id);
      return row ? toTeam(row) : undefined;
    },
    teamOfSite: (siteId) => {
      const row = stmt.teamOfSite.get(siteId);
      return row ? toTeam(row) : undefined;
    },
    createTeam: (t) => void stmt.insertTeam.run(t.id, t.siteId, t.tenantId, t.displayName, t.description, t.created),
    teamsOf: (upn) => stmt.teamsOf.all(upn).map(toTeam),
    isMember: (teamId, upn) => (stmt.isMember.get(teamId, upn)?.n ?? 0) > 0,
    addMember: (teamId, upn, role = 'member') => void stmt.addMember.run(teamId, upn, role),
    membersOf: (teamId) => stmt.members.all(teamId).map(toMember),

    channelsOf: (teamId) => stmt.channels.all(teamId).map(toChannel),
    channel: (teamId, channelId) => {
      const row = stmt.channel.get(teamId, channelId);
      return row ? toChannel(row) : undefined;
    },
    createChannel: (c) => {
      stmt.insertChannel.run(c.id, c.teamId, c.displayName, c.description, c.isPrimary ? 1 : 0, c.created);
      if (c.siteId) stmt.insertPrivate.run(c.id, c.siteId);
    },
    deleteChannel: (channelId) => {
      // A private channel's site goes with it, as SharePoint deletes the channel's site collection.
      const siteId = stmt.privateSite.get(channelId)?.site_id;
      stmt.deleteChannel.run(channelId);
      if (siteId) stmt.deleteSite.run(siteId);
    },
    channelOfSite: (siteId) => {
      const row = stmt.channelOfSite.get(siteId);
      return row ? toChannel(row) : undefined;
    },
    channelMembersOf: (channelId) => stmt.channelMembers.all(channelId).map(toMember),
    isChannelMember: (channelId, upn) => (stmt.isChannelMember.get(channelId, upn)?.n ?? 0) > 0,
    setChannelMember: (channelId, upn, role) => void stmt.setChannelMember.run(channelId, upn, role),
    removeChannelMember: (channelId, upn) => void stmt.removeChannelMember.run(channelId, upn),

    insertMessage: (m, atMs) => {
      const last = stmt.lastMessageId.get(m.channelId)?.id ?? 0;
      const id = Math.max(Math.trunc(atMs), last + 1);
      const record: MessageRecord = { ...m, id, created: new Date(id).toISOString() };
      stmt.insertMessage.run(m.channelId, id, record.created, m.subject, m.contentType, m.content, m.fromUpn);
      return record;
    },
    message: (channelId, id) => {
      const row = stmt.message.get(channelId, id);
      return row ? toMessage(row) : undefined;
    },
    messages: (channelId, limit, before) =>
      (before === undefined ? stmt.newest.all(channelId, limit) : stmt.before.all(channelId, before, limit)).map(toMessage),
  };
}
