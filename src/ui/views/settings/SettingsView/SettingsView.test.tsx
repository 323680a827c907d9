import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataApi, StaffRolesSnapshot, Versioned } from '../../../../data/api';
import { ValidationError } from '../../../../data/errors';
import type { StaffMember } from '../../../../domain/people';
import type { StaffRoleDraft } from '../../../../domain/staffRoles';
import { DataApiProvider } from '../../../data/DataApiContext';
import { fakeDataApi } from '../../../data/testing';
import { I18nProvider } from '../../../i18n';
import { SettingsView } from './SettingsView';

jest.setTimeout(30_000);

const mark: StaffMember = { upn: 'mark@school.nl', displayName: 'Mark de Vries', role: 'mt' };
const tom: StaffMember = { upn: 'tom@school.nl', displayName: 'Tom Mulder', role: 'leerkracht', bouw: 'bovenbouw', group: 6 };
const v = <T,>(value: T, id: string): Versioned<T> => ({ value, itemId: id, etag: `"${id},1"` });

const snapshot: StaffRolesSnapshot = {
  members: [
    { upn: 'eva@school.nl', displayName: 'Eva de Boer', isOwner: false },
    { upn: 'mark@school.nl', displayName: 'Mark de Vries', isOwner: true },
    { upn: 'tom@school.nl', displayName: 'Tom Mulder', isOwner: false },
  ],
  staff: [v(mark, '1'), v(tom, '2'), v<StaffMember>({ upn: 'oud@school.nl', displayName: 'Oud Collega', role: 'leerkracht', bouw: 'onderbouw' }, '3')],
};

function renderSettings(api: DataApi, locale = 'nl-NL') {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}>
        <DataApiProvider api={api}>
          <SettingsView />
        </DataApiProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

describe('SettingsView: staff roles', () => {
  it('lists the team’s members and who is on the list without being in the team', async () => {
    renderSettings(fakeDataApi({ me: async () => mark, staffRoles: { load: async () => snapshot } }));
    const table = await screen.findByRole('table', { name: 'Teamleden en hun rol' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Eva de Boer',
      'Mark de Vries (jij)eigenaar van het team',
      'Tom Mulder',
      'Oud Colleganiet (meer) in het team',
    ]);
    expect(within(rows[0]!).getByLabelText('Rol in Driehoek: Eva de Boer')).toHaveValue('');
    expect(within(rows[2]!).getByLabelText('Bouw: Tom Mulder')).toHaveValue('bovenbouw');
    expect(within(rows[2]!).getByLabelText('Groep: Tom Mulder')).toHaveValue('6');
  });

  it('gives a team member a teacher’s role with bouw and group; the groups follow the bouw', async () => {
    const assign = jest.fn(async (draft: StaffRoleDraft) => v<StaffMember>(draft as StaffMember, '9'));
    const load = jest.fn(async () => snapshot);
    renderSettings(fakeDataApi({ me: async () => mark, staffRoles: { load, assign } }));
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rol in Driehoek: Eva de Boer'), 'Leerkracht');
    await user.selectOptions(screen.getByLabelText('Bouw: Eva de Boer'), 'Middenbouw (groep 4–5)');
    const groups = within(screen.getByLabelText('Groep: Eva de Boer')).getAllByRole('option').map((o) => o.textContent);
    expect(groups).toEqual(['Geen eigen groep', 'Groep 4', 'Groep 5']);
    await user.selectOptions(screen.getByLabelText('Groep: Eva de Boer'), 'Groep 5');
    await user.click(screen.getByRole('button', { name: 'Rol van Eva de Boer opslaan' }));
    await waitFor(() =>
      expect(assign).toHaveBeenCalledWith({ upn: 'eva@school.nl', displayName: 'Eva de Boer', role: 'leerkracht', bouw: 'middenbouw', group: 5 }),
    );
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });

  it('says why the last MT member cannot step down, in words', async () => {
    const change = jest.fn(() =>
      Promise.reject(ValidationError.fromFieldErrors([{ field: 'role', code: 'invalidChoice', params: { reason: 'lastMt' } }], 'staff')),
    );
    renderSettings(fakeDataApi({ me: async () => mark, staffRoles: { load: async () => snapshot, change } }));
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rol in Driehoek: Mark de Vries (jij)'), 'Intern begeleider');
    await user.click(screen.getByRole('button', { name: 'Rol van Mark de Vries opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Er moet altijd iemand van de directie (MT) overblijven.');
  });

  it('says why only an IB gives the IB role once the team scan exists, in words', async () => {
    const change = jest.fn(() =>
      Promise.reject(ValidationError.fromFieldErrors([{ field: 'role', code: 'invalidChoice', params: { reason: 'notInScanChannel' } }], 'staff')),
    );
    renderSettings(fakeDataApi({ me: async () => mark, staffRoles: { load: async () => snapshot, change } }));
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rol in Driehoek: Tom Mulder'), 'Intern begeleider');
    await user.click(screen.getByRole('button', { name: 'Rol van Tom Mulder opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Die rol geven of weghalen doet daarom een intern begeleider zelf.');
  });

  it('asks before taking a role away', async () => {
    const remove = jest.fn(async () => undefined);
    renderSettings(fakeDataApi({ me: async () => mark, staffRoles: { load: async () => snapshot, remove } }));
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rol in Driehoek: Tom Mulder'), 'Geen rol');
    await user.click(screen.getByRole('button', { name: 'Rol van Tom Mulder opslaan' }));
    const title = await screen.findByText('Rol weghalen?');
    expect(remove).not.toHaveBeenCalled();
    const dialog = title.closest<HTMLElement>('[role="alertdialog"]')!;
    await user.click(within(dialog).getByRole('button', { name: 'Ja, weghalen', hidden: true }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith(snapshot.staff[1]));
  });

  it('shows a teacher whom to ask, and reads no team members', async () => {
    const load = jest.fn();
    renderSettings(fakeDataApi({ me: async () => tom, staffRoles: { load } }), 'en-US');
    expect(await screen.findByText('Roles are set by management and the intern begeleider. Is your role wrong? Ask them.')).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
  });
});
