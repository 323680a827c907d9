import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LocalIdentity } from '../../auth/local';
import { IdentityPicker } from './IdentityPicker';
import { renderInApp } from './testing';

const people: LocalIdentity[] = [
  { upn: 'ib@school', displayName: 'Ingrid Bakker', role: 'ib' },
  { upn: 'ouder@thuis', displayName: 'Jeroen Peters (ouder)', role: 'guest' },
];

describe('IdentityPicker', () => {
  it('offers every person with their role and hands back the one picked', async () => {
    const onPick = jest.fn();
    renderInApp(<IdentityPicker loadIdentities={async () => people} onPick={onPick} />);
    expect(screen.getByRole('heading', { name: 'Wie ben je?' })).toBeInTheDocument();
    const ingrid = await screen.findByRole('button', { name: 'Doorgaan als Ingrid Bakker' });
    expect(ingrid).toHaveTextContent('Intern begeleider');
    expect(screen.getByRole('button', { name: 'Doorgaan als Jeroen Peters (ouder)' })).toHaveTextContent('geen lid van het schoolteam');
    await userEvent.click(ingrid);
    expect(onPick).toHaveBeenCalledWith(people[0]);
  });

  it('says so when the people cannot be loaded, and tries again', async () => {
    const load = jest.fn<Promise<LocalIdentity[]>, []>().mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce(people);
    renderInApp(<IdentityPicker loadIdentities={load} onPick={jest.fn()} />, 'en-GB');
    expect(await screen.findByText('The list of people could not be loaded.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Continue as Ingrid Bakker' })).toBeInTheDocument();
  });
});
