import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataApiProvider } from '../data/DataApiContext';
import { fakeDataApi } from '../data/testing';
import { GuestView } from './GuestView';
import { SECTION_IDS } from './sectionIds';
import { Shell } from './Shell';
import { memoryStorage } from '../../data/graph/outbox';
import { renderInApp } from './testing';

const me = { upn: 'ib@school', displayName: 'Ingrid Bakker', role: 'ib' as const };
/** The IB opening the app runs the retention job; here it finds nothing due. */
const nothingDue = { runRetention: () => Promise.resolve({ pupilIds: [], talksRemoved: 0, agreementsRemoved: 0, eventsRemoved: 0, eventsKept: 0 }) };

describe('Shell', () => {
  it('shows who is signed in, every section in the navigation, and navigates', async () => {
    const onNavigate = jest.fn();
    const api = fakeDataApi({ me: () => Promise.resolve(me), staff: () => Promise.resolve([]), intervisie: { load: () => Promise.resolve({ groups: [], staff: [] }) }, talks: nothingDue });
    renderInApp(
      <DataApiProvider api={api}>
        <Shell me={me} section="intervisie" onNavigate={onNavigate} onSwitchPerson={jest.fn()} />
      </DataApiProvider>,
    );
    expect(screen.getByText('Aangemeld als Ingrid Bakker')).toBeInTheDocument();
    expect(screen.getAllByRole('tab')).toHaveLength(SECTION_IDS.length);
    for (const name of ['Veranderplan', 'Tijdspad', 'Beloftes', 'Gesprekken', 'Intervisie', 'Team', 'Dashboard']) {
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('tab', { name: 'Intervisie' })).toHaveAttribute('aria-selected', 'true');
    // The open section's view loads (lazily) inside the main landmark.
    expect(await within(screen.getByRole('main')).findByRole('heading', { level: 1, name: 'Intervisie' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Gesprekken' }));
    expect(onNavigate).toHaveBeenLastCalledWith('gesprekken');
  });

  it('offers to switch person only in local mode', () => {
    renderInApp(
      <DataApiProvider api={fakeDataApi({ talks: nothingDue })}>
        <Shell me={me} section="dashboard" onNavigate={jest.fn()} />
      </DataApiProvider>,
      'en-GB',
    );
    expect(screen.queryByRole('button', { name: 'Switch person' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Parent talks' })).toBeInTheDocument();
  });
});

describe('Shell: the retention job', () => {
  afterEach(() => jest.useRealTimers());

  it('runs it when the IB has had the app open for 30 s, once that day in this browser session, and tells what went', async () => {
    jest.useFakeTimers({ now: new Date('2028-09-01T12:00:00') });
    const runRetention = jest.fn(() =>
      Promise.resolve({ pupilIds: ['pupil-lina'], talksRemoved: 1, agreementsRemoved: 2, eventsRemoved: 0, eventsKept: 1 }),
    );
    const api = fakeDataApi({ talks: { runRetention } });
    const sessionStore = memoryStorage();
    const shell = (
      <DataApiProvider api={api}>
        <Shell me={me} section="dashboard" onNavigate={jest.fn()} sessionStore={sessionStore} />
      </DataApiProvider>
    );
    const first = renderInApp(shell);
    act(() => jest.advanceTimersByTime(29_000));
    expect(runRetention).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1_000));
    expect(await screen.findByText(/de gegevens van 1 vertrokken leerling\(en\) zijn opgeruimd/)).toBeInTheDocument();
    expect(runRetention).toHaveBeenCalledWith(new Date('2028-09-01T12:00:30'));
    first.unmount();
    renderInApp(shell);
    act(() => jest.advanceTimersByTime(60_000));
    expect(runRetention).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/zijn opgeruimd/)).not.toBeInTheDocument();
  });
});

describe('GuestView', () => {
  it('greets a parent kindly and shows no data', () => {
    renderInApp(<GuestView />);
    expect(screen.getByRole('heading', { name: 'Fijn dat u er bent' })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });
});
