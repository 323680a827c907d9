import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataApiProvider } from '../data/DataApiContext';
import { fakeDataApi } from '../data/testing';
import { GuestView } from './GuestView';
import { SECTION_IDS } from './sections';
import { Shell } from './Shell';
import { renderInApp } from './testing';

const me = { upn: 'ib@school', displayName: 'Ingrid Bakker', role: 'ib' as const };

describe('Shell', () => {
  it('shows who is signed in, every section in the navigation, and navigates', async () => {
    const onNavigate = jest.fn();
    const api = fakeDataApi({ me: () => Promise.resolve(me), staff: () => Promise.resolve([]), intervisie: { groups: () => Promise.resolve([]) } });
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
    renderInApp(<Shell me={me} section="dashboard" onNavigate={jest.fn()} />, 'en-GB');
    expect(screen.queryByRole('button', { name: 'Switch person' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Parent talks' })).toBeInTheDocument();
  });
});

describe('GuestView', () => {
  it('greets a parent kindly and shows no data', () => {
    renderInApp(<GuestView />);
    expect(screen.getByRole('heading', { name: 'Fijn dat u er bent' })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });
});
