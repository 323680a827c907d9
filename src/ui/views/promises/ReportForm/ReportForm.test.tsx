import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError } from '../../../../data/errors';
import type { Commitment } from '../../../../domain/commitments';
import { context, ingrid, noorOpen, noorReported, setToday, stored, trackerApi } from '../testing/fixtures';
import { findDialog, inDialog, renderTracker } from '../testing/render';
import { ReportForm } from './ReportForm';

beforeEach(() => setToday());
afterEach(() => jest.useRealTimers());

function setup(item = stored(noorOpen), methods: Record<string, jest.Mock> = {}) {
  const onSaved = jest.fn();
  const onTheirs = jest.fn();
  const onCancel = jest.fn();
  const report = methods.report ?? jest.fn((current, status, r, today) =>
    Promise.resolve(stored({ ...current.value, ...r, status, reportedOn: today }, 2)),
  );
  const renegotiate = methods.renegotiate ?? jest.fn();
  const api = trackerApi(ingrid, { commitments: { report, renegotiate } });
  renderTracker(
    <ReportForm item={item} context={context(ingrid)} onSaved={onSaved} onTheirs={onTheirs} onCancel={onCancel} />,
    api,
  );
  return { onSaved, onTheirs, onCancel, report, renegotiate, form: screen.getByRole('form', { name: 'Terugkoppeling' }) };
}

describe('ReportForm', () => {
  it('asks how it went before it writes anything, with the focus on the first choice', async () => {
    const { form, report } = setup();
    expect(within(form).getByRole('radio', { name: 'Gelukt' })).toHaveFocus();
    expect(within(form).getAllByRole('radio').map((r) => r.closest('.fui-Radio')?.textContent)).toEqual([
      'Gelukt',
      'Deels gelukt',
      'Niet gelukt',
      'Opnieuw afgesproken',
    ]);
    await userEvent.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    expect(within(form).getByText('Kies hoe het ging.')).toBeInTheDocument();
    expect(report).not.toHaveBeenCalled();
  });

  it('reports partly kept with what worked, what was hard and a wish for support', async () => {
    const { form, report, onSaved } = setup();
    await userEvent.click(within(form).getByRole('radio', { name: 'Deels gelukt' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Wat werkte?' }), 'Ouders belden terug 😊');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Wat was lastig?' }), '<b>Tijd</b>');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Ik wil graag ondersteuning' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(report).toHaveBeenCalledWith(
      stored(noorOpen),
      'partlyKept',
      { whatWorked: 'Ouders belden terug 😊', whatWasHard: '<b>Tijd</b>', supportWanted: true },
      '2026-03-02',
    );
  });

  it('refuses a report that is too long, next to its field', async () => {
    const { form, report } = setup();
    await userEvent.click(within(form).getByRole('radio', { name: 'Gelukt' }));
    await userEvent.click(within(form).getByRole('textbox', { name: 'Wat werkte?' }));
    await userEvent.paste('a'.repeat(10_001));
    await userEvent.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    expect(within(form).getByText('Dit is te lang: maximaal 10000 tekens.')).toBeInTheDocument();
    expect(report).not.toHaveBeenCalled();
  });

  it('agrees a new promise: closes this one and hands over its successor', async () => {
    const successor = stored({ ...noorOpen, id: 'next' }, 1, '9');
    const renegotiate = jest.fn((current: ReturnType<typeof stored<Commitment>>, _report: unknown, _next: unknown, _today: string) =>
      Promise.resolve({ previous: stored({ ...current.value, status: 'renegotiated' }, 2), next: successor }),
    );
    const { form, onSaved } = setup(stored(noorOpen), { renegotiate });
    await userEvent.click(within(form).getByRole('radio', { name: 'Opnieuw afgesproken' }));
    const text = within(form).getByRole('textbox', { name: /^Wat spreek je nu af\?/ });
    expect(text).toHaveValue(noorOpen.text);
    await userEvent.clear(text);
    await userEvent.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    expect(within(form).getByText('Vul dit in.')).toBeInTheDocument();
    await userEvent.type(text, 'Ik bel de helft van de ouders');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^Terugkoppelen tijdens/ }), 'm-apr');
    expect(within(form).getByLabelText(/^Klaar op/)).toHaveValue('2026-04-14');
    await userEvent.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [, report, next, today] = renegotiate.mock.calls[0]!;
    expect(report).toEqual({ whatWorked: '', whatWasHard: '', supportWanted: false });
    expect(next).toMatchObject({ text: 'Ik bel de helft van de ouders', dueDate: '2026-04-14', dueMeetingId: 'm-apr' });
    expect(today).toBe('2026-03-02');
    expect(onSaved.mock.calls[0]![1]).toBe(successor);
  });

  it('corrects an earlier report starting from what was said, but never reopens or renegotiates it', async () => {
    const { form } = setup(stored(noorReported));
    expect(within(form).getAllByRole('radio').map((r) => r.closest('.fui-Radio')?.textContent)).toEqual(['Gelukt', 'Niet gelukt']);
    expect(within(form).getByRole('textbox', { name: 'Wat werkte?' })).toHaveValue('Ouders lazen het.');
    expect(within(form).getByRole('checkbox', { name: 'Ik wil graag ondersteuning' })).toBeChecked();
  });

  it('shows their version when someone reported first; keep mine writes on top of theirs', async () => {
    const theirs = stored<Commitment>({ ...noorOpen, status: 'kept', whatWorked: 'Iedereen gebeld.', reportedOn: '2026-03-01' }, 3);
    const report = jest
      .fn()
      .mockRejectedValueOnce(new ConflictError('412', { status: 412, current: theirs }))
      .mockImplementationOnce((current, status, r, today) => Promise.resolve(stored({ ...current.value, ...r, status, reportedOn: today }, 4)));
    const { form, onSaved } = setup(stored(noorOpen), { report });
    await userEvent.click(within(form).getByRole('radio', { name: 'Niet gelukt' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));

    const dialog = await findDialog('Iemand anders heeft dit intussen gewijzigd', 'alertdialog');
    expect(within(dialog).getByText('Gelukt')).toBeInTheDocument();
    expect(within(dialog).getByText('Wat werkte? Iedereen gebeld.')).toBeInTheDocument();
    await userEvent.click(await within(dialog).findByRole('button', { ...inDialog, name: 'Mijn wijziging toch opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(report).toHaveBeenCalledTimes(2);
    expect(report.mock.calls[1]![0]).toBe(theirs);
    expect(report.mock.calls[1]![1]).toBe('notKept');
  });

  it('takes their version when asked, without writing', async () => {
    const theirs = stored<Commitment>({ ...noorOpen, status: 'kept', reportedOn: '2026-03-01' }, 3);
    const report = jest.fn().mockRejectedValue(new ConflictError('412', { status: 412, current: theirs }));
    const { form, onTheirs } = setup(stored(noorOpen), { report });
    await userEvent.click(within(form).getByRole('radio', { name: 'Gelukt' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Terugkoppeling opslaan' }));
    const dialog = await screen.findByRole('alertdialog', inDialog);
    await userEvent.click(await within(dialog).findByRole('button', { ...inDialog, name: 'Hun versie overnemen' }));
    expect(onTheirs).toHaveBeenCalledWith(theirs);
    expect(report).toHaveBeenCalledTimes(1);
  });
});
