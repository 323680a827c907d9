import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CommitmentView } from '../../../../data/api';
import { UnavailableError } from '../../../../data/errors';
import type { Commitment } from '../../../../domain/commitments';
import { fakeDataApi } from '../../../data/testing';
import {
  ingrid,
  noor,
  noorOpen,
  noorReported,
  setToday,
  snapshotOf,
  stored,
  timeline,
  tom,
  tomOpen,
  trackerApi,
} from '../testing/fixtures';
import { renderTracker } from '../testing/render';
import { PromisesView } from '..';

beforeEach(() => setToday());
afterEach(() => jest.useRealTimers());

const tabNames = () => screen.getAllByRole('tab').map((t) => t.querySelector('.fui-Tab__content')?.textContent);

describe('PromisesView', () => {
  it('shows a teacher their own promises first, with the views a teacher has', async () => {
    const load = jest.fn((_: string, view: CommitmentView) =>
      Promise.resolve(snapshotOf(view.kind === 'mine' ? [noorReported, noorOpen] : [noorOpen, tomOpen])),
    );
    const api = trackerApi(noor, { commitments: { load } });
    const openActive = jest.spyOn(api.commitments, 'openActive');
    renderTracker(<PromisesView />, api);

    const region = await screen.findByRole('region', { name: 'Samen sterk met ouders Beloftes' });
    expect(within(region).getByRole('heading', { level: 1, name: 'Beloftes' })).toBeInTheDocument();
    expect(tabNames()).toEqual(['Mijn beloftes', 'Mijn bouw', 'In de bijeenkomst', 'Over de datum', 'Afspraken met ouders', 'Weekoverzicht']);
    expect(screen.getByRole('tab', { name: 'Mijn beloftes', selected: true })).toBeInTheDocument();

    const list = await screen.findByRole('list', { name: 'Mijn beloftes' });
    const rows = within(list).getAllByRole('button');
    // Open first (by due date), then what was reported.
    expect(rows.map((r) => r.querySelector('span')?.textContent)).toEqual([noorOpen.text, noorReported.text]);
    expect(rows[0]).toHaveTextContent('Open');
    expect(rows[0]).toHaveTextContent('Noor Hendriks · terugkoppelen tijdens Teambijeenkomst maart (di 10 maart 2026)');
    expect(rows[1]).toHaveTextContent('Deels gelukt');
    expect(rows[1]).toHaveTextContent('Wil graag ondersteuning');
    expect(screen.getByText('2 beloftes')).toBeInTheDocument();
    // The first list came with the view's own read: it is not read a second time.
    expect(openActive.mock.calls).toEqual([[{ kind: 'mine' }]]);
    expect(load.mock.calls).toEqual([['cycle-1', { kind: 'mine' }]]);

    // My bouw: framed as keeping each other on track, the teacher's own bouw, no picker.
    await userEvent.click(screen.getByRole('tab', { name: 'Mijn bouw' }));
    expect(await screen.findByText(/^Zo houden we elkaar op koers/)).toBeInTheDocument();
    expect(load).toHaveBeenLastCalledWith('cycle-1', { kind: 'group', bouw: 'bovenbouw' });
    expect(await screen.findByRole('list', { name: 'Mijn bouw' })).toHaveTextContent(tomOpen.text);
    expect(screen.queryByRole('combobox', { name: 'Bouw' })).toBeNull();

    await userEvent.click(screen.getByRole('tab', { name: 'Over de datum' }));
    await waitFor(() => expect(load).toHaveBeenLastCalledWith('cycle-1', { kind: 'overdue', today: '2026-03-02' }));
  });

  it('gives a teacher outside the veranderteam no digest and nobody but IB and MT the support requests', async () => {
    const load = jest.fn(() => Promise.resolve(snapshotOf([])));
    renderTracker(<PromisesView />, trackerApi(tom, { commitments: { load } }));
    await screen.findByRole('tablist');
    expect(tabNames()).toEqual(['Mijn beloftes', 'Mijn bouw', 'In de bijeenkomst', 'Over de datum', 'Afspraken met ouders']);
    expect(await screen.findByText(/^Je hebt in dit veranderplan nog geen beloftes gemaakt/)).toBeInTheDocument();
  });

  it('lets the IB pick a bouw and follow the support requests', async () => {
    const load = jest.fn((_: string, view: CommitmentView) =>
      Promise.resolve(snapshotOf(view.kind === 'support' ? [noorReported] : view.kind === 'group' && view.bouw === 'bovenbouw' ? [noorOpen] : [])),
    );
    renderTracker(<PromisesView />, trackerApi(ingrid, { commitments: { load } }));
    await screen.findByRole('tablist');
    expect(tabNames()).toEqual([
      'Mijn beloftes',
      'Per bouw',
      'In de bijeenkomst',
      'Vragen om ondersteuning',
      'Over de datum',
      'Afspraken met ouders',
      'Weekoverzicht',
    ]);

    await userEvent.click(screen.getByRole('tab', { name: 'Per bouw' }));
    const picker = await screen.findByRole('combobox', { name: 'Bouw' });
    expect(await screen.findByText('In deze bouw zijn nog geen beloftes gemaakt.')).toBeInTheDocument();
    expect(load).toHaveBeenLastCalledWith('cycle-1', { kind: 'group', bouw: 'onderbouw' });
    await userEvent.selectOptions(picker, 'bovenbouw');
    expect(await screen.findByRole('list', { name: 'Per bouw' })).toHaveTextContent(noorOpen.text);

    await userEvent.click(screen.getByRole('tab', { name: 'Vragen om ondersteuning' }));
    expect(await screen.findByRole('list', { name: 'Vragen om ondersteuning' })).toHaveTextContent(noorReported.text);
    expect(load).toHaveBeenLastCalledWith('cycle-1', { kind: 'support' });
  });

  it('makes a promise, checked by the rules first, and shows it in my list', async () => {
    const mine: Commitment[] = [];
    const load = jest.fn(() => Promise.resolve(snapshotOf([...mine])));
    const create = jest.fn((c: Commitment) => {
      mine.push(c);
      return Promise.resolve(stored(c));
    });
    renderTracker(<PromisesView />, trackerApi(noor, { commitments: { load, create } }));

    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe belofte' }));
    const form = screen.getByRole('form', { name: 'Een belofte maken' });
    expect(within(form).getByRole('heading', { name: 'Een belofte maken' })).toHaveFocus();
    // Defaults: me, my bouw and group, due at the next meeting.
    expect(within(form).getByRole('combobox', { name: /^Bouw/ })).toHaveValue('bovenbouw');
    expect(within(form).getByRole('combobox', { name: 'Jaargroep' })).toHaveValue('7');
    expect(within(form).getByRole('combobox', { name: /^Terugkoppelen tijdens/ })).toHaveValue('m-mrt');
    expect(within(form).getByLabelText(/^Klaar op/)).toHaveValue('2026-03-10');
    expect(within(form).queryByRole('combobox', { name: /^Wie/ })).toBeNull();

    // Nothing typed: the field says so and nothing is written.
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(within(form).getByText('Vul dit in.')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();

    const text = '  <script>alert(1)</script> Ouders 🎉 مرحبا welkom  ';
    await userEvent.type(within(form).getByRole('textbox', { name: /^Wat ga je doen\?/ }), text);
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Voor doel' }), 'g-2');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const made = create.mock.calls[0]![0];
    expect(made).toMatchObject({
      cycleId: 'cycle-1',
      ownerUpn: noor.upn,
      ownerName: 'Noor Hendriks',
      bouw: 'bovenbouw',
      group: 7,
      goalId: 'g-2',
      dueMeetingId: 'm-mrt',
      madeOn: '2026-03-02',
      dueDate: '2026-03-10',
      text: '<script>alert(1)</script> Ouders 🎉 مرحبا welkom',
      status: 'open',
    });
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/);

    expect(await screen.findByText('De belofte is opgeslagen.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    const list = await screen.findByRole('list', { name: 'Mijn beloftes' });
    expect(within(list).getByText('<script>alert(1)</script> Ouders 🎉 مرحبا welkom')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });

  it('refuses too long a text and a due date before the promise, per field, and saves nothing', async () => {
    const create = jest.fn();
    const load = jest.fn(() => Promise.resolve(snapshotOf([])));
    renderTracker(<PromisesView />, trackerApi(noor, { commitments: { load, create } }));
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe belofte' }));
    const form = screen.getByRole('form', { name: 'Een belofte maken' });

    const input = within(form).getByRole('textbox', { name: /^Wat ga je doen\?/ });
    await userEvent.click(input);
    await userEvent.paste('é'.repeat(256));
    expect(within(form).getByText('256 van 255 tekens')).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^Terugkoppelen tijdens/ }), '');
    const due = within(form).getByLabelText(/^Klaar op/);
    await userEvent.clear(due);
    await userEvent.type(due, '2026-02-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(within(form).getByText('Dit is te lang: maximaal 255 tekens.')).toBeInTheDocument();
    expect(within(form).getByText('Kies een datum op of na ma 2 maart 2026, de dag van de belofte.')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('lets the IB enter a promise for a colleague, from the staff list', async () => {
    const create = jest.fn((c: Commitment) => Promise.resolve(stored(c)));
    const api = trackerApi(ingrid, {
      commitments: { load: () => Promise.resolve(snapshotOf([])), create },
      staff: () => Promise.resolve([ingrid, tom, noor]),
    });
    renderTracker(<PromisesView />, api);
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe belofte' }));
    const form = screen.getByRole('form', { name: 'Een belofte maken' });
    const who = await within(form).findByRole('combobox', { name: /^Wie/ });
    await waitFor(() => expect(within(who).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Ingrid Bakker (ik)',
      'Noor Hendriks',
      'Tom Mulder',
    ]));
    // The IB has no bouw of her own: choosing Tom brings his.
    expect(within(form).getByRole('combobox', { name: /^Bouw/ })).toHaveValue('');
    await userEvent.selectOptions(who, tom.upn);
    expect(within(form).getByRole('combobox', { name: /^Bouw/ })).toHaveValue('bovenbouw');
    expect(within(form).getByRole('combobox', { name: 'Jaargroep' })).toHaveValue('6');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Wat ga je doen\?/ }), 'Ik werk samen met de logopedist');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]![0]).toMatchObject({ ownerUpn: tom.upn, ownerName: 'Tom Mulder', bouw: 'bovenbouw', group: 6 });
  });

  it('says when there is no active cycle', async () => {
    renderTracker(
      <PromisesView />,
      fakeDataApi({
        me: () => Promise.resolve(noor),
        commitments: { openActive: () => Promise.resolve({ timeline: { cycle: null, meetings: [] }, snapshot: null }) },
      }),
    );
    expect(await screen.findByText(/^Er is nog geen actief veranderplan/)).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('shows a failed load with a way to try again', async () => {
    let fail = true;
    const api = fakeDataApi({
      me: () => Promise.resolve(noor),
      commitments: {
        openActive: () =>
          fail ? Promise.reject(new UnavailableError('down', { status: 503 })) : Promise.resolve({ timeline, snapshot: snapshotOf([]) }),
      },
    });
    renderTracker(<PromisesView />, api);
    expect(await screen.findByText('SharePoint is even druk. We proberen het zo opnieuw.')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('tablist')).toBeInTheDocument();
  });

  it('speaks English for an English locale', async () => {
    const load = jest.fn(() => Promise.resolve(snapshotOf([noorOpen])));
    renderTracker(<PromisesView />, trackerApi(noor, { commitments: { load } }), 'en-GB');
    await screen.findByRole('tablist');
    expect(screen.getByRole('heading', { level: 1, name: 'Promises' })).toBeInTheDocument();
    expect(tabNames()).toEqual(['My promises', 'My bouw', 'At the meeting', 'Past their date', 'Agreements with parents', 'Weekly overview']);
    const list = await screen.findByRole('list', { name: 'My promises' });
    expect(within(list).getByRole('button')).toHaveTextContent('report back in Teambijeenkomst maart (Tue, 10 March 2026)');
  });
});
