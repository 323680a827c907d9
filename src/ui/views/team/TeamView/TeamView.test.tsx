import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataApi, TeamScanOverview, TimelineSnapshot } from '../../../../data/api';
import { ValidationError } from '../../../../data/errors';
import type { StaffMember } from '../../../../domain/people';
import { history } from '../../../../domain/teamScan/movement';
import { type Scan, suggestApproach } from '../../../../domain/teamScan/scan';
import { trend } from '../../../../domain/teamScan/selfAssessment';
import { summarizeScan } from '../../../../domain/teamScan/visibility';
import { fakeDataApi } from '../../../data/testing';
import { renderTracker } from '../../promises/testing/render';
import { TeamView } from '..';

const ingrid: StaffMember = { upn: 'ingrid@school.example', displayName: 'Ingrid Bakker', role: 'ib' };
const sanne: StaffMember = { upn: 'sanne@school.example', displayName: 'Sanne Jansen', role: 'leerkracht', bouw: 'onderbouw', group: 1 };

const names = ['Anouk Smit', 'Bram de Wit', 'Chris Vos', 'Dewi Kaya', 'Eline Bos', 'Finn Jacobs'];
const scan = (id: string, takenAt: string, stages: number[]): Scan => ({
  id,
  cycleId: 'cycle-1',
  takenAt,
  entries: names.map((displayName, i) => ({
    kind: 'person' as const,
    upn: `${i}@school.example`,
    displayName,
    group: i < 3 ? 'onderbouw' : 'bovenbouw',
    stage: stages[i] as Scan['entries'][number]['stage'],
    client: 'visitor' as const,
  })),
});
const first = scan('s1', '2026-09-15', [1, 1, 1, 2, 1, 2]);
const second = scan('s2', '2026-11-10', [2, 2, 3, 3, 2, 4]);

const overview = (): TeamScanOverview => {
  const scans = [summarizeScan(first), summarizeScan(second)];
  return {
    scans,
    latest: scans[1]!,
    approach: suggestApproach(scans[1]!.total!),
    movements: history(scans),
    maturity: trend([{ id: 'a1', kind: 'maturity', at: '2026-09-15', value: 'M1', rationale: 'Ieder voor zich.' }], 'maturity'),
    schoolType: trend([], 'schoolType'),
  };
};

const timeline: TimelineSnapshot = {
  cycle: { id: 'cycle-1', title: 'Samen sterk met ouders' } as TimelineSnapshot['cycle'],
  meetings: [],
};

const openActive = () => Promise.resolve({ timeline, overview: overview() });

function api(me: StaffMember, extra: Partial<DataApi['teamScan']> = {}) {
  return fakeDataApi({
    me: () => Promise.resolve(me),
    teamScan: { openActive, ...extra },
  });
}

describe('TeamView', () => {
  it('shows a leerkracht the distribution, the approach and the movement, and never an individual entry', async () => {
    const { container } = renderTracker(<TeamView />, api(sanne));
    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect((await screen.findAllByRole('tab')).map((t) => t.querySelector('.fui-Tab__content')?.textContent)).toEqual(['Teamscan', 'Rijpheid & profiel', 'Over de streep']);
    expect(await screen.findByRole('heading', { name: 'Scan van di 10 november 2026: 6 mensen' })).toBeInTheDocument();

    const stages = screen.getByRole('list', { name: 'Staafdiagram van de verdeling: Fasen van betrokkenheid' });
    expect(within(stages).getByRole('listitem', { name: '2 · Persoonlijk: 3' })).toBeInTheDocument();
    // The same figures as a table.
    await userEvent.click(screen.getAllByRole('button', { name: 'Als tabel' })[0]!);
    const table = screen.getByRole('table', { name: 'Fasen van betrokkenheid' });
    expect(within(table).getByRole('row', { name: '2 · Persoonlijk 3 50%' })).toBeInTheDocument();

    const approach = screen.getByRole('region', { name: 'Aanpak die past' });
    expect(approach).toHaveTextContent('De meeste mensen (50%) zitten in de fase 2 · Persoonlijk.');
    expect(approach).toHaveTextContent('Leiden, op weg naar Begeleiden');
    expect(within(approach).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '3. Supporters werven',
      '4. Voordelen onderzoeken',
    ]);
    expect(screen.getByRole('region', { name: 'Beweging tussen scans' })).toHaveTextContent('1 · Informatie → 2 · Persoonlijk');

    for (const name of names) expect(container.textContent).not.toContain(name);
    expect(screen.queryByRole('button', { name: 'Nieuwe scan vastleggen' })).toBeNull();
  });

  it('shows the IB who is where and records a scan through the rules', async () => {
    const recordScan = jest.fn((s: Scan) => Promise.resolve({ value: s, itemId: '9', etag: '"9"' }));
    const scans = jest.fn(() => Promise.resolve([{ value: second, itemId: '2', etag: '"2"' }]));
    const staff: StaffMember[] = [ingrid, sanne, { upn: 'tom@school.example', displayName: 'Tom Mulder', role: 'leerkracht', bouw: 'bovenbouw' }];
    renderTracker(<TeamView />, fakeDataApi({
      me: () => Promise.resolve(ingrid),
      staff: () => Promise.resolve(staff),
      teamScan: { openActive, overview: () => Promise.resolve(overview()), scans, recordScan },
    }));

    // The names stay off the screen (a shared screen shows the totals) until she asks for them.
    const entries = await screen.findByRole('region', { name: 'Wie staat waar (alleen voor de IB)' });
    expect(entries).toHaveTextContent('deel je je scherm, dan ziet de rest alleen de totalen');
    expect(within(entries).queryByRole('table')).toBeNull();
    expect(scans).not.toHaveBeenCalled();
    await userEvent.click(within(entries).getByRole('button', { name: 'Namen tonen' }));
    expect(await within(entries).findByRole('row', { name: /Anouk Smit onderbouw 2 · Persoonlijk Bezoeker/ })).toBeInTheDocument();
    expect(scans).toHaveBeenCalledWith({ cycleId: 'cycle-1' });
    await userEvent.click(within(entries).getByRole('button', { name: 'Namen verbergen' }));
    expect(within(entries).queryByText('Anouk Smit')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwe scan vastleggen' }));
    const form = await screen.findByRole('form', { name: 'Een teamscan vastleggen' });
    // The IB scores her colleagues, not herself.
    expect(await within(form).findByRole('checkbox', { name: 'Sanne Jansen' })).toBeChecked();
    expect(within(form).queryByRole('checkbox', { name: 'Ingrid Bakker' })).toBeNull();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Fase: Tom Mulder' }), '4');
    await userEvent.click(within(form).getByRole('button', { name: 'Subgroep toevoegen' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Scan opslaan' }));
    // The subgroup has no name: the rules refuse and nothing is written.
    expect(await within(form).findByText('Vul dit in.')).toBeInTheDocument();
    expect(recordScan).not.toHaveBeenCalled();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam subgroep' }), 'Onderwijsassistenten');
    await userEvent.click(within(form).getByRole('button', { name: 'Scan opslaan' }));

    await waitFor(() => expect(recordScan).toHaveBeenCalledTimes(1));
    expect(recordScan.mock.calls[0]![0]).toMatchObject({
      cycleId: 'cycle-1',
      entries: [
        { kind: 'person', upn: sanne.upn, group: 'onderbouw', stage: 1, client: 'visitor' },
        { kind: 'person', upn: 'tom@school.example', group: 'bovenbouw', stage: 4 },
        { kind: 'subgroup', group: 'Onderwijsassistenten', size: 3 },
      ],
    });
    expect(await screen.findByText('De scan is opgeslagen. Het team ziet alleen de totalen.')).toBeInTheDocument();
    // The new scan's names are read again, and the totals with them.
    await waitFor(() => expect(scans).toHaveBeenCalledTimes(3));
  });

  it('says in words when the data layer refuses a scan because the person is no longer IB', async () => {
    const recordScan = jest.fn(() =>
      Promise.reject(ValidationError.fromFieldErrors([{ field: 'entries', code: 'invalidChoice', params: { reason: 'onlyIb' } }], 'scan')),
    );
    renderTracker(<TeamView />, fakeDataApi({
      me: () => Promise.resolve(ingrid),
      staff: () => Promise.resolve([ingrid]),
      teamScan: { openActive, scans: () => Promise.resolve([]), recordScan },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe scan vastleggen' }));
    const form = await screen.findByRole('form', { name: 'Een teamscan vastleggen' });
    await userEvent.click(within(form).getByRole('button', { name: 'Subgroep toevoegen' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam subgroep' }), 'Onderwijsassistenten');
    await userEvent.click(within(form).getByRole('button', { name: 'Scan opslaan' }));
    expect(await within(form).findByText(/^Alleen de intern begeleider legt een teamscan vast\./)).toBeInTheDocument();
  });

  it('tells the IB when her private space cannot be read, and still shows the totals', async () => {
    const scans = jest.fn(() => Promise.reject(new Error('403')));
    renderTracker(<TeamView />, api(ingrid, { scans }));
    await userEvent.click(await screen.findByRole('button', { name: 'Namen tonen' }));
    expect(await screen.findByText(/^De afgeschermde plek voor de scan kon niet worden geopend/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Aanpak die past' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderTracker(<TeamView />, api(sanne), 'en-GB');
    expect(await screen.findByRole('heading', { name: 'Scan of Tue, 10 November 2026: 6 people' })).toBeInTheDocument();
    expect((await screen.findAllByRole('tab')).map((t) => t.querySelector('.fui-Tab__content')?.textContent)).toEqual(['Team scan', 'Maturity & profile', 'Cross the line']);
    expect(screen.getByRole('region', { name: 'An approach that fits' })).toHaveTextContent('Directing, moving toward Coaching');
  });
});
