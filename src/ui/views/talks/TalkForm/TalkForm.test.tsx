import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanOutcome } from '../../../../data/api';
import type { Talk } from '../../../../domain/talks/types';
import { fakeDataApi } from '../../../data/testing';
import { noor, pupils, scheduled, TODAY } from '../testing/fixtures';
import { renderTalks } from '../testing/render';
import { TalkForm } from './TalkForm';

type Plan = (talk: Talk, options: { stopOnClash?: boolean }) => Promise<PlanOutcome>;

function setup(plan: jest.Mock<ReturnType<Plan>, Parameters<Plan>>, locale = 'nl-NL') {
  const onPlanned = jest.fn();
  const onCancel = jest.fn();
  const api = fakeDataApi({ talks: { plan } });
  renderTalks(<TalkForm pupils={pupils} me={noor} today={TODAY} onPlanned={onPlanned} onCancel={onCancel} />, api, { locale });
  return { onPlanned, onCancel };
}

const group = (name: string) => screen.getByRole('group', { name });

jest.setTimeout(30_000);

/** Types by pasting: one change per field keeps these long forms quick to test. */
async function fill(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}
const planned = (talk: Talk): PlanOutcome => ({ planned: scheduled(talk), clashes: [] });

async function fillParents() {
  const user = userEvent.setup();
  const first = group('Ouder 1');
  await fill(user, within(first).getByLabelText(/^Naam/), 'Sanne de Vries');
  await fill(user, within(first).getByLabelText(/^E-mailadres/), 'sanne@example.nl');
  await user.click(screen.getByRole('button', { name: 'Ouder toevoegen' }));
  const second = group('Ouder 2');
  await fill(user, within(second).getByLabelText(/^Naam/), 'Joost Bakker');
  await fill(user, within(second).getByLabelText(/^E-mailadres/), 'joost@example.nl');
  await user.selectOptions(within(second).getByLabelText('Huishouden'), 'Huishouden 2');
  return user;
}

describe('TalkForm', () => {
  it('plans a talk with the pupil, two households, the staff, the times and the template agenda', async () => {
    const plan = jest.fn<ReturnType<Plan>, Parameters<Plan>>((talk) => Promise.resolve(planned(talk)));
    const { onPlanned } = setup(plan);
    const user = userEvent.setup();

    expect(screen.getByRole('heading', { level: 2, name: 'Een gesprek plannen' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Leerling/), 'Emma, groep 7');
    // Group 7: joining is suggested, and the agenda gets the child's item.
    expect(screen.getByText('Emma zit in groep 6 of hoger: meepraten is aan te raden.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Het kind praat mee' })).toBeChecked();
    expect(screen.getByDisplayValue('Wat vindt uw kind er zelf van?')).toBeInTheDocument();

    await fillParents();
    // The organiser is the first person from school, with her role.
    const staff = group('Deelnemer 1');
    expect(within(staff).getByLabelText(/^Naam/)).toHaveValue('Noor Hendriks');
    expect(within(staff).getByLabelText(/^E-mailadres/)).toHaveValue(noor.upn);
    await user.click(screen.getByRole('button', { name: 'Iemand van school toevoegen' }));
    const ib = group('Deelnemer 2');
    await fill(user, within(ib).getByLabelText(/^Naam/), 'Ingrid Bakker');
    await fill(user, within(ib).getByLabelText(/^E-mailadres/), 'ingrid.bakker@delinde.example');
    await user.selectOptions(within(ib).getByLabelText('Rol'), 'intern begeleider (coördineert de extra hulp op school)');

    fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: '2026-10-06' } });
    fireEvent.change(screen.getByLabelText(/^Begintijd/), { target: { value: '15:30' } });
    // A new start keeps the talk's length (15 minutes for a progress talk).
    expect(screen.getByLabelText(/^Eindtijd/)).toHaveValue('15:45');
    expect(screen.getByText('Duur: 15 minuten (hoogstens 30)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    await waitFor(() => expect(plan).toHaveBeenCalledTimes(1));
    const [talk, options] = plan.mock.calls[0]!;
    expect(options.stopOnClash).toBe(true);
    expect(talk).toMatchObject({
      type: 'voortgang',
      pupil: { id: 'pupil-1', firstName: 'Emma', group: 7 },
      parents: [
        { name: 'Sanne de Vries', email: 'sanne@example.nl', household: 1 },
        { name: 'Joost Bakker', email: 'joost@example.nl', household: 2 },
      ],
      staff: [
        { name: 'Noor Hendriks', email: noor.upn, role: 'leerkracht' },
        { name: 'Ingrid Bakker', email: 'ingrid.bakker@delinde.example', role: 'ib' },
      ],
      childJoins: true,
      mode: 'online',
      // 15:30 in Amsterdam in October is 13:30 UTC.
      start: '2026-10-06T13:30:00.000Z',
      durationMinutes: 15,
      withPreTalk: false,
      status: 'planned',
    });
    expect(talk.agenda.map((a) => ('key' in a.title ? a.title.key : a.title.text))).toEqual([
      'positiveStart',
      'lookBack',
      'parentsView',
      'schoolView',
      'childVoice',
      'agreements',
    ]);
    expect(talk.preparationQuestions).toEqual([{ key: 'sinceLast' }, { key: 'agreementsAtHome' }, { key: 'childSays' }, { key: 'ownQuestions' }]);
    expect(talk.id).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(onPlanned).toHaveBeenCalledWith(expect.objectContaining({ value: expect.anything() }), []));
  });

  it('refuses a wrong e-mail, an end before the start, a talk too long for its type and over-long text, in Dutch', async () => {
    const plan = jest.fn<ReturnType<Plan>, Parameters<Plan>>();
    setup(plan);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/^Leerling/), 'Emma, groep 7');
    const parent = group('Ouder 1');
    // Pasted, not typed: 300 characters.
    await user.click(within(parent).getByLabelText(/^Naam/));
    await user.paste('x'.repeat(300));
    await fill(user, within(parent).getByLabelText(/^E-mailadres/), 'sanne@example');

    fireEvent.change(screen.getByLabelText(/^Eindtijd/), { target: { value: '14:30' } });
    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    expect(within(parent).getByText('Dit is te lang: maximaal 255 tekens.')).toBeInTheDocument();
    expect(within(parent).getByText('Dit is geen geldig e-mailadres.')).toBeInTheDocument();
    expect(screen.getByText('De eindtijd moet na de begintijd liggen.')).toBeInTheDocument();
    expect(screen.getByText('Nog niet alles klopt. Kijk bij de velden met een melding.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText(/^Eindtijd/), { target: { value: '16:00' } });
    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    expect(screen.getByText('Dit soort gesprek duurt hoogstens 30 minuten.')).toBeInTheDocument();
    expect(plan).not.toHaveBeenCalled();
  });

  it('asks for a pupil and a parent, and a first name only for a new pupil', async () => {
    const plan = jest.fn<ReturnType<Plan>, Parameters<Plan>>();
    setup(plan);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    expect(screen.getByText('Kies een leerling of voeg er een toe.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/^Leerling/), 'Nieuwe leerling…');
    await fill(user, screen.getByLabelText(/^Voornaam/), 'Emma de Vries');
    await user.selectOptions(screen.getByLabelText(/^Groep/), 'Groep 3');
    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    expect(screen.getByText('Alleen de voornaam, zonder spatie of achternaam.')).toBeInTheDocument();
    expect(within(group('Ouder 1')).getAllByText('Vul dit in.')).toHaveLength(2);
    // Group 3: no suggestion to join.
    expect(screen.getByRole('checkbox', { name: 'Het kind praat mee' })).not.toBeChecked();
    expect(plan).not.toHaveBeenCalled();
  });

  it('keeps HTML and script typed into the form as text', async () => {
    const plan = jest.fn<ReturnType<Plan>, Parameters<Plan>>((talk) => Promise.resolve(planned(talk)));
    setup(plan);
    const user = userEvent.setup();
    const markup = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    await user.selectOptions(screen.getByLabelText(/^Leerling/), 'Emma, groep 7');
    const parent = group('Ouder 1');
    await user.click(within(parent).getByLabelText(/^Naam/));
    await user.paste(markup);
    await fill(user, within(parent).getByLabelText(/^E-mailadres/), 'sanne@example.nl');
    const topic = screen.getByLabelText('Agendapunt 1');
    await user.clear(topic);
    await user.click(topic);
    await user.paste(`<b>${markup}</b>`);
    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    await waitFor(() => expect(plan).toHaveBeenCalled());
    const [talk] = plan.mock.calls[0]!;
    expect(talk.parents[0]!.name).toBe(markup);
    expect(talk.agenda[0]!.title).toEqual({ text: `<b>${markup}</b>` });
    expect(document.querySelector('form img, form script, form b')).toBeNull();
  });

  it('warns about a clash in the calendar and plans over it when the teacher goes ahead', async () => {
    const clash = { id: 'e-9', subject: '<i>Teamoverleg</i>', start: '2026-10-06T13:00:00Z', end: '2026-10-06T14:00:00Z' };
    const plan = jest.fn<ReturnType<Plan>, Parameters<Plan>>((talk, options) =>
      Promise.resolve(options.stopOnClash ? { planned: null, clashes: [clash] } : { planned: scheduled(talk), clashes: [clash] }),
    );
    const { onPlanned } = setup(plan);
    const user = await (async () => {
      await userEvent.setup().selectOptions(screen.getByLabelText(/^Leerling/), 'Emma, groep 7');
      return fillParents();
    })();
    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    expect(await screen.findByText('Je agenda is op dat moment al bezet')).toBeInTheDocument();
    expect(screen.getByText('<i>Teamoverleg</i> (15:00–16:00)')).toBeInTheDocument();
    expect(onPlanned).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Toch plannen' }));
    await waitFor(() => expect(onPlanned).toHaveBeenCalledWith(expect.anything(), [clash]));
    expect(plan.mock.calls.map(([, o]) => o.stopOnClash)).toEqual([true, false]);
    // The same talk both times: a retried plan never makes a second meeting.
    expect(plan.mock.calls[0]![0].id).toBe(plan.mock.calls[1]![0].id);
  });

  it('offers the staff pre-talk for the zorgteam only, and caps that talk at 45 minutes', async () => {
    const plan = jest.fn<ReturnType<Plan>, Parameters<Plan>>();
    setup(plan);
    const user = userEvent.setup();
    expect(screen.queryByRole('checkbox', { name: /Voorbespreking/ })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Soort gesprek'), 'Gesprek met het zorgteam');
    expect(screen.getByText('Duurt meestal 45 minuten, hoogstens 45.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Eindtijd/)).toHaveValue('15:45');
    await user.click(screen.getByRole('checkbox', { name: /Voorbespreking van 15 minuten/ }));
    fireEvent.change(screen.getByLabelText(/^Eindtijd/), { target: { value: '16:00' } });
    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    expect(screen.getByText('Dit soort gesprek duurt hoogstens 45 minuten.')).toBeInTheDocument();
  });

  it('edits the agenda: minutes, order, removal, a new item, and fitting it into the talk', async () => {
    setup(jest.fn());
    const user = userEvent.setup();
    expect(screen.getByText('Samen 13 van 15 minuten')).toBeInTheDocument();
    // Times per item from the start (15:00).
    expect(screen.getByText('15:00–15:02')).toBeInTheDocument();

    const minutes = screen.getByLabelText('Agendapunt 1: Minuten');
    await user.clear(minutes);
    await fill(user, minutes, '6');
    expect(screen.getByText('Samen 17 van 15 minuten')).toBeInTheDocument();
    expect(screen.getByText('De agenda duurt 17 minuten, langer dan het gesprek (15 minuten).')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Agendapunt 2 omhoog' }));
    expect(screen.getByLabelText('Agendapunt 1')).toHaveValue('Terugkijken op de afspraken van de vorige keer');
    await user.click(screen.getByRole('button', { name: 'Agendapunt 1 weghalen' }));
    expect(screen.getByLabelText('Agendapunt 1')).toHaveValue('Eerst: wat gaat er goed?');
    await user.click(screen.getByRole('button', { name: 'Agendapunt toevoegen' }));
    await fill(user, screen.getByLabelText('Agendapunt 5'), 'Huiswerk');
    expect(screen.getByText('Samen 19 van 15 minuten')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Passend maken' }));
    expect(screen.getByText('Samen 15 van 15 minuten')).toBeInTheDocument();
    expect(screen.getByLabelText('Agendapunt 5')).toHaveValue('Huiswerk');

    await user.click(screen.getByRole('button', { name: 'Opnieuw uit het sjabloon' }));
    expect(screen.getByText('Samen 13 van 15 minuten')).toBeInTheDocument();
  });

  it('reminds staff not to write health details while they type', async () => {
    setup(jest.fn());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    await fill(user, screen.getByLabelText('Vraag 5'), 'Hoe gaat het met de ADHD-medicatie?');
    expect(await screen.findByText(/Zulke gegevens horen niet in Driehoek/)).toBeInTheDocument();
  });

  it('speaks English for an English locale', async () => {
    const plan = jest.fn<ReturnType<Plan>, Parameters<Plan>>();
    setup(plan, 'en-GB');
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { name: 'Plan a talk' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan and invite' }));
    expect(screen.getByText('Choose a pupil or add one.')).toBeInTheDocument();
    expect(screen.getByText('Not everything is right yet. See the fields with a message.')).toBeInTheDocument();
    expect(screen.getByDisplayValue('First: what is going well?')).toBeInTheDocument();
  });

  it('chooses colleagues from the staff list, each with the role parents will read', async () => {
    const plan = jest.fn<ReturnType<Plan>, Parameters<Plan>>((talk) => Promise.resolve(planned(talk)));
    const staff = jest.fn(async () => [
      noor,
      { upn: 'ingrid.bakker@delinde.example', displayName: 'Ingrid Bakker', role: 'ib' as const },
      { upn: 'jeroen.peters@ouders.example', displayName: 'Jeroen Peters', role: 'guest' as const },
    ]);
    const onPlanned = jest.fn();
    renderTalks(<TalkForm pupils={pupils} me={noor} today={TODAY} onPlanned={onPlanned} onCancel={jest.fn()} />, fakeDataApi({ staff, talks: { plan } }));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/^Leerling/), 'Emma, groep 7');
    await fillParents();

    const picker = await screen.findByRole('combobox', { name: /Collega’s kiezen/ });
    await user.click(picker);
    // Guests are never offered; the organiser is chosen already.
    expect((await screen.findAllByRole('option')).map((o) => o.textContent ?? '').some((n) => n.includes('Jeroen'))).toBe(false);
    await user.keyboard('ingrid');
    await user.keyboard('{Enter}');
    const second = await screen.findByRole('group', { name: 'Deelnemer 2' });
    expect(within(second).getByLabelText(/^Naam/)).toHaveValue('Ingrid Bakker');
    expect(within(second).getByLabelText('Rol')).toHaveValue('ib');

    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));
    await waitFor(() => expect(plan).toHaveBeenCalled());
    expect(plan.mock.calls[0]![0].staff).toEqual([
      { name: 'Noor Hendriks', email: noor.upn, role: 'leerkracht' },
      { name: 'Ingrid Bakker', email: 'ingrid.bakker@delinde.example', role: 'ib' },
    ]);
  });
});
