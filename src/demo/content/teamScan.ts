import type { DataLayer } from '../../data';
import type { Meeting } from '../../domain/meetings';
import { schoolToday } from '../../domain/talks/time';
import { defaultStatements } from '../../domain/teamScan/overDeStreep';
import type { ScanEntry } from '../../domain/teamScan/scan';
import type { SelfAssessmentDraft } from '../../domain/teamScan/selfAssessment';
import { teamScanNl } from '../../ui/i18n/teamScan.nl';
import { DEMO_CYCLE_KEY } from './cycle';
import { DEMO_STAFF } from '../people';

/**
 * The demo's team scan: two scans by the IB (the team moving from wanting information toward
 * working with it), the team's self-assessments of maturity and partnership profile, the
 * starter statements and one "over de streep" round at a team meeting, counted in the room.
 * Written through the team-scan API like the IB would, so the entries land in her private
 * channel and only the totals in the team site. Fixed ids keep a second seed from adding any.
 */
type Stage = ScanEntry['stage'];
type Client = ScanEntry['client'];

/** Per colleague (not the IB): stage and relationship at the first and the second scan. */
const JUDGEMENTS: Readonly<Record<string, [Stage, Client, Stage, Client]>> = {
  'mark.devries@delinde.example': [2, 'customer', 4, 'customer'],
  'fatima.elamrani@delinde.example': [1, 'visitor', 3, 'customer'],
  'sanne.jansen@delinde.example': [2, 'customer', 4, 'coExpert'],
  'lotte.visser@delinde.example': [1, 'visitor', 2, 'visitor'],
  'daan.kok@delinde.example': [0, 'complainant', 1, 'visitor'],
  'ahmed.yilmaz@delinde.example': [2, 'visitor', 3, 'customer'],
  'eva.deboer@delinde.example': [1, 'visitor', 3, 'customer'],
  'tom.mulder@delinde.example': [1, 'complainant', 2, 'visitor'],
  'noor.hendriks@delinde.example': [3, 'customer', 5, 'coExpert'],
  'pieter.smit@delinde.example': [1, 'visitor', 2, 'customer'],
};

function entries(at: 0 | 1): ScanEntry[] {
  return DEMO_STAFF.filter((s) => JUDGEMENTS[s.upn]).map((s) => {
    const j = JUDGEMENTS[s.upn]!;
    return {
      kind: 'person',
      upn: s.upn,
      displayName: s.displayName,
      group: s.bouw ?? 'directie',
      stage: j[at * 2] as Stage,
      client: j[at * 2 + 1] as Client,
    };
  });
}

/** `at` is the date of the scan moment with that index (first, middle, last held team meeting). */
const ASSESSMENTS: readonly { id: string; at: 0 | 1 | 2; draft: Omit<SelfAssessmentDraft, 'at'> }[] = [
  { id: 'demo-sa-m1', at: 0, draft: { kind: 'maturity', value: 'M1', rationale: 'Iedereen doet het goed in de eigen groep, maar afspraken over ouders maken we nog niet samen.' } },
  { id: 'demo-sa-m2', at: 2, draft: { kind: 'maturity', value: 'M2', rationale: 'De bouwen pakken de beloftes op en spreken elkaar erop aan; als heel team nog niet.' } },
  { id: 'demo-sa-p1', at: 0, draft: { kind: 'schoolType', value: 'informationOriented', rationale: 'We informeren ouders goed via de nieuwsbrief en de app, maar vragen weinig terug.' } },
  { id: 'demo-sa-p2', at: 2, draft: { kind: 'schoolType', value: 'relationshipOriented', rationale: 'Startgesprekken in elke groep: ouders vertellen eerst over hun kind en we bellen vaker zelf.' } },
];

/** The held team meetings of the cycle, oldest first: scans and assessments fall on them. */
function heldTeamMeetings(meetings: readonly Meeting[]): Meeting[] {
  return meetings
    .filter((m) => m.cycleId === DEMO_CYCLE_KEY && m.type === 'team' && m.status === 'held')
    .sort((a, b) => a.date.localeCompare(b.date));
}

export async function seedDemoTeamScan(layer: DataLayer, meetings: readonly Meeting[], today: Date): Promise<void> {
  const api = layer.api.teamScan;
  const held = heldTeamMeetings(meetings);
  const dates = [held[0]?.date, held[Math.floor(held.length / 2)]?.date, held.at(-1)?.date].map((d) => d ?? schoolToday(today));
  await api.recordScan({ id: 'demo-scan-1', cycleId: DEMO_CYCLE_KEY, takenAt: dates[0]!, entries: entries(0) });
  if (dates[2]! > dates[0]!) {
    await api.recordScan({ id: 'demo-scan-2', cycleId: DEMO_CYCLE_KEY, takenAt: dates[2]!, entries: entries(1) });
  }
  for (const a of ASSESSMENTS) await api.assess({ ...a.draft, id: a.id, at: dates[a.at]! } as SelfAssessmentDraft & { id: string });

  const { statements, rounds } = await api.overDeStreep();
  if (statements.length === 0) {
    for (const [i, s] of defaultStatements(teamScanNl.overDeStreep.defaults).entries()) {
      await api.addStatement({ id: `demo-statement-${i + 1}`, text: s.text });
    }
  }
  if (rounds.some((r) => r.round.value.id === 'demo-round-1')) return;
  const stored = (await api.overDeStreep()).statements.slice(0, 3).map((s) => s.value);
  const meeting = held.at(-1);
  let round = await api.startRound({
    id: 'demo-round-1',
    heldAt: meeting?.date ?? schoolToday(today),
    statements: stored,
    ...(meeting ? { meetingId: meeting.id } : {}),
  });
  // The team stood on two sides of a line in the staff room; the IB counted.
  const counts = [
    { agree: 7, disagree: 4 },
    { agree: 3, disagree: 8 },
    { agree: 9, disagree: 2 },
  ];
  for (const [i, s] of stored.entries()) round = await api.addRoomCounts('demo-round-1', s.id, counts[i]!);
  await api.closeRound(round.round);
}
