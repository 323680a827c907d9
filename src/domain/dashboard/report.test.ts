import { dashboardEn } from '../../ui/i18n/dashboard.en';
import { dashboardNl } from '../../ui/i18n/dashboard.nl';
import { stepsEn } from '../../ui/i18n/steps.en';
import { stepsNl } from '../../ui/i18n/steps.nl';
import { teamScanEn } from '../../ui/i18n/teamScan.en';
import { teamScanNl } from '../../ui/i18n/teamScan.nl';
import type { Commitment } from '../commitments';
import type { ChangeCycle } from '../cycles';
import type { Meeting } from '../meetings';
import type { ScanEntry } from '../teamScan/scan';
import { type SelfAssessment, trend } from '../teamScan/selfAssessment';
import type { ConcernStage } from '../teamScan/stages';
import { summarizeScan } from '../teamScan/visibility';
import { aggregateDashboard } from './aggregate';
import { assessmentsOfTrends, buildReport } from './report';
import type { ReportBlock, ReportMessages } from './reportModel';

// The catalogs as the UI passes them: this also checks they have the shape the report needs.
const nl: ReportMessages = { ...dashboardNl, teamScan: teamScanNl, steps: stepsNl };
const en: ReportMessages = { ...dashboardEn, teamScan: teamScanEn, steps: stepsEn };

const cycle: ChangeCycle = {
  id: 'c1',
  title: 'Op weg naar educatief partnerschap',
  dream: 'Ouders en school als gelijken.',
  schoolYear: '2026-2027',
  status: 'active',
  coachUpn: 'ib@school.nl',
  memberUpns: [],
  round: 1,
  stepsDone: [1, 2],
};

const meeting = (id: string, date: string, score?: number): Meeting => ({
  id,
  cycleId: 'c1',
  type: 'team',
  title: id,
  date,
  purpose: '',
  stepsCovered: [],
  minutes: '',
  status: 'held',
  ...(score === undefined ? {} : { score }),
});

const promise = (id: string, bouw: Commitment['bouw'], status: Commitment['status']): Commitment => ({
  id,
  cycleId: 'c1',
  ownerUpn: 'anne.geheim@school.nl',
  ownerName: 'Anne Geheim',
  bouw,
  madeOn: '2026-09-14',
  dueDate: '2026-10-12',
  text: 'Elke ouder bellen',
  status,
  whatWorked: '',
  whatWasHard: '',
  supportWanted: status === 'notKept',
});

const entry = (upn: string, stage: ConcernStage): ScanEntry => ({
  kind: 'person',
  upn,
  displayName: upn.split('@')[0]!,
  group: 'onderbouw',
  stage,
  client: 'visitor',
});
const scan = (id: string, takenAt: string, stages: ConcernStage[]) =>
  summarizeScan({ id, cycleId: 'c1', takenAt, entries: stages.map((s, i) => entry(`collega${i}.geheim@school.nl`, s)) });

const assessments: SelfAssessment[] = [
  { id: 'a1', kind: 'maturity', at: '2026-09-01', value: 'M2', rationale: 'Afspraken leven vooral per bouw.' },
  { id: 'a2', kind: 'maturity', at: '2026-11-15', value: 'M3', rationale: 'We <b>organiseren</b> samen de ouderavond.' },
  { id: 'a3', kind: 'schoolType', at: '2025-05-01', value: 'informationOriented', rationale: 'Vorig jaar.' },
];

const aggregates = aggregateDashboard({
  cycle,
  stepRecords: [
    { id: 'r1', cycleId: 'c1', step: 1, round: 1, date: '2026-09-01', items: [], notes: '' },
    { id: 'r2', cycleId: 'c1', step: 2, round: 1, date: '2026-09-14', items: [], notes: '' },
  ],
  meetings: [meeting('m1', '2026-09-14', 4), meeting('m2', '2026-10-12', 5.5)],
  commitments: [promise('p1', 'onderbouw', 'kept'), promise('p2', 'bovenbouw', 'notKept')],
  talks: [],
  agreements: [],
  intervisieGroups: [],
  intervisieSessions: [],
  period: { kind: 'schoolYear', schoolYear: '2026-2027' },
  today: '2026-11-20',
});

const scans = [scan('s1', '2026-09-10', [0, 0, 1, 1, 2]), scan('s2', '2026-11-10', [1, 2, 2, 3, 4, 2])];
const report = buildReport(aggregates, scans, assessments, nl);
const section = (id: string) => report.sections.find((s) => s.id === id)!;
const table = (blocks: ReportBlock[]) => blocks.find((b) => b.kind === 'table') as Extract<ReportBlock, { kind: 'table' }>;
const figures = (blocks: ReportBlock[]) =>
  (blocks.find((b) => b.kind === 'figures') as Extract<ReportBlock, { kind: 'figures' }>).items;

describe('buildReport', () => {
  it('titles the report with the cycle and period, sections in reading order', () => {
    expect(report.title).toBe('Voortgangsverslag: Op weg naar educatief partnerschap');
    expect(report.period).toBe('2026-08-01 tot en met 2027-07-31');
    expect(report.sections.map((s) => s.id)).toEqual([
      'progress',
      'meetings',
      'promises',
      'parents',
      'intervisie',
      'teamScan',
      'selfAssessment',
    ]);
  });

  it('shows where the plan stands, with the score chart and its table', () => {
    const blocks = section('progress').blocks;
    expect(figures(blocks).map((f) => f.value)).toEqual(['Stap 3: Supporters werven', '2 van 11', 5.5]);
    // The items behind "steps done": every step of the round, done ones with their day.
    const steps = table(blocks);
    expect(steps.caption).toBe('De stappen van ronde 1');
    expect(steps.columns).toEqual(['Stap', 'Stand', 'Gedaan op']);
    expect(steps.rows).toHaveLength(11);
    expect(steps.rows.filter((r) => r[1] === 'Gedaan')).toHaveLength(2);
    expect(steps.rows[0]![2]).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(steps.rows[2]).toEqual(['Stap 3: Supporters werven', 'Nu aan de beurt', '–']);
    expect(steps.rows.at(-1)).toEqual(['Stap 11: Succes vieren', 'Nog te doen', '–']);
    const chart = blocks.find((b) => b.kind === 'lineChart');
    expect(chart).toMatchObject({ yMin: 0, yMax: 10, points: [{ x: '2026-09-14', y: 4 }, { x: '2026-10-12', y: 5.5 }] });
    expect(chart?.kind === 'lineChart' && chart.table.rows).toEqual([
      ['2026-09-14', 4],
      ['2026-10-12', 5.5],
    ]);
  });

  it('charts promises per bouw by status, as on the dashboard, with their table and a total row', () => {
    const chart = section('promises').blocks.find((b) => b.kind === 'barChart');
    if (chart?.kind !== 'barChart') throw new Error('no promises chart');
    expect(chart.bars.map((b) => [b.label, b.segments.map((s) => `${s.status}:${s.count}`).join(' ')])).toEqual([
      ['Onderbouw', 'open:0 kept:1 partlyKept:0 notKept:0 renegotiated:0'],
      ['Middenbouw', 'open:0 kept:0 partlyKept:0 notKept:0 renegotiated:0'],
      ['Bovenbouw', 'open:0 kept:0 partlyKept:0 notKept:1 renegotiated:0'],
    ]);
    expect(chart.bars[0]!.segments[1]!.label).toBe('Nagekomen');
    const t = chart.table;
    expect(t.columns).toEqual([
      'Bouw',
      'Beloftes',
      'Open',
      'Nagekomen',
      'Deels nagekomen',
      'Niet nagekomen',
      'Opnieuw afgesproken',
      'Over de datum',
      'Open hulpvragen',
    ]);
    expect(t.rows).toEqual([
      ['Onderbouw', 1, 0, 1, 0, 0, 0, 0, 0],
      ['Middenbouw', 0, 0, 0, 0, 0, 0, 0, 0],
      ['Bovenbouw', 1, 0, 0, 0, 1, 0, 0, 1],
      ['Hele team', 2, 0, 1, 0, 1, 0, 0, 1],
    ]);
  });

  it('gives the team scan as team totals with movement and the approach that fits', () => {
    const blocks = section('teamScan').blocks;
    const t = table(blocks);
    expect(t.caption).toBe('Aantal mensen per fase op 2026-11-10');
    expect(t.columns).toEqual(['Fase', 'Mensen', 'Verschil sinds 2026-09-10']);
    expect(t.rows.slice(0, 5)).toEqual([
      ['0. Bewustwording', 0, '-2'],
      ['1. Informatie', 1, '-1'],
      ['2. Persoonlijk', 3, '+2'],
      ['3. Beheersing', 1, '+1'],
      ['4. Gevolgen', 1, '+1'],
    ]);
    expect(figures(blocks).map((f) => f.value)).toEqual([
      'Leiden, op weg naar Begeleiden',
      'Stap 3: Supporters werven; Stap 4: Voordelen onderzoeken',
    ]);
  });

  it('never names anyone', () => {
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/geheim/i);
    expect(text).not.toContain('p1');
  });

  it('says so when a scan is too small to show, or there is none in the period', () => {
    const small = buildReport(aggregates, [scan('s3', '2026-10-01', [1, 2])], [], nl);
    expect(small.sections.find((s) => s.id === 'teamScan')?.blocks).toEqual([
      { kind: 'text', text: 'De scan omvat te weinig mensen om totalen te tonen.' },
    ]);
    const none = buildReport(aggregates, [scan('s4', '2025-10-01', [1, 2, 3])], [], nl);
    expect(none.sections.find((s) => s.id === 'teamScan')?.blocks[0]).toMatchObject({ kind: 'text' });
  });

  it('lists the self-assessments of the period with the team’s own words, kept as plain text', () => {
    const blocks = section('selfAssessment').blocks;
    expect(figures(blocks)).toEqual([
      { label: 'Teamvolwassenheid – nu', value: 'M3 – teamgevoel' },
      { label: 'Stappen sinds de eerste meting', value: '+1' },
    ]);
    expect(table(blocks).rows).toEqual([
      ['2026-09-01', 'M2 – actieve subgroepen', 'Afspraken leven vooral per bouw.'],
      ['2026-11-15', 'M3 – teamgevoel', 'We <b>organiseren</b> samen de ouderavond.'],
    ]);
    expect(blocks.at(-1)).toEqual({ kind: 'text', text: 'Partnerschapsprofiel: in deze periode niet ingevuld' });
  });

  it('speaks English with the English catalogs and formats dates as told', () => {
    const english = buildReport(aggregates, scans, assessments, en, (d) => d.split('-').reverse().join('/'));
    expect(english.title).toBe('Progress report: Op weg naar educatief partnerschap');
    expect(english.period).toBe('01/08/2026 to 31/07/2027');
    expect(english.generatedOn).toBe('Made on 20/11/2026');
  });
});

describe('assessmentsOfTrends', () => {
  it('gives back the assessments a trend was drawn from', () => {
    const given: SelfAssessment[] = [
      { id: 'a1', kind: 'maturity', at: '2026-09-01', value: 'M1', rationale: 'Begin' },
      { id: 'a2', kind: 'maturity', at: '2026-11-01', value: 'M2', rationale: 'Verder <b>' },
      { id: 'a3', kind: 'schoolType', at: '2026-10-01', value: 'structureOriented', rationale: 'Profiel' },
    ];
    const back = assessmentsOfTrends([trend(given, 'maturity'), trend(given, 'schoolType')]);
    expect(back.sort((a, b) => a.id.localeCompare(b.id))).toEqual(given);
  });
});
