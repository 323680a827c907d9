import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CommitmentView } from '../../../../data/api';
import { ConflictError } from '../../../../data/errors';
import { context, ingrid, noorOpen, promise, sanneOverdue, setToday, snapshotOf, stored, tom, tomOpen, trackerApi } from '../testing/fixtures';
import { inDialog, renderTracker } from '../testing/render';
import { CheckIn } from './CheckIn';

beforeEach(() => setToday());
afterEach(() => jest.useRealTimers());

describe('CheckIn', () => {
  it('opens at the coming meeting and goes round the table per bouw', async () => {
    // Made at this very meeting: not for this check-in (domain: openForMeeting).
    const madeHere = promise('c-here', { madeAtMeetingId: 'm-mrt', madeOn: '2026-03-10', text: 'Vandaag beloofd' });
    const load = jest.fn((_: string, _view: CommitmentView) => Promise.resolve(snapshotOf([tomOpen, noorOpen, sanneOverdue, madeHere])));
    renderTracker(<CheckIn context={context(ingrid)} />, trackerApi(ingrid, { commitments: { load } }));

    const region = screen.getByRole('region', { name: 'Beloftes om terug te koppelen' });
    const picker = within(region).getByRole('combobox', { name: 'Bijeenkomst' });
    expect(picker).toHaveValue('m-mrt');
    expect(load).toHaveBeenCalledWith('cycle-1', { kind: 'meeting', meetingId: 'm-mrt' });

    expect(await within(region).findByText('3 beloftes')).toBeInTheDocument();
    expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Onderbouw', 'Bovenbouw']);
    const boven = within(region).getByRole('list', { name: 'Bovenbouw' });
    expect(within(boven).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([noorOpen.text, tomOpen.text]);
    expect(within(region).getByRole('list', { name: 'Onderbouw' })).toHaveTextContent('Over de datum');
    expect(within(region).queryByText('Vandaag beloofd')).toBeNull();

    await userEvent.selectOptions(picker, 'm-apr');
    await waitFor(() => expect(load).toHaveBeenLastCalledWith('cycle-1', { kind: 'meeting', meetingId: 'm-apr' }));
  });

  it('reports a promise right there and keeps it in view with its new status', async () => {
    const load = jest.fn(() => Promise.resolve(snapshotOf([noorOpen])));
    const report = jest.fn((current, status, r, today) => Promise.resolve(stored({ ...current.value, ...r, status, reportedOn: today }, 2)));
    renderTracker(<CheckIn context={context(ingrid)} />, trackerApi(ingrid, { commitments: { load, report } }));

    const card = (await screen.findByRole('heading', { level: 4, name: noorOpen.text })).closest('li') as HTMLElement;
    await userEvent.click(within(card).getByRole('button', { name: 'Terugkoppelen' }));
    const form = within(card).getByRole('form', { name: 'Terugkoppeling' });
    await userEvent.click(within(form).getByRole('radio', { name: 'Deels gelukt' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Wat was lastig?' }), 'Niet iedereen nam op.');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Ik wil graag ondersteuning' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));

    expect(await within(card).findByText('De terugkoppeling is opgeslagen.')).toBeInTheDocument();
    expect(within(card).queryByRole('form')).toBeNull();
    expect(within(card).getByText('Deels gelukt')).toBeInTheDocument();
    expect(within(card).getByText('Wil graag ondersteuning')).toBeInTheDocument();
    expect(within(card).getByText('Niet iedereen nam op.')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Terugkoppeling aanpassen' })).toHaveFocus();
    expect(report).toHaveBeenCalledWith(stored(noorOpen, 1, '1'), 'partlyKept', expect.objectContaining({ supportWanted: true }), '2026-03-02');
  });

  it('after a conflict and keep mine, the card shows the saved report and nothing stays hidden', async () => {
    const theirs = stored({ ...noorOpen, status: 'kept' as const, reportedOn: '2026-03-01' }, 3);
    const report = jest
      .fn()
      .mockRejectedValueOnce(new ConflictError('412', { status: 412, current: theirs }))
      .mockImplementationOnce((current, status, r, today) => Promise.resolve(stored({ ...current.value, ...r, status, reportedOn: today }, 4)));
    const load = jest.fn(() => Promise.resolve(snapshotOf([noorOpen])));
    renderTracker(<CheckIn context={context(ingrid)} />, trackerApi(ingrid, { commitments: { load, report } }));
    const card = (await screen.findByRole('heading', { level: 4, name: noorOpen.text })).closest('li') as HTMLElement;
    await userEvent.click(within(card).getByRole('button', { name: 'Terugkoppelen' }));
    await userEvent.click(within(card).getByRole('radio', { name: 'Niet gelukt' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    await userEvent.click(await screen.findByRole('button', { ...inDialog, name: 'Mijn wijziging toch opslaan' }));
    expect(await within(card).findByText('De terugkoppeling is opgeslagen.')).toBeInTheDocument();
    expect(within(card).getByText('Niet gelukt')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('div[aria-hidden="true"], section[aria-hidden="true"], ul[aria-hidden="true"]')).toBeNull());
    expect(report.mock.calls[1]![0]).toBe(theirs);
  });

  it('lets a teacher report only on their own promise', async () => {
    const load = jest.fn(() => Promise.resolve(snapshotOf([noorOpen, tomOpen])));
    renderTracker(<CheckIn context={context(tom)} />, trackerApi(tom, { commitments: { load } }));
    const mineCard = (await screen.findByRole('heading', { name: tomOpen.text })).closest('li') as HTMLElement;
    const otherCard = screen.getByRole('heading', { name: noorOpen.text }).closest('li') as HTMLElement;
    expect(within(mineCard).getByRole('button', { name: 'Terugkoppelen' })).toBeInTheDocument();
    expect(within(otherCard).queryByRole('button')).toBeNull();
  });

  it('says when nothing is open for the meeting, and when there are no meetings', async () => {
    const load = jest.fn(() => Promise.resolve(snapshotOf([])));
    const { unmount } = renderTracker(<CheckIn context={context(ingrid)} />, trackerApi(ingrid, { commitments: { load } }));
    expect(await screen.findByText('Er staan geen open beloftes voor deze bijeenkomst.')).toBeInTheDocument();
    unmount();
    renderTracker(<CheckIn context={{ ...context(ingrid), meetings: [] }} />, trackerApi(ingrid, { commitments: { load } }));
    expect(screen.getByText('Er staan nog geen bijeenkomsten op het tijdspad.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    await act(async () => {}); // the (empty) load settles
  });
});
