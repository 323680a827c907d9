import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingsApi, Versioned } from '../../../../data/api';
import { ConflictError, UnavailableError } from '../../../../data/errors';
import type { Meeting } from '../../../../domain/meetings';
import { fakeApi, meetings, snapshot, stored } from '../testing/fixtures';
import { pretendLayout } from '../testing/layout';
import { renderTimeline } from '../testing/render';
import { inDialog } from '../../../shell/testing';
import { MeetingEditor } from './MeetingEditor';
import type { MeetingEditorTarget } from './MeetingEditor.types';

const planned = meetings[3] as Meeting; // m4: veranderteam, 2025-10-27, step 5, planned
const fresh: Meeting = {
  id: 'new-1',
  cycleId: 'cycle-1',
  type: 'team',
  title: 'Teambijeenkomst',
  date: '2025-11-24',
  purpose: '',
  stepsCovered: [6, 7, 8],
  minutes: '',
  status: 'planned',
};

function setup(target: MeetingEditorTarget, meetingsApi: Partial<MeetingsApi>, locale?: string) {
  const onSaved = jest.fn();
  const onClose = jest.fn();
  const onTheirsTaken = jest.fn();
  const api = fakeApi(() => Promise.resolve(snapshot), meetingsApi);
  renderTimeline(<MeetingEditor target={target} onSaved={onSaved} onClose={onClose} onTheirsTaken={onTheirsTaken} />, {
    api,
    ...(locale ? { locale } : {}),
  });
  return { onSaved, onClose, onTheirsTaken, user: userEvent.setup() };
}

const dialog = () => screen.getByRole('dialog');
const field = (name: string | RegExp) => within(dialog()).getByRole('textbox', { name });
const save = (user: ReturnType<typeof userEvent.setup>) => user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));

jest.setTimeout(20_000);
let restoreLayout: () => void = () => {};
beforeEach(() => (restoreLayout = pretendLayout()));
afterEach(() => restoreLayout());

describe('MeetingEditor', () => {
  it('plans a new meeting from its prefilled values, with the id it was given', async () => {
    const create = jest.fn((m: Meeting) => Promise.resolve(stored(m)));
    const { onSaved, user } = setup({ mode: 'create', meeting: fresh }, { create });

    expect(within(dialog()).getByRole('heading', { name: 'Volgende bijeenkomst plannen' })).toBeInTheDocument();
    expect(field(/^Titel/)).toHaveValue('Teambijeenkomst');
    expect(within(dialog()).getByRole('combobox', { name: 'Soort bijeenkomst' })).toHaveValue('team');
    expect(within(dialog()).getByLabelText(/^Datum/)).toHaveValue('2025-11-24');
    const steps = within(dialog()).getByRole('group', { name: 'Stappen' });
    expect(within(steps).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(3);
    expect(within(steps).getByRole('checkbox', { name: 'Stap 6: Komende vooruitgang schetsen' })).toBeChecked();
    expect(within(dialog()).getByRole('radio', { name: 'Gepland' })).toBeChecked();
    // A score belongs to a held meeting only, minutes to one that took place (or was cancelled).
    expect(within(dialog()).queryByRole('textbox', { name: /Cijfer na afloop/ })).toBeNull();
    expect(within(dialog()).queryByRole('textbox', { name: /Verslag/ })).toBeNull();

    // The title follows the type while it is still the type's name.
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Soort bijeenkomst' }), 'veranderteam');
    expect(field(/^Titel/)).toHaveValue('Veranderteambijeenkomst');
    await user.type(field(/^Doel/), 'Vooruitblikken 🎯');
    await save(user);

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith({
      ...fresh,
      type: 'veranderteam',
      title: 'Veranderteambijeenkomst',
      purpose: 'Vooruitblikken 🎯',
    });
  });

  it('loads the stored meeting and records it as held with a Dutch score and minutes', async () => {
    const current = stored({ ...planned, purpose: 'Zoals het nu is opgeslagen' }, 3);
    const ofCycle = jest.fn(() => Promise.resolve([stored(meetings[0]!), current]));
    const update = jest.fn((base: Versioned<Meeting>, next: Omit<Meeting, 'id'>) =>
      Promise.resolve({ ...base, value: { ...next, id: base.value.id }, etag: '"m4,4"' }),
    );
    const { onSaved, user } = setup({ mode: 'edit', meeting: planned }, { ofCycle, update });

    expect(within(dialog()).getByRole('progressbar', { name: 'De bijeenkomst wordt geladen…' })).toBeInTheDocument();
    expect(await within(dialog()).findByDisplayValue('Zoals het nu is opgeslagen')).toBeInTheDocument();
    await waitFor(() => expect(field(/^Titel/)).toHaveFocus());
    expect(ofCycle).toHaveBeenCalledWith('cycle-1');
    expect(within(dialog()).getByRole('heading', { name: 'Bijeenkomst bewerken' })).toBeInTheDocument();

    await user.click(within(dialog()).getByRole('radio', { name: 'Gehouden' }));
    const score = field(/^Cijfer na afloop/);
    expect(score).toHaveAccessibleDescription('Van 0 tot en met 10, in hele of halve punten, bijvoorbeeld 6,5.');
    await user.type(score, '6,5');
    await user.type(field(/^Verslag/), 'Goed gesprek.\nVolgende keer verder met stap 6.');
    await save(user);

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenCalledWith(current, {
      ...planned,
      id: undefined,
      purpose: 'Zoals het nu is opgeslagen',
      status: 'held',
      score: 6.5,
      minutes: 'Goed gesprek.\nVolgende keer verder met stap 6.',
    });
    expect(onSaved.mock.calls[0][0]).toMatchObject({ etag: '"m4,4"', value: { score: 6.5 } });
  });

  it('shows what is wrong under each field in Dutch and saves nothing', async () => {
    const update = jest.fn();
    const ofCycle = jest.fn(() => Promise.resolve([stored({ ...planned, status: 'held', score: 6 })]));
    const { onSaved, user } = setup({ mode: 'edit', meeting: planned }, { ofCycle, update });
    const score = await within(dialog()).findByRole('textbox', { name: /^Cijfer na afloop/ });
    expect(score).toHaveValue('6');

    await user.clear(field(/^Titel/));
    await user.clear(score);
    await user.type(score, '11');
    await save(user);
    expect(field(/^Titel/)).toHaveAccessibleDescription('Vul dit in.');
    expect(field(/^Titel/)).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(field(/^Titel/)).toHaveFocus());
    expect(field(/^Cijfer na afloop/)).toHaveAccessibleDescription(
      expect.stringContaining('Kies een waarde van 0 tot en met 10.'),
    );

    await user.click(field(/^Titel/));
    await user.paste('x'.repeat(256));
    await user.clear(score);
    await user.type(score, '6,3');
    await save(user);
    expect(field(/^Titel/)).toHaveAccessibleDescription('Dit is te lang: maximaal 255 tekens.');
    expect(score).toHaveAccessibleDescription(expect.stringContaining('Kies een waarde van 0 tot en met 10.'));

    await user.clear(score);
    await user.type(score, 'zes');
    await user.clear(within(dialog()).getByLabelText(/^Datum/));
    await save(user);
    expect(score).toHaveAccessibleDescription(expect.stringContaining('Vul een getal in.'));
    expect(within(dialog()).getByLabelText(/^Datum/)).toHaveAccessibleDescription('Vul een geldige datum in.');

    expect(update).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('keeps markup and emoji as typed, and shows them as text', async () => {
    const create = jest.fn((m: Meeting) => Promise.resolve(stored(m)));
    const { user } = setup({ mode: 'create', meeting: fresh }, { create });
    const title = '<img src=x onerror=alert(1)> Feest 🎉👩‍🏫';
    await user.clear(field(/^Titel/));
    await user.click(field(/^Titel/));
    await user.paste(title);
    await save(user);
    await waitFor(() => expect(create).toHaveBeenCalledWith(expect.objectContaining({ title })));
    expect(dialog().querySelector('img, script')).toBeNull();
  });

  it('on a conflict shows their version; keep mine saves on top of theirs', async () => {
    const mine = stored(planned, 1);
    const theirs = stored({ ...planned, title: 'Hun <b>titel</b>', status: 'held', score: 7, minutes: 'Al gehouden' }, 2);
    const update = jest
      .fn<Promise<Versioned<Meeting>>, [Versioned<Meeting>, Omit<Meeting, 'id'>]>()
      .mockRejectedValueOnce(new ConflictError('412', { status: 412, current: theirs }))
      .mockImplementation((base, next) => Promise.resolve({ ...base, value: { ...next, id: base.value.id }, etag: '"m4,3"' }));
    const { onSaved, user } = setup({ mode: 'edit', meeting: planned }, { ofCycle: () => Promise.resolve([mine]), update });
    await user.clear(await within(dialog()).findByRole('textbox', { name: /^Doel/ }));
    await user.type(field(/^Doel/), 'Mijn doel');
    await save(user);

    // By role alone: a dialog tabster keeps aria-hidden has no accessible name in jsdom.
    const alert = await screen.findByRole('alertdialog', inDialog);
    expect(within(alert).getByText('Iemand anders heeft dit intussen gewijzigd')).toBeInTheDocument();
    expect(within(alert).getByText('Hun <b>titel</b>')).toBeInTheDocument();
    expect(within(alert).getByText('Al gehouden')).toBeInTheDocument();
    expect(within(alert).getByText('Gehouden')).toBeInTheDocument();
    expect(alert.querySelector('b')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(within(alert).getByText('Mijn wijziging toch opslaan'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenLastCalledWith(theirs, expect.objectContaining({ purpose: 'Mijn doel', title: planned.title }));
  });

  it('on a conflict, taking theirs fills the form with their version', async () => {
    const theirs = stored({ ...planned, title: 'Hun titel', status: 'held', score: 7.5 }, 2);
    const update = jest.fn(() => Promise.reject(new ConflictError('412', { status: 412, current: theirs })));
    const { onSaved, onTheirsTaken, user } = setup(
      { mode: 'edit', meeting: planned },
      { ofCycle: () => Promise.resolve([stored(planned)]), update },
    );
    await user.type(await within(dialog()).findByRole('textbox', { name: /^Doel/ }), ' en meer');
    await save(user);
    const alert = await screen.findByRole('alertdialog', inDialog);
    await user.click(within(alert).getByText('Hun versie overnemen'));

    await waitFor(() => expect(screen.queryByRole('alertdialog', inDialog)).toBeNull());
    // The form comes back with their version in it.
    await waitFor(() => expect(field(/^Titel/)).toHaveValue('Hun titel'));
    expect(field(/^Cijfer na afloop/)).toHaveValue('7,5');
    expect(field(/^Doel/)).toHaveValue(planned.purpose);
    expect(onTheirsTaken).toHaveBeenCalledWith(theirs);
    expect(onSaved).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('says so when the save failed, and keeps the form', async () => {
    const create = jest.fn(() => Promise.reject(new UnavailableError('down', { status: 503 })));
    const { onSaved, user } = setup({ mode: 'create', meeting: fresh }, { create });
    await save(user);
    expect(await within(dialog()).findByText('Opslaan lukte niet. Er is niets gewijzigd; probeer het opnieuw.')).toBeInTheDocument();
    expect(field(/^Titel/)).toHaveValue('Teambijeenkomst');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('tells when the meeting is no longer there', async () => {
    const { user, onClose } = setup({ mode: 'edit', meeting: planned }, { ofCycle: () => Promise.resolve([]) });
    expect(await within(dialog()).findByText(/Deze bijeenkomst staat niet meer op het tijdspad/)).toBeInTheDocument();
    expect(within(dialog()).queryByRole('button', { name: 'Opslaan' })).toBeNull();
    await user.click(within(dialog()).getByRole('button', { name: 'Annuleren' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('closes on Escape without saving', async () => {
    const create = jest.fn();
    const { onClose, user } = setup({ mode: 'create', meeting: fresh }, { create });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('speaks English', async () => {
    const { user } = setup(
      { mode: 'edit', meeting: planned },
      { ofCycle: () => Promise.resolve([stored(planned)]), update: jest.fn() },
      'en-GB',
    );
    expect(within(dialog()).getByRole('heading', { name: 'Edit meeting' })).toBeInTheDocument();
    expect(await within(dialog()).findByRole('combobox', { name: 'Type of meeting' })).toHaveDisplayValue('Change-team meeting');
    await user.click(within(dialog()).getByRole('radio', { name: 'Held' }));
    await user.type(within(dialog()).getByRole('textbox', { name: /^Score afterwards/ }), '12');
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));
    expect(within(dialog()).getByRole('textbox', { name: /^Score afterwards/ })).toHaveAccessibleDescription(
      expect.stringContaining('Choose a value from 0 to 10.'),
    );
    expect(within(dialog()).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });
});
