import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '../../../../data/errors';
import type { Commitment } from '../../../../domain/commitments';
import {
  context,
  ingrid,
  noor,
  noorOpen,
  noorReported,
  promise,
  sanneOverdue,
  setToday,
  snapshotOf,
  stored,
  tom,
  trackerApi,
} from '../testing/fixtures';
import { findDialog, inDialog, renderTracker } from '../testing/render';
import { PromiseTab } from './PromiseTab';

beforeEach(() => setToday());
afterEach(() => jest.useRealTimers());

describe('PromiseTab', () => {
  it('shows the IB a support request in full and marks the support arranged', async () => {
    const load = jest.fn(() => Promise.resolve(snapshotOf([noorReported])));
    const markSupportGiven = jest.fn((current, today) => Promise.resolve(stored({ ...current.value, supportGivenOn: today }, 2)));
    renderTracker(
      <PromiseTab kind="support" label="Vragen om ondersteuning" context={context(ingrid)} />,
      trackerApi(ingrid, { commitments: { load, markSupportGiven } }),
    );
    expect(screen.getByText(/^Collega’s die om ondersteuning vroegen/)).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Vragen om ondersteuning' });
    await userEvent.click(within(list).getByRole('button'));

    const dialog = await findDialog(noorReported.text);
    expect(within(dialog).getByText('Deels gelukt')).toBeInTheDocument();
    expect(within(dialog).getByText('Noor Hendriks')).toBeInTheDocument();
    expect(within(dialog).getByText('Bovenbouw · Groep 7')).toBeInTheDocument();
    expect(within(dialog).getByText('Ouders voelen zich welkom')).toBeInTheDocument();
    expect(within(dialog).getByText('Vrijdag is druk.')).toBeInTheDocument();
    expect(within(dialog).getByText('Teruggekoppeld op di 10 februari 2026')).toBeInTheDocument();
    await userEvent.click(await within(dialog).findByRole('button', { ...inDialog, name: 'Ondersteuning is geregeld' }));

    expect(await within(dialog).findByText('Genoteerd: de ondersteuning is geregeld.')).toBeInTheDocument();
    expect(markSupportGiven).toHaveBeenCalledWith(stored(noorReported, 1, '1'), '2026-03-02');
    expect(within(dialog).getByText('Ondersteuning geregeld op ma 2 maart 2026')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { ...inDialog, name: 'Ondersteuning is geregeld' })).toBeNull();
    await userEvent.click(await within(dialog).findByRole('button', { ...inDialog, name: 'Sluiten' }));
    // The row stays, without the open request.
    await waitFor(() => expect(screen.queryByRole('dialog', inDialog)).toBeNull());
    await waitFor(() => expect(within(list).getByRole('button')).not.toHaveTextContent('Wil graag ondersteuning'));
    await waitFor(() => expect(within(list).getByRole('button')).toHaveFocus());
  });

  it('opens the conflict dialog when someone else arranged it first', async () => {
    const theirs = stored<Commitment>({ ...noorReported, supportGivenOn: '2026-03-01' }, 5);
    const markSupportGiven = jest.fn().mockRejectedValue(new ConflictError('412', { status: 412, current: theirs }));
    renderTracker(
      <PromiseTab kind="support" label="Steun" context={context(ingrid)} />,
      trackerApi(ingrid, { commitments: { load: () => Promise.resolve(snapshotOf([noorReported])), markSupportGiven } }),
    );
    await userEvent.click(within(await screen.findByRole('list', { name: 'Steun' })).getByRole('button'));
    await userEvent.click(screen.getByRole('button', { name: 'Ondersteuning is geregeld' }));
    const alert = await screen.findByRole('alertdialog', inDialog);
    expect(within(alert).getByText('Ondersteuning geregeld op zo 1 maart 2026')).toBeInTheDocument();
    await userEvent.click(await within(alert).findByRole('button', { ...inDialog, name: 'Hun versie overnemen' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', inDialog)).toBeNull());
    expect(await screen.findByRole('dialog', inDialog)).toHaveTextContent('Ondersteuning geregeld op zo 1 maart 2026');
    expect(markSupportGiven).toHaveBeenCalledTimes(1);
  });

  it('lists the overdue ones longest overdue first, and reports from the details', async () => {
    const older = promise('c-older', { ...sanneOverdue, id: 'c-older', dueDate: '2026-02-15', text: 'Langer geleden' });
    const load = jest.fn(() => Promise.resolve(snapshotOf([sanneOverdue, older])));
    const report = jest.fn((current, status, r, today) => Promise.resolve(stored({ ...current.value, ...r, status, reportedOn: today }, 2)));
    renderTracker(
      <PromiseTab kind="overdue" label="Over de datum" context={context(ingrid)} />,
      trackerApi(ingrid, { commitments: { load, report } }),
    );
    const list = await screen.findByRole('list', { name: 'Over de datum' });
    const rows = within(list).getAllByRole('button');
    expect(rows.map((r) => r.firstChild?.textContent)).toEqual(['Langer geleden', sanneOverdue.text]);
    expect(rows[0]).toHaveTextContent('Over de datum');
    expect(load).toHaveBeenCalledWith('cycle-1', { kind: 'overdue', today: '2026-03-02' });

    await userEvent.click(rows[0]!);
    const dialog = await findDialog('Langer geleden');
    await userEvent.click(await within(dialog).findByRole('button', { ...inDialog, name: 'Terugkoppelen' }));
    await userEvent.click(await within(dialog).findByRole('radio', { ...inDialog, name: 'Niet gelukt' }));
    await userEvent.click(await within(dialog).findByRole('button', { ...inDialog, name: 'Terugkoppeling opslaan' }));
    expect(await within(dialog).findByText('De terugkoppeling is opgeslagen.')).toBeInTheDocument();
    await userEvent.click(await within(dialog).findByRole('button', { ...inDialog, name: 'Sluiten' }));
    await waitFor(() => expect(screen.queryByRole('dialog', inDialog)).toBeNull());
    await waitFor(() => expect(within(list).getAllByRole('button')[0]).toHaveTextContent('Niet gelukt'));
    expect(within(list).getAllByRole('button')[0]).not.toHaveTextContent('Over de datum');
  });

  it('offers a colleague’s promise to read but not to report', async () => {
    const tomsView = snapshotOf([noorOpen]);
    renderTracker(
      <PromiseTab kind="group" label="Mijn bouw" context={context(tom)} />,
      trackerApi(tom, { commitments: { load: () => Promise.resolve(tomsView) } }),
    );
    await userEvent.click(within(await screen.findByRole('list', { name: 'Mijn bouw' })).getByRole('button'));
    const dialog = await screen.findByRole('dialog', inDialog);
    expect(within(dialog).queryByRole('button', { ...inDialog, name: 'Terugkoppelen' })).toBeNull();
    expect(await within(dialog).findByRole('button', { ...inDialog, name: 'Sluiten' })).toBeInTheDocument();
  });

  it('shows user text literally everywhere, emoji and all scripts intact', async () => {
    const text = '<img src=x onerror=alert(1)> Ouders 👋 Привет مرحبا 你好';
    const odd = promise('c-odd', { text, whatWorked: '<script>alert(1)</script>', status: 'kept', reportedOn: '2026-03-01' });
    const { container } = renderTracker(
      <PromiseTab kind="mine" label="Mijn beloftes" context={context(noor)} />,
      trackerApi(noor, { commitments: { load: () => Promise.resolve(snapshotOf([odd])) } }),
    );
    const list = await screen.findByRole('list', { name: 'Mijn beloftes' });
    expect(within(list).getByText(text)).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button'));
    expect(await findDialog(text)).toHaveTextContent('<script>alert(1)</script>');
    expect(container.querySelector('img, script')).toBeNull();
    expect(document.querySelector('[role="dialog"] img, [role="dialog"] script')).toBeNull();
  });
});
