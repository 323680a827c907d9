import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DashboardItems, DashboardSelection, DataApi } from '../../../../data/api';
import { aggregateDashboard } from '../../../../domain/dashboard/aggregate';
import type { FigureRef } from '../../../../domain/dashboard/figureRef';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { StaffMember } from '../../../../domain/people';
import { DataApiProvider } from '../../../data/DataApiContext';
import { fakeDataApi } from '../../../data/testing';
import { I18nProvider } from '../../../i18n';
import { setToday } from '../../../shell/testing';
import { DashboardView } from './DashboardView';

jest.setTimeout(30_000);

const MT: StaffMember = { upn: 'mark@school.example', displayName: 'Mark', role: 'mt' };
const TEACHER: StaffMember = { upn: 'sanne@school.example', displayName: 'Sanne', role: 'leerkracht', bouw: 'onderbouw', group: 1 };
const cycle: ChangeCycle = {
  id: 'c1',
  title: 'Samen <b>sterk</b>',
  dream: '',
  schoolYear: '2026-2027',
  round: 1,
  stepsDone: 0,
  status: 'active',
  teamUpns: [],
  coachUpn: '',
} as unknown as ChangeCycle;

function snapshot(selection: DashboardSelection) {
  return {
    cycles: [cycle],
    aggregates: aggregateDashboard({
      cycle,
      stepRecords: [],
      meetings: [
        { id: 'm1', cycleId: 'c1', date: '2026-09-10', status: 'held', score: 4 },
        { id: 'm2', cycleId: 'c1', date: '2026-10-10', status: 'held', score: 5.5 },
        { id: 'm3', cycleId: 'c1', date: '2027-01-10', status: 'planned' },
      ],
      commitments: [
        { id: 'p1', cycleId: 'c1', bouw: 'onderbouw', status: 'kept', madeOn: '2026-09-10', dueDate: '2026-10-01', supportWanted: false },
        { id: 'p2', cycleId: 'c1', bouw: 'onderbouw', status: 'open', madeOn: '2026-09-10', dueDate: '2026-10-01', supportWanted: false },
      ],
      talks: [],
      agreements: [],
      intervisieGroups: [],
      intervisieSessions: [],
      period: selection.period,
      today: selection.today,
    }),
  };
}

function setup(me: StaffMember | null) {
  const load = jest.fn(async (selection: DashboardSelection) => snapshot(selection));
  const items = jest.fn(
    async (_: DashboardSelection, figure: FigureRef): Promise<DashboardItems> => ({
      panel: 'promises',
      items:
        figure.panel === 'promises'
          ? [
              {
                id: 'p2',
                cycleId: 'c1',
                ownerUpn: 'sanne@school.example',
                ownerName: 'Sanne <script>',
                bouw: 'onderbouw',
                text: 'Elke week een <i>positief</i> bericht',
                madeOn: '2026-09-10',
                dueDate: '2026-10-01',
                status: 'open',
                whatWorked: '',
                whatWasHard: '',
                supportWanted: false,
              },
            ]
          : [],
    }),
  );
  const api: DataApi = fakeDataApi({
    me: async () => me,
    dashboard: { load, items },
    teamScan: { overview: () => Promise.reject(new Error('no team scan here')) },
  });
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale="nl-NL">
        <DataApiProvider api={api}>
          <DashboardView />
        </DataApiProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { load, items };
}

beforeEach(() => setToday('2026-11-23'));
afterEach(() => jest.useRealTimers());

describe('DashboardView', () => {
  it('shows the MT the figures, and each opens the items behind it', async () => {
    const { load, items } = setup(MT);
    const promises = await screen.findByRole('region', { name: 'Beloftes per bouw' });
    expect(load).toHaveBeenCalledWith({ withTeam: true, period: { kind: 'schoolYear', schoolYear: '2026-2027' }, today: '2026-11-23' });
    expect(screen.getByText('Veranderplan: Samen <b>sterk</b>')).toBeInTheDocument();

    const meetings = screen.getByRole('region', { name: 'Bijeenkomsten' });
    expect(within(meetings).getByRole('button', { name: /^2\s*Gehouden$/ })).toBeInTheDocument();

    fireEvent.click(within(promises).getByRole('button', { name: 'Beloftes per bouw – Onderbouw: open: 1' }));
    await waitFor(() => expect(items).toHaveBeenCalledWith(
      { cycleId: 'c1', period: { kind: 'schoolYear', schoolYear: '2026-2027' }, today: '2026-11-23' },
      { panel: 'promises', bouw: 'onderbouw', figure: 'open' },
    ));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(await within(dialog).findByText('Elke week een <i>positief</i> bericht')).toBeInTheDocument();
    expect(within(dialog).getByText(/Sanne <script>/)).toBeInTheDocument();
  });

  it('loads again for another period', async () => {
    const { load } = setup(MT);
    const select = await screen.findByRole('combobox', { name: 'Periode' });
    fireEvent.change(select, { target: { value: '2026-2027:2' } });
    await waitFor(() =>
      expect(load).toHaveBeenLastCalledWith({ cycleId: 'c1', period: { kind: 'term', schoolYear: '2026-2027', term: 2 }, today: '2026-11-23' }),
    );
  });

  it('keeps the report ready for printing, user text as text, and prints it', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    setup(MT);
    fireEvent.click(await screen.findByRole('button', { name: 'Afdrukken / pdf' }));
    expect(print).toHaveBeenCalled();
    const sheet = document.querySelector('.driehoek-ReportSheet')!;
    expect(sheet.querySelector('h1')!.textContent).toBe('Voortgangsverslag: Samen <b>sterk</b>');
    expect(sheet.querySelector('b')).toBeNull();
    // The score chart and the promises per bouw (as on screen), each with its table.
    expect([...sheet.querySelectorAll('svg[role="img"]')].map((svg) => svg.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Score richting de droom per bijeenkomst: /),
      'Beloftes van leerkrachten per bouw, naar hoe ze zijn nagekomen: Onderbouw 2, Middenbouw 0, Bovenbouw 0',
    ]);
    expect([...sheet.querySelectorAll('caption')].map((c) => c.textContent)).toEqual(
      expect.arrayContaining(['Score richting de droom per bijeenkomst', 'Beloftes van leerkrachten per bouw, naar hoe ze zijn nagekomen']),
    );
    const promisesTable = [...sheet.querySelectorAll('table')].find((t) => t.caption?.textContent?.startsWith('Beloftes'))!;
    expect(within(promisesTable).getByRole('row', { name: /^Onderbouw 2 1 1/ })).toBeInTheDocument();
    expect(sheet.textContent).toContain('In deze periode is geen teamscan gedaan.');
    print.mockRestore();
  });

  it('tells a leerkracht what the dashboard is for, without loading its figures', async () => {
    const { load } = setup(TEACHER);
    expect(await screen.findByRole('heading', { name: 'Het dashboard is van het MT' })).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'Beloftes per bouw' })).toBeNull();
  });
});
