import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OverDeStreepSnapshot, StatementRoundSnapshot } from '../../../../data/api';
import { ConflictError, ValidationError } from '../../../../data/errors';
import { type CountedRound, countedResult, openRound } from '../../../../domain/teamScan/overDeStreep';
import type { StaffMember } from '../../../../domain/people';
import { fakeDataApi } from '../../../data/testing';
import { findDialog, inDialog, renderTracker } from '../../promises/testing/render';
import { StreepPanel } from '..';

const sanne: StaffMember = { upn: 'sanne@school.example', displayName: 'Sanne Jansen', role: 'leerkracht' };
const statements = [
  { value: { id: 's1', text: 'Ouders kennen hun kind het best <b>echt</b>' }, itemId: '1', etag: '"1"' },
  { value: { id: 's2', text: 'Elke ouder is te bereiken' }, itemId: '2', etag: '"2"' },
];

const snap = (round: CountedRound, votedByMe: Record<string, boolean> = {}): StatementRoundSnapshot => ({
  round: { value: round, itemId: '7', etag: '"7"' },
  result: countedResult(round),
  votedByMe,
});

describe('StreepPanel', () => {
  it('starts a round at the meeting, votes, and shows totals only from three people on', async () => {
    let current: OverDeStreepSnapshot = { statements, rounds: [] };
    const open = openRound('r1', '2026-11-24', statements.map((s) => s.value), 'm1');
    const startRound = jest.fn(() => {
      current = { statements, rounds: [snap(open)] };
      return Promise.resolve(snap(open));
    });
    const vote = jest.fn(() => {
      const counted = { ...open, statements: open.statements.map((s, i) => (i === 0 ? { ...s, agree: 2, disagree: 1, voters: ['a', 'b', 'c'] } : s)) };
      current = { statements, rounds: [snap(counted, { s1: true })] };
      return Promise.resolve(current.rounds[0]!);
    });
    const api = fakeDataApi({ teamScan: { overDeStreep: () => Promise.resolve(current), startRound, vote } });
    renderTracker(<StreepPanel me={sanne} meetingId="m1" compact />, api);

    // The side panel runs the round only: no list management.
    expect(await screen.findByRole('button', { name: 'Ronde starten' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Onze stellingen' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Elke ouder is te bereiken' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ronde starten' }));
    expect(startRound).toHaveBeenCalledWith(expect.objectContaining({ meetingId: 'm1', statements: [statements[0]!.value] }));

    const round = await screen.findByRole('region', { name: 'Lopende ronde' });
    expect(within(round).getAllByText('Nog te weinig stemmen om de uitslag te tonen.')).toHaveLength(2);
    // User text stays text.
    expect(within(round).getByText('Ouders kennen hun kind het best <b>echt</b>')).toBeInTheDocument();
    await userEvent.click(within(round).getAllByRole('button', { name: 'Eens' })[0]!);
    expect(vote).toHaveBeenCalledWith('r1', 's1', 'agree');
    expect(await within(round).findByText('2 eens, 1 oneens')).toBeInTheDocument();
    expect(within(round).getByText('Je hebt gekozen. Wat je koos, bewaren we niet.')).toBeInTheDocument();
  });

  it('says in words why a vote was refused', async () => {
    const open = openRound('r1', '2026-11-24', statements.map((s) => s.value));
    const vote = jest.fn(() =>
      Promise.reject(
        new ValidationError('refused', { status: 400, fieldErrors: [{ field: 'statementId', code: 'invalidChoice', params: { reason: 'closed' } }] }),
      ),
    );
    const api = fakeDataApi({ teamScan: { overDeStreep: () => Promise.resolve({ statements, rounds: [snap(open)] }), vote } });
    renderTracker(<StreepPanel me={sanne} />, api, 'en-GB');
    const round = await screen.findByRole('region', { name: 'Current round' });
    await userEvent.click(within(round).getAllByRole('button', { name: 'Disagree' })[1]!);
    await waitFor(() => expect(screen.getByText('This round is closed already.')).toBeInTheDocument());
  });

  it('lets the team start from the example statements and edit its own list', async () => {
    const addStatement = jest.fn((s: { id: string; text: string }) => Promise.resolve({ value: s, itemId: '9', etag: '"9"' }));
    const api = fakeDataApi({ teamScan: { overDeStreep: () => Promise.resolve({ statements: [], rounds: [] }), addStatement } });
    renderTracker(<StreepPanel me={sanne} />, api);
    await userEvent.click(await screen.findByRole('button', { name: 'Begin met voorbeeldstellingen' }));
    await waitFor(() => expect(addStatement).toHaveBeenCalledTimes(8));
    expect(addStatement.mock.calls[0]![0].text).toBe('Als het om het onderwijs aan hun kind gaat, hebben ouders nu te weinig stem.');

    await userEvent.click(screen.getByRole('button', { name: 'Stelling toevoegen' }));
    expect(await screen.findByText('Vul dit in.')).toBeInTheDocument();
    expect(addStatement).toHaveBeenCalledTimes(8);
  });

  it('edits a statement in place, and refuses an empty text in words before anything is written', async () => {
    let current = [...statements];
    const updateStatement = jest.fn(async (stored: (typeof statements)[number], text: string) => {
      const saved = { ...stored, value: { ...stored.value, text }, etag: '"3"' };
      current = current.map((s) => (s.value.id === stored.value.id ? saved : s));
      return saved;
    });
    const overDeStreep = jest.fn(async () => ({ statements: current, rounds: [] }));
    renderTracker(<StreepPanel me={sanne} />, fakeDataApi({ teamScan: { overDeStreep, updateStatement } }));
    const list = await screen.findByRole('region', { name: 'Onze stellingen' });

    await userEvent.click(within(list).getByRole('button', { name: 'Wijzigen: Elke ouder is te bereiken' }));
    const field = within(list).getByRole('textbox', { name: 'Stelling' });
    expect(field).toHaveValue('Elke ouder is te bereiken');
    await userEvent.clear(field);
    await userEvent.click(within(list).getByRole('button', { name: 'Opslaan' }));
    expect(await within(list).findByText('Vul dit in.')).toBeInTheDocument();
    expect(updateStatement).not.toHaveBeenCalled();

    await userEvent.type(field, 'Bijna elke ouder is te <b>bereiken</b>');
    await userEvent.click(within(list).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(updateStatement).toHaveBeenCalledWith(statements[1], 'Bijna elke ouder is te <b>bereiken</b>'));
    // Read again (the panel is drawn anew), in its place, as text; the row is no longer being edited.
    await waitFor(() => expect(overDeStreep).toHaveBeenCalledTimes(2));
    const reread = await screen.findByRole('region', { name: 'Onze stellingen' });
    expect(await within(reread).findByRole('button', { name: 'Wijzigen: Bijna elke ouder is te <b>bereiken</b>' })).toBeInTheDocument();
    expect(within(reread).getAllByRole('listitem').map((li) => li.querySelector('span')?.textContent)).toEqual([
      'Ouders kennen hun kind het best <b>echt</b>',
      'Bijna elke ouder is te <b>bereiken</b>',
    ]);
    expect(within(reread).queryByRole('textbox', { name: 'Stelling' })).toBeNull();
    expect(reread.querySelector('b')).toBeNull();
    expect(overDeStreep).toHaveBeenCalledTimes(2);
  });

  it('asks before removing a statement, and says so when a colleague changed it first', async () => {
    let current = [...statements];
    const removeStatement = jest.fn(async (stored: (typeof statements)[number]) => {
      if (stored.value.id === 's1') throw new ConflictError('changed', { status: 412 });
      current = current.filter((s) => s.value.id !== stored.value.id);
    });
    const overDeStreep = jest.fn(async () => ({ statements: current, rounds: [] }));
    renderTracker(<StreepPanel me={sanne} />, fakeDataApi({ teamScan: { overDeStreep, removeStatement } }));
    const list = await screen.findByRole('region', { name: 'Onze stellingen' });

    await userEvent.click(within(list).getByRole('button', { name: 'Stelling verwijderen: Elke ouder is te bereiken' }));
    const question = await findDialog('Stelling verwijderen: “Elke ouder is te bereiken”?', 'alertdialog');
    expect(question).toHaveTextContent('Rondes die er al mee zijn gehouden, houden haar met hun uitslag.');
    await userEvent.click(within(question).getByRole('button', { name: 'Annuleren', ...inDialog }));
    expect(removeStatement).not.toHaveBeenCalled();

    await userEvent.click(within(list).getByRole('button', { name: 'Stelling verwijderen: Elke ouder is te bereiken' }));
    const again = await findDialog('Stelling verwijderen: “Elke ouder is te bereiken”?', 'alertdialog');
    await userEvent.click(within(again).getByRole('button', { name: 'Stelling verwijderen', ...inDialog }));
    await waitFor(() => expect(removeStatement).toHaveBeenCalledWith(statements[1]));
    await waitFor(() => expect(overDeStreep).toHaveBeenCalledTimes(2));
    const after = await screen.findByRole('region', { name: 'Onze stellingen' });
    await waitFor(() => expect(within(after).queryByText('Elke ouder is te bereiken')).toBeNull());

    await userEvent.click(within(after).getByRole('button', { name: 'Stelling verwijderen: Ouders kennen hun kind het best <b>echt</b>' }));
    const third = await findDialog(/^Stelling verwijderen: “Ouders kennen/, 'alertdialog');
    await userEvent.click(within(third).getByRole('button', { name: 'Stelling verwijderen', ...inDialog }));
    expect(await screen.findByText(/^Iemand anders heeft deze stelling net gewijzigd of verwijderd/)).toBeInTheDocument();
    await waitFor(() => expect(overDeStreep).toHaveBeenCalledTimes(3));
    const now = await screen.findByRole('region', { name: 'Onze stellingen' });
    expect(within(now).getByText('Ouders kennen hun kind het best <b>echt</b>')).toBeInTheDocument();
  });
});
