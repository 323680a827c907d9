import { dominantStage } from './scan';
import { CLIENT_RELATIONSHIPS, type ClientRelationship, CONCERN_STAGES, type ConcernStage } from './stages';
import type { ScanSummary } from './visibility';

/** How the team moved between two scans: people after minus people before. */
export interface Movement {
  from: string;
  to: string;
  people: { before: number; after: number };
  byStage: Record<ConcernStage, number>;
  byClient: Record<ClientRelationship, number>;
  dominant: { before: ConcernStage; after: ConcernStage };
}

/**
 * Team-level movement between two scans. It works on summaries, not on scans, because that is
 * all anyone but the IB ever holds; null when either scan was too small to show its total.
 */
export function movement(previous: ScanSummary, current: ScanSummary): Movement | null {
  const before = previous.total;
  const after = current.total;
  if (!before || !after) return null;
  return {
    from: previous.takenAt,
    to: current.takenAt,
    people: { before: before.people, after: after.people },
    byStage: difference(CONCERN_STAGES, before.byStage, after.byStage),
    byClient: difference(CLIENT_RELATIONSHIPS, before.byClient, after.byClient),
    dominant: { before: dominantStage(before), after: dominantStage(after) },
  };
}

function difference<K extends PropertyKey>(
  keys: readonly K[],
  before: Record<K, number>,
  after: Record<K, number>,
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = after[k] - before[k];
  return out;
}

/** Movement between each pair of consecutive scans, oldest first; pairs too small to show are left out. */
export function history(summaries: readonly ScanSummary[]): Movement[] {
  const sorted = [...summaries].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const moves: Movement[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const move = movement(sorted[i - 1] as ScanSummary, sorted[i] as ScanSummary);
    if (move) moves.push(move);
  }
  return moves;
}
