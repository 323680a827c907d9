import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDeniedError, ValidationError } from '../../../../data/errors';
import { fakeDataApi } from '../../../data/testing';
import { renderTalks } from '../../talks/testing/render';
import { group, lotte, pastSession, sanne, staff, tom, versioned } from '../testing/fixtures';
import { IntervisieView } from './IntervisieView';

jest.setTimeout(30_000);

function api(me = sanne, overrides: Record<string, unknown> = {}) {
  return {
    me: jest.fn(() => Promise.resolve(me)),
    intervisie: {
      load: jest.fn(() => Promise.resolve({ groups: [group], staff })),
      sessions: jest.fn(() => Promise.resolve([pastSession])),
      createGroup: jest.fn((d: { id: string; name: string; memberUpns: string[] }) =>
        Promise.resolve(versioned({ ...d, createdByUpn: sanne.upn, method: 'incident' as const, sessionDates: [], space: { channelId: 'c', siteId: 's' } }, '5')),
      ),
      ...overrides,
    },
  };
}

describe('IntervisieView', () => {
  it('lists my groups with how often they met, and shows a member the history', async () => {
    const user = userEvent.setup();
    renderTalks(<IntervisieView />, fakeDataApi(api() as never));
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervisie' })).toBeInTheDocument();
    expect(screen.getByText('1 keer bij elkaar geweest')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Openen: Onderbouw' }));
    expect(await screen.findByText('Bel in plaats van te mailen.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Rollen voor de volgende keer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Vaste bijeenkomsten plannen' })).toBeInTheDocument();
  });

  it('shows a colleague outside the group only that it exists, and the members-only notice when opened', async () => {
    const user = userEvent.setup();
    const fake = api(tom, { sessions: jest.fn(() => Promise.reject(new AccessDeniedError('no', { status: 403 }))) });
    renderTalks(<IntervisieView />, fakeDataApi(fake as never));
    expect(await screen.findByRole('heading', { name: 'Andere groepen op school' })).toBeInTheDocument();
    expect(screen.getByText('Je zit nog niet in een intervisiegroep.')).toBeInTheDocument();
    expect(screen.queryByText(/Sanne Jansen, Lotte Visser/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Openen: Onderbouw' }));
    expect(await screen.findByText('Alleen voor de leden')).toBeInTheDocument();
    expect(screen.queryByText('Bel in plaats van te mailen.')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Vaste bijeenkomsten plannen' })).toBeNull();
  });

  it('creates a group with clear messages for too few members and a taken name', async () => {
    const user = userEvent.setup();
    const fake = api(lotte, {
      load: jest.fn(() => Promise.resolve({ groups: [], staff })),
      createGroup: jest
        .fn()
        .mockRejectedValueOnce(ValidationError.fromFieldErrors([{ field: 'name', code: 'invalidChoice', params: { reason: 'taken' } }])),
    });
    renderTalks(<IntervisieView />, fakeDataApi(fake as never));
    await user.click(await screen.findByRole('button', { name: 'Nieuwe groep' }));
    await user.type(screen.getByRole('textbox', { name: /Naam van de groep/ }), 'Onderbouw');
    await user.click(screen.getByRole('button', { name: 'Groep maken' }));
    expect(await screen.findByText('Kies 4 tot 6 leden.')).toBeInTheDocument();
    expect(fake.intervisie.createGroup).not.toHaveBeenCalled();
    const picker = screen.getByRole('combobox', { name: 'Leden' });
    for (const name of ['Sanne', 'Daan', 'Ahmed']) {
      await user.click(picker);
      await user.keyboard(name);
      await user.keyboard('{Enter}');
    }
    await user.click(screen.getByRole('button', { name: 'Groep maken' }));
    expect(await screen.findByText('Er is al een groep met deze naam. Kies een andere naam.')).toBeInTheDocument();
    await waitFor(() => expect(fake.intervisie.createGroup).toHaveBeenCalledTimes(1));
    expect(fake.intervisie.createGroup.mock.calls[0]?.[0].memberUpns).toHaveLength(4);
  });
});
