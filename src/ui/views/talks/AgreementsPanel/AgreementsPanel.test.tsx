import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AgreementView, Versioned } from '../../../../data/api';
import { AccessDeniedError } from '../../../../data/errors';
import type { StoredAgreement } from '../../../../data/lists/agreements';
import type { Agreement } from '../../../../domain/talks/agreements';
import { overdue, type Report } from '../../../../domain/tracking';
import { fakeDataApi } from '../../../data/testing';
import { agreement, daan, pupils, versioned } from '../testing/fixtures';
import { renderTalks } from '../testing/render';
import { AgreementsPanel } from './AgreementsPanel';

jest.setTimeout(30_000);

const TODAY = '2026-11-10';
const ME = 'noor.hendriks@delinde.example';
const COLLEAGUE = 'tom.mulder@delinde.example';

/**
 * The agreements list as the service reads it: my talks' agreements (organised or recorded by me,
 * any owner), one already kept, and a colleague's talk's agreement I am not part of.
 */
const stored: Versioned<StoredAgreement>[] = [
  versioned({ ...agreement({ id: 'a-1', dueDate: '2026-11-02', followUpDate: '2026-11-16' }), responsibleUpn: ME, organizerUpn: ME }),
  versioned({ ...agreement({ id: 'a-2', owner: 'kind', text: 'Emma leest elke avond', dueDate: '2026-12-01' }), responsibleUpn: ME, organizerUpn: ME }),
  versioned({ ...agreement({ id: 'a-3', owner: 'ouder', text: 'Samen naar de bibliotheek', dueDate: '2026-11-20' }), responsibleUpn: COLLEAGUE, organizerUpn: ME }),
  versioned({ ...agreement({ id: 'a-4', text: 'Een leesboek uitzoeken', dueDate: '2026-10-20', status: 'kept' }), responsibleUpn: ME, organizerUpn: ME }),
  versioned({
    ...agreement({ id: 'b-1', talkId: 'talk-2', pupilId: daan.id, owner: 'ouder', text: 'De ouders bellen de logopedist', dueDate: '2026-11-05' }),
    responsibleUpn: COLLEAGUE,
    organizerUpn: COLLEAGUE,
  }),
];

/** Like the talks service: 'mine' is every open agreement of my talks by due date, 'overdue' everyone's. */
function agreementsOf(view: AgreementView): Versioned<Agreement>[] {
  const open = stored.filter((a) => a.value.status === 'open');
  if (view.kind === 'overdue') {
    const late = overdue(open.map((a) => a.value), view.today);
    return late.map((value) => open.find((a) => a.value === value)!);
  }
  return open
    .filter((a) => a.value.responsibleUpn === ME || a.value.organizerUpn === ME)
    .sort((a, b) => a.value.dueDate.localeCompare(b.value.dueDate));
}

function api(extra: Record<string, unknown> = {}) {
  return {
    talks: {
      agreements: jest.fn((view: AgreementView) => Promise.resolve(agreementsOf(view))),
      pupils: jest.fn(() => Promise.resolve(pupils)),
      ...extra,
    },
  };
}

describe('AgreementsPanel', () => {
  it('lists my talks\' agreements whatever the owner, with pupil, due date and follow-up date, and everyone\'s overdue ones', async () => {
    const data = api();
    renderTalks(<AgreementsPanel today={TODAY} />, fakeDataApi(data));
    expect(screen.getByRole('heading', { level: 2, name: 'Afspraken met ouders' })).toBeInTheDocument();
    const first = (await screen.findByRole('heading', { level: 3, name: 'Elke vrijdag een kort bericht over de leesvorderingen' })).closest('li') as HTMLElement;
    expect(data.talks.agreements).toHaveBeenCalledWith({ kind: 'mine' });
    expect(within(first).getByText('School · Emma (groep 7)')).toBeInTheDocument();
    expect(within(first).getByText('2 november 2026')).toBeInTheDocument();
    expect(within(first).getByText('16 november 2026')).toBeInTheDocument();
    expect(within(first).getByText('Over de datum')).toBeInTheDocument();
    const second = screen.getByRole('heading', { level: 3, name: 'Emma leest elke avond' }).closest('li') as HTMLElement;
    expect(within(second).getByText('Kind · Emma (groep 7)')).toBeInTheDocument();
    expect(within(second).queryByText('Over de datum')).toBeNull();
    const parents = screen.getByRole('heading', { level: 3, name: 'Samen naar de bibliotheek' }).closest('li') as HTMLElement;
    expect(within(parents).getByText('Ouder(s) · Emma (groep 7)')).toBeInTheDocument();
    expect(within(parents).getByText('20 november 2026')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Een leesboek uitzoeken' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 3, name: 'De ouders bellen de logopedist' })).toBeNull();

    await userEvent.click(screen.getByRole('tab', { name: 'Over de datum' }));
    await waitFor(() => expect(data.talks.agreements).toHaveBeenLastCalledWith({ kind: 'overdue', today: TODAY }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Emma leest elke avond' })).toBeNull());
    const colleagues = screen.getByRole('heading', { level: 3, name: 'De ouders bellen de logopedist' }).closest('li') as HTMLElement;
    expect(within(colleagues).getByText('Ouder(s) · Daan (groep 4)')).toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent),
    ).toEqual(['Elke vrijdag een kort bericht over de leesvorderingen', 'De ouders bellen de logopedist']);
  });

  it('shows the agreements and pupils its view read already, and reads afresh after that', async () => {
    const data = api();
    const mine = [versioned(agreement())];
    renderTalks(<AgreementsPanel today={TODAY} mine={mine} pupils={pupils} />, fakeDataApi(data));
    const item = (await screen.findByRole('heading', { level: 3, name: agreement().text })).closest('li') as HTMLElement;
    expect(within(item).getByText('School · Emma (groep 7)')).toBeInTheDocument();
    expect(data.talks.agreements).not.toHaveBeenCalled();
    expect(data.talks.pupils).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('tab', { name: 'Over de datum' }));
    await waitFor(() => expect(data.talks.agreements).toHaveBeenLastCalledWith({ kind: 'overdue', today: TODAY }));
    await userEvent.click(screen.getByRole('tab', { name: 'Mijn afspraken' }));
    await waitFor(() => expect(data.talks.agreements).toHaveBeenLastCalledWith({ kind: 'mine' }));
    expect(data.talks.pupils).not.toHaveBeenCalled();
  });

  it('reports on an agreement like on a promise', async () => {
    const updateAgreement = jest.fn((current: Versioned<Agreement>, next: Agreement) => Promise.resolve(versioned(next, current.itemId)));
    const data = api({ updateAgreement });
    renderTalks(<AgreementsPanel today={TODAY} />, fakeDataApi(data));
    const item = (await screen.findByRole('heading', { name: 'Elke vrijdag een kort bericht over de leesvorderingen' })).closest('li') as HTMLElement;
    const user = userEvent.setup();
    await user.click(within(item).getByRole('button', { name: 'Terugkoppelen' }));
    const form = within(item).getByRole('form', { name: 'Terugkoppeling' });
    await user.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    expect(within(form).getByText('Kies hoe het ging.')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Deels gelukt' }));
    await user.click(within(form).getByLabelText('Wat werkte?'));
    await user.paste('De ouders reageerden blij');
    await user.click(within(form).getByRole('checkbox', { name: 'Ik wil graag ondersteuning' }));
    await user.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    await waitFor(() => expect(updateAgreement).toHaveBeenCalled());
    expect(updateAgreement.mock.calls[0]![1]).toMatchObject({ status: 'partlyKept', whatWorked: 'De ouders reageerden blij', supportWanted: true, reportedOn: TODAY });
    expect(await screen.findByText('De terugkoppeling is opgeslagen.')).toBeInTheDocument();
    expect(data.talks.agreements).toHaveBeenCalledTimes(2);
  });

  it('agrees anew: closes the agreement and makes its successor', async () => {
    const renegotiateAgreement = jest.fn(
      (current: Versioned<Agreement>, _report: Report, next: { id: string; text: string; dueDate: string }, _today: string) =>
        Promise.resolve({
          previous: versioned({ ...current.value, status: 'renegotiated' as const }),
          next: versioned({ ...current.value, ...next, status: 'open' as const }),
        }),
    );
    renderTalks(<AgreementsPanel today={TODAY} />, fakeDataApi(api({ renegotiateAgreement })));
    const item = (await screen.findByRole('heading', { name: 'Emma leest elke avond' })).closest('li') as HTMLElement;
    const user = userEvent.setup();
    await user.click(within(item).getByRole('button', { name: 'Terugkoppelen' }));
    await user.click(within(item).getByRole('radio', { name: 'Opnieuw afgesproken' }));
    const text = within(item).getByLabelText(/^Wat spreek je nu af\?/);
    await user.clear(text);
    await user.click(text);
    await user.paste('Emma leest drie avonden per week');
    fireEvent.change(within(item).getByLabelText(/^Klaar op/), { target: { value: '2026-12-15' } });
    await user.click(within(item).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    await waitFor(() => expect(renegotiateAgreement).toHaveBeenCalled());
    const [, , next, today] = renegotiateAgreement.mock.calls[0]!;
    expect(next).toMatchObject({ text: 'Emma leest drie avonden per week', dueDate: '2026-12-15' });
    expect(today).toBe(TODAY);
  });

  it('says so when there is nothing, in English too', async () => {
    renderTalks(
      <AgreementsPanel today={TODAY} view="overdue" />,
      fakeDataApi({ talks: { agreements: () => Promise.resolve([]), pupils: () => Promise.resolve(pupils) } }),
      { locale: 'en-GB' },
    );
    expect(await screen.findByText('No overdue agreements. Well done!')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overdue', selected: true })).toBeInTheDocument();
  });

  it('shows the guest page on a 403', async () => {
    const denied = new AccessDeniedError('no', { status: 403 });
    renderTalks(<AgreementsPanel />, fakeDataApi({ talks: { agreements: () => Promise.reject(denied), pupils: () => Promise.reject(denied) } }));
    expect(await screen.findByRole('heading', { name: 'Fijn dat u er bent' })).toBeInTheDocument();
  });
});
