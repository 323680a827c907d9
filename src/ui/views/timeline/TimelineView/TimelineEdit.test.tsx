/** Planning and editing meetings from the timeline: the dialog, the save, the reload, the focus. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TimelineSnapshot, Versioned } from '../../../../data/api';
import type { Meeting, MeetingDraft } from '../../../../domain/meetings';
import { fakeApi, meetings, setToday, snapshot, stored } from '../testing/fixtures';
import { pretendLayout } from '../testing/layout';
import { renderTimeline } from '../testing/render';
import { TimelineView } from '..';

jest.setTimeout(20_000);
let restoreLayout: () => void = () => {};
beforeEach(() => {
  setToday('2025-10-20');
  restoreLayout = pretendLayout();
});
afterEach(() => {
  restoreLayout();
  jest.useRealTimers();
  jest.restoreAllMocks();
});

const m4 = meetings[3] as Meeting; // planned, 27 October, step 5
const dialog = () => screen.getByRole('dialog');
const chartName = () => within(screen.getByRole('region', { name: 'Cijfer richting de droom' })).getByRole('img');

describe('TimelineView: planning and editing', () => {
  it('plans the next meeting from the suggestion, reloads, and gives focus back to the button', async () => {
    const uuid = '2f1c7c4e-8a51-4b7e-9d5c-0f5b7a1d2e3f';
    jest.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue(uuid);
    const created: Meeting = {
      id: uuid,
      cycleId: 'cycle-1',
      type: 'team',
      title: 'Teambijeenkomst',
      date: '2025-11-24',
      purpose: '',
      stepsCovered: [6, 7, 8],
      minutes: '',
      status: 'planned',
    };
    const load = jest
      .fn<Promise<TimelineSnapshot>, []>()
      .mockResolvedValueOnce(snapshot)
      .mockResolvedValue({ ...snapshot, meetings: [...meetings, created] });
    const create = jest.fn((m: Meeting) => Promise.resolve(stored(m)));
    const user = userEvent.setup();
    renderTimeline(<TimelineView />, { api: fakeApi(load, { create }) });

    const next = await screen.findByRole('region', { name: 'Volgende bijeenkomst' });
    expect(next).toHaveTextContent('Voorstel: ma 24 november 2025, voor stap 6, 7 en 8');
    const plan = within(next).getByRole('button', { name: 'Volgende bijeenkomst plannen' });
    await user.click(plan);

    expect(within(dialog()).getByRole('heading', { name: 'Volgende bijeenkomst plannen' })).toBeInTheDocument();
    expect(within(dialog()).getByLabelText(/^Datum/)).toHaveValue('2025-11-24');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(create).toHaveBeenCalledWith(created);
    expect(load).toHaveBeenCalledTimes(2);
    const november = await screen.findByRole('list', { name: 'november 2025' });
    expect(within(november).getByRole('heading', { name: 'Teambijeenkomst' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Teambijeenkomst is opgeslagen.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Volgende bijeenkomst plannen' })).toHaveFocus());
    // The next suggestion moves on: four weeks later, the next block of steps.
    expect(screen.getByRole('region', { name: 'Volgende bijeenkomst' })).toHaveTextContent(
      'Voorstel: ma 22 december 2025, voor stap 9',
    );
  });

  it('records a meeting as held: the chart gains the point, planned vs held updates, focus returns to its button', async () => {
    const held: Meeting = { ...m4, status: 'held', score: 6.5, minutes: 'We zijn verder dan we dachten.' };
    let answer: (value: TimelineSnapshot) => void = () => {};
    const load = jest
      .fn<Promise<TimelineSnapshot>, []>()
      .mockResolvedValueOnce(snapshot)
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const update = jest.fn((base: Versioned<Meeting>, next: MeetingDraft) =>
      Promise.resolve({ ...base, value: { ...next, id: base.value.id }, etag: '"m4,2"' }),
    );
    const ofCycle = jest.fn(() => Promise.resolve(meetings.map((m) => stored(m))));
    const user = userEvent.setup();
    renderTimeline(<TimelineView />, { api: fakeApi(load, { ofCycle, update }) });

    const edit = await screen.findByRole('button', { name: 'Vooruitgang tot nu toe bewerken' });
    expect(chartName()).toHaveAccessibleName(expect.stringContaining('2 cijfers'));
    await user.click(edit);
    await user.click(await within(dialog()).findByRole('radio', { name: 'Gehouden' }));
    await user.type(within(dialog()).getByRole('textbox', { name: /^Cijfer na afloop/ }), '6,5');
    await user.type(within(dialog()).getByRole('textbox', { name: /^Verslag/ }), held.minutes);
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(update).toHaveBeenCalledWith(stored(m4), { ...held, id: undefined });
    // Shown at once, while the timeline is read again (the page is hidden from screen readers
    // while the dialog is open; tabster gives it back right after).
    expect(await screen.findByRole('region', { name: 'Tijdspad Samen sterk met ouders' })).toHaveAttribute('aria-busy', 'true');
    expect(chartName()).toHaveAccessibleName(
      'Lijndiagram van het cijfer richting de droom, van 0 tot 10: 3 cijfers, van 4 op ma 15 september 2025 tot 6,5 op ma 27 oktober 2025.',
    );
    expect(within(screen.getByRole('region', { name: 'In één oogopslag' })).getByText('3 van 3 gehouden')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Vooruitgang tot nu toe bewerken' })).toHaveFocus());

    // The reloaded timeline says the same, and focus stays on the button.
    answer({ ...snapshot, meetings: meetings.map((m) => (m.id === 'm4' ? held : m)) });
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Tijdspad Samen sterk met ouders' })).not.toHaveAttribute('aria-busy'),
    );
    const item = screen.getByRole('heading', { name: 'Vooruitgang tot nu toe' }).closest('li') as HTMLElement;
    expect(within(item).getByText('Gehouden')).toBeInTheDocument();
    expect(within(item).getByText('Cijfer na afloop').nextSibling).toHaveTextContent('6,5');
    expect(within(item).getByText(held.minutes)).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Vooruitgang tot nu toe bewerken' })).toHaveFocus();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('saves nothing and closes on cancel, focus back on the meeting', async () => {
    const update = jest.fn();
    const user = userEvent.setup();
    const load = jest.fn(() => Promise.resolve(snapshot));
    renderTimeline(<TimelineView />, {
      api: fakeApi(load, { ofCycle: () => Promise.resolve(meetings.map((m) => stored(m))), update }),
    });
    await user.click(await screen.findByRole('button', { name: 'Aftrap veranderteam bewerken' }));
    await user.clear(await within(dialog()).findByRole('textbox', { name: /^Titel/ }));
    await user.click(within(dialog()).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Aftrap veranderteam bewerken' })).toHaveFocus());
    expect(update).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
