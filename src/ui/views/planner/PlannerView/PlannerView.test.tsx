import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StepRecord } from '../../../../domain/goals';
import type { StepNumber } from '../../../../domain/steps';
import { archivedCycle, cycle, fakeApi, fakePlanner, records, setToday } from '../testing/fixtures';
import { renderPlanner } from '../testing/render';
import { inDialog } from '../../../shell/testing';
import { PlannerView } from '..';

// Whole-view walks with many keystrokes: slower than a unit test, especially beside other suites.
jest.setTimeout(30_000);

beforeEach(() => {
  setToday('2025-10-20');
  window.sessionStorage.clear();
});
afterEach(() => jest.useRealTimers());

const user = () => userEvent.setup();

/** Records of steps done on 1 October, so a test can start further along the path. */
const stepRecordsFor = (steps: StepNumber[]): StepRecord[] =>
  steps.map((step) => ({ id: `done-${step}`, cycleId: 'cycle-1', round: 1, step, date: '2025-10-01', items: [], notes: '', ...(step === 5 ? { score: 5 } : {}) }));

describe('PlannerView', () => {
  it('opens on the active cycle with its path, the current step and the goal map', async () => {
    const planner = fakePlanner({ cycles: [archivedCycle, cycle] });
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });

    const region = await screen.findByRole('region', { name: 'Veranderplan Samen sterk met ouders' });
    expect(within(region).getByRole('heading', { level: 1, name: 'Samen sterk met ouders' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Cyclus' })).toHaveDisplayValue('Samen sterk met ouders (2025-2026, Actief)');

    const path = screen.getByRole('list', { name: 'Stappen van ronde 1' });
    const steps = within(path).getAllByRole('button');
    expect(steps).toHaveLength(11);
    expect(steps[0]).toHaveTextContent('Stap 1: De droom beschrijven');
    expect(steps[0]).toHaveTextContent('Gedaan');
    expect(steps[0]).toHaveTextContent('Gedaan op ma 15 september 2025 tijdens Aftrap veranderteam');
    expect(steps[3]).toHaveTextContent('Nu aan de beurt');
    expect(steps[3]).toHaveAttribute('aria-current', 'true');
    expect(steps[4]).toHaveTextContent('Komt nog');

    const panel = screen.getByRole('region', { name: 'Stap 4: Voordelen onderzoeken' });
    expect(within(panel).getByText(/Per doel zoeken we uit wat het oplevert/)).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Vragen voor het team' })).toBeInTheDocument();
    expect(within(panel).getByText('Wat wint het team erbij in de samenwerking met elkaar?')).toBeInTheDocument();

    const map = screen.getByRole('region', { name: 'Doelenkaart' });
    expect(within(map).getByRole('img')).toHaveAccessibleName(
      'Doelenkaart: de droom in het midden met 2 doelen eromheen. Bij elk doel staan de voordelen en de tekenen van vooruitgang.',
    );
  });

  it('walks step 4 and 5: benefits saved on the goal, the score 6,5 on the record', async () => {
    const planner = fakePlanner();
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    const panel = await screen.findByRole('region', { name: 'Stap 4: Voordelen onderzoeken' });

    const second = within(panel).getByRole('article', { name: 'Ouders denken mee in een ouderpanel' });
    const team = within(second).getByRole('group', { name: 'Team' });
    await u.click(within(team).getByRole('button', { name: 'Regel toevoegen' }));
    await u.type(within(team).getByRole('textbox', { name: 'Voordeel 1' }), 'Plannen sluiten beter aan');
    // Completing with unsaved goal changes is refused, with the reason.
    await u.click(within(panel).getByRole('button', { name: 'Stap afronden' }));
    expect(await within(panel).findByText(/Sla eerst de wijzigingen bij de doelen op/)).toBeInTheDocument();
    expect(planner.calls).not.toContain('completeStep:4');

    await u.click(within(second).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(planner.store.goals.get('goal-2')?.value.benefits.team).toEqual(['Plannen sluiten beter aan']));
    // The map follows at once.
    expect(screen.getByRole('region', { name: 'Doelenkaart' })).toHaveTextContent('Plannen sluiten beter aan');

    await u.click(within(panel).getByRole('button', { name: 'Stap afronden' }));
    expect(await screen.findByText('Stap 4 is vastgelegd.')).toBeInTheDocument();
    const step5 = await screen.findByRole('region', { name: 'Stap 5: Vooruitgang erkennen' });
    expect(step5.querySelector('h2')).toHaveFocus();

    await u.type(within(step5).getByRole('textbox', { name: /Cijfer richting de droom/ }), '6,5');
    await u.click(within(step5).getByRole('button', { name: 'Regel toevoegen' }));
    await u.type(within(step5).getByRole('textbox', { name: 'Wat nu al werkt 1' }), 'Startgesprekken lopen goed 👍');
    await u.selectOptions(within(step5).getByRole('combobox', { name: 'Bijeenkomst' }), 'm2');
    await u.click(within(step5).getByRole('button', { name: 'Stap afronden' }));

    expect(await screen.findByText('Stap 5 is vastgelegd.')).toBeInTheDocument();
    const record = [...planner.store.records.values()].find((r) => r.value.step === 5)?.value;
    expect(record).toMatchObject({ score: 6.5, items: ['Startgesprekken lopen goed 👍'], meetingId: 'm2', date: '2025-10-20' });
    expect(planner.store.cycles.get('cycle-1')?.value.stepsDone).toEqual([1, 2, 3, 4, 5]);
    const path = screen.getByRole('list', { name: 'Stappen van ronde 1' });
    expect(within(path).getAllByRole('button')[4]).toHaveTextContent('Gedaan op ma 20 oktober 2025 tijdens Teambijeenkomst doelen');
  });
});

describe('PlannerView: bad input is refused in the person’s words, nothing is saved', () => {
  it('refuses a score outside 0–10 and a score that is not a number', async () => {
    const planner = fakePlanner({ records: [...records, ...stepRecordsFor([4])] });
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    const panel = await screen.findByRole('region', { name: 'Stap 5: Vooruitgang erkennen' });
    const score = within(panel).getByRole('textbox', { name: /Cijfer richting de droom/ });

    await u.type(score, '11');
    await u.click(within(panel).getByRole('button', { name: 'Stap afronden' }));
    expect(await within(panel).findByText('Kies een waarde van 0 tot en met 10.')).toBeInTheDocument();
    expect(score).toHaveAttribute('aria-invalid', 'true');

    await u.clear(score);
    await u.type(score, 'zes');
    await u.click(within(panel).getByRole('button', { name: 'Stap afronden' }));
    expect(await within(panel).findByText('Vul een getal in.')).toBeInTheDocument();

    await u.clear(score);
    await u.type(score, '6,3');
    await u.click(within(panel).getByRole('button', { name: 'Stap afronden' }));
    expect(await within(panel).findByText('Kies een waarde van 0 tot en met 10.')).toBeInTheDocument();

    expect(planner.calls.filter((c) => c.startsWith('completeStep'))).toEqual([]);
    expect([...planner.store.records.values()].some((r) => r.value.step === 5)).toBe(false);
  });

  it('refuses an empty line and an over-long one, each under its own input', async () => {
    const planner = fakePlanner({ records: [...records, ...stepRecordsFor([4, 5, 6])] });
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    const panel = await screen.findByRole('region', { name: 'Stap 7: Erkennen dat het lastig is' });
    await u.click(within(panel).getByRole('button', { name: 'Regel toevoegen' }));
    await u.click(within(panel).getByRole('button', { name: 'Regel toevoegen' }));
    const second = within(panel).getByRole('textbox', { name: 'Twijfel of tegenslag 2' });
    expect(second).toHaveFocus();
    await u.click(second);
    await u.paste('x'.repeat(256));
    await u.click(within(panel).getByRole('button', { name: 'Stap afronden' }));

    expect(await within(panel).findByText('Vul dit in.')).toBeInTheDocument();
    expect(within(panel).getByText('Dit is te lang: maximaal 255 tekens.')).toBeInTheDocument();
    expect(planner.calls.filter((c) => c.startsWith('completeStep'))).toEqual([]);
  });

  it('refuses a goal without a title or with one over 255 characters, and keeps HTML and emoji as text', async () => {
    const planner = fakePlanner();
    const { container } = renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    await u.click(await screen.findByRole('button', { name: /Stap 2: Doelen kiezen/ }));
    const panel = await screen.findByRole('region', { name: 'Stap 2: Doelen kiezen' });
    expect(within(panel).getByRole('button', { name: 'Stap opnieuw doen' })).toBeInTheDocument();

    await u.click(within(panel).getByRole('button', { name: 'Doel toevoegen' }));
    const card = within(panel).getByRole('article', { name: 'Doel 3' });
    const title = within(card).getByRole('textbox', { name: /^Doel/ });
    expect(title).toHaveFocus();
    await u.click(within(card).getByRole('button', { name: 'Opslaan' }));
    expect(await within(card).findByText('Vul dit in.')).toBeInTheDocument();

    await u.click(title);
    await u.paste('y'.repeat(256));
    await u.click(within(card).getByRole('button', { name: 'Opslaan' }));
    expect(await within(card).findByText('Dit is te lang: maximaal 255 tekens.')).toBeInTheDocument();
    expect(planner.calls).not.toContain('createGoal');

    const html = '<img src=x onerror=alert(1)> Ouders 👩‍👧 welkom, أهلا';
    await u.clear(title);
    await u.click(title);
    await u.paste(html);
    await u.selectOptions(within(card).getByRole('combobox', { name: 'Voorwaarde' }), 'cultuur');
    await u.selectOptions(within(card).getByRole('combobox', { name: 'Vorm van partnerschap' }), 'communicatie');
    await u.selectOptions(within(card).getByRole('combobox', { name: 'Niveau van betrokkenheid' }), 'meeleven');
    await u.selectOptions(within(card).getByRole('combobox', { name: 'Lijn' }), 'school');
    expect(within(card).getByText(/Hoe we met elkaar omgaan/)).toBeInTheDocument();
    await u.click(within(card).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(planner.calls).toContain('createGoal'));
    const stored = [...planner.store.goals.values()].find((g) => g.value.title === html)?.value;
    expect(stored).toMatchObject({ priority: 3, round: 1, condition: 'cultuur', epsteinForm: 'communicatie', level: 'meeleven', line: 'school' });
    const map = screen.getByRole('region', { name: 'Doelenkaart' });
    expect(within(map).getByRole('img')).toHaveAccessibleName(/met 3 doelen eromheen/);
    expect(within(map).getAllByText(html).length).toBeGreaterThan(0);
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('nudges toward a positive phrasing without refusing', async () => {
    renderPlanner(<PlannerView />, { api: fakeApi(fakePlanner()) });
    const u = user();
    await u.click(await screen.findByRole('button', { name: /Stap 2: Doelen kiezen/ }));
    const card = await screen.findByRole('article', { name: 'Doel 2' });
    const title = within(card).getByRole('textbox', { name: /^Doel/ });
    await u.clear(title);
    await u.type(title, 'Geen ruzie meer bij het hek');
    expect(within(card).getByText(/Dit doel klinkt als iets wat weg moet \(“Geen”\)/)).toBeInTheDocument();
  });

  it('does not let the team skip ahead', async () => {
    renderPlanner(<PlannerView />, { api: fakeApi(fakePlanner()) });
    const u = user();
    await u.click(await screen.findByRole('button', { name: /Stap 8: Redenen voor vertrouwen vinden/ }));
    const panel = await screen.findByRole('region', { name: 'Stap 8: Redenen voor vertrouwen vinden' });
    expect(within(panel).getByText('Rond eerst stap 4 af; de stappen bouwen op elkaar voort.')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Stap afronden' })).toBeNull();
  });
});

describe('PlannerView: someone else saved first (412)', () => {
  it('shows their goal; keep mine saves my change on top of theirs', async () => {
    const planner = fakePlanner();
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    const panel = await screen.findByRole('region', { name: 'Stap 4: Voordelen onderzoeken' });
    planner.changeBySomeoneElse('goal', 'goal-2', {
      title: 'Een ouderpanel denkt mee',
      benefits: { personal: [], team: [], school: ['Draagvlak'] },
    });
    const card = within(panel).getByRole('article', { name: 'Ouders denken mee in een ouderpanel' });
    const personal = within(card).getByRole('group', { name: 'Persoonlijk' });
    await u.click(within(personal).getByRole('button', { name: 'Regel toevoegen' }));
    await u.type(within(personal).getByRole('textbox', { name: 'Voordeel 1' }), 'Ik hoor vroeg wat ouders vinden');
    await u.click(within(card).getByRole('button', { name: 'Opslaan' }));

    // By role alone: a dialog tabster keeps aria-hidden has no accessible name in jsdom.
    const dialog = await screen.findByRole('alertdialog', inDialog);
    expect(within(dialog).getByText('Iemand anders heeft dit intussen gewijzigd')).toBeInTheDocument();
    expect(within(dialog).getByText('Een ouderpanel denkt mee')).toBeInTheDocument();
    expect(within(dialog).getByText('Draagvlak')).toBeInTheDocument();
    await u.click(within(dialog).getByText('Mijn wijziging toch opslaan'));

    await waitFor(() => expect(screen.queryByRole('alertdialog', inDialog)).toBeNull());
    expect(planner.store.goals.get('goal-2')?.value).toMatchObject({
      title: 'Een ouderpanel denkt mee',
      benefits: { personal: ['Ik hoor vroeg wat ouders vinden'], team: [], school: ['Draagvlak'] },
    });
    expect(planner.store.goals.get('goal-2')?.version).toBe(3);
  });

  it('take theirs loads their version', async () => {
    const planner = fakePlanner();
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    const panel = await screen.findByRole('region', { name: 'Stap 4: Voordelen onderzoeken' });
    planner.changeBySomeoneElse('goal', 'goal-2', { title: 'Een ouderpanel denkt mee' });
    const card = within(panel).getByRole('article', { name: 'Ouders denken mee in een ouderpanel' });
    const team = within(card).getByRole('group', { name: 'Team' });
    await u.click(within(team).getByRole('button', { name: 'Regel toevoegen' }));
    await u.type(within(team).getByRole('textbox', { name: 'Voordeel 1' }), 'Mijn regel');
    await u.click(within(card).getByRole('button', { name: 'Opslaan' }));
    await u.click(await screen.findByText('Hun versie overnemen'));

    expect(await screen.findByRole('article', { name: 'Een ouderpanel denkt mee' })).toBeInTheDocument();
    expect(planner.store.goals.get('goal-2')?.value.benefits.team).toEqual([]);
    // Read again: the cycles with the open one, in one read.
    expect(planner.calls.filter((c) => c.startsWith('open:') || c.startsWith('load:'))).toEqual(['open:', 'open:cycle-1']);
  });

  it('keeps my edit of the cycle on top of their change to it', async () => {
    const planner = fakePlanner();
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    await u.click(await screen.findByRole('button', { name: 'Bewerken' }));
    const form = screen.getByRole('region', { name: 'Cyclus bewerken' });
    planner.changeBySomeoneElse('cycle', 'cycle-1', { dream: 'Hun droom' });
    const title = within(form).getByRole('textbox', { name: /^Titel/ });
    await u.clear(title);
    await u.type(title, 'Samen sterker');
    await u.click(within(form).getByRole('button', { name: 'Opslaan' }));
    const dialog = await screen.findByRole('alertdialog', inDialog);
    expect(within(dialog).getByText('Hun droom')).toBeInTheDocument();
    await u.click(within(dialog).getByText('Mijn wijziging toch opslaan'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Samen sterker' })).toBeInTheDocument();
    expect(planner.store.cycles.get('cycle-1')?.value).toMatchObject({ title: 'Samen sterker', dream: 'Hun droom' });
  });
});

describe('PlannerView: cycles', () => {
  it('starts a new cycle: refuses an empty title, then opens the new cycle at step 1', async () => {
    const planner = fakePlanner();
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    await u.click(await screen.findByRole('button', { name: 'Nieuwe cyclus' }));
    const form = screen.getByRole('region', { name: 'Een nieuwe cyclus starten' });
    expect(within(form).getByRole('combobox', { name: /Coach/ })).toHaveDisplayValue('Ingrid Bakker');
    expect(within(form).getByRole('checkbox', { name: 'Sanne Jansen' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Mark de Vries' })).not.toBeChecked();
    await u.click(within(form).getByRole('button', { name: 'Cyclus starten' }));
    expect(within(form).getAllByText('Vul dit in.')).toHaveLength(2); // title and dream
    expect(planner.calls).not.toContain('createCycle');

    await u.type(within(form).getByRole('textbox', { name: /^Titel/ }), 'Ouders als partner 🤝');
    await u.type(within(form).getByRole('textbox', { name: /^Droom/ }), 'Iedereen voelt zich welkom.');
    await u.selectOptions(within(form).getByRole('combobox', { name: 'Schooljaar' }), '2026-2027');
    await u.click(within(form).getByRole('checkbox', { name: 'Mark de Vries' }));
    await u.click(within(form).getByRole('button', { name: 'Cyclus starten' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ouders als partner 🤝' })).toBeInTheDocument();
    expect(screen.getByText('De nieuwe cyclus staat klaar.')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Stap 1: De droom beschrijven' })).toBeInTheDocument();
    const created = [...planner.store.cycles.values()].find((c) => c.value.title === 'Ouders als partner 🤝')?.value;
    // Another cycle is active, so the new one starts as a draft.
    expect(created).toMatchObject({
      schoolYear: '2026-2027',
      status: 'draft',
      coachUpn: 'ingrid@delinde.example',
      coachName: 'Ingrid Bakker',
      memberUpns: ['ingrid@delinde.example', 'mark@delinde.example', 'sanne@delinde.example'],
      round: 1,
      stepsDone: [],
    });
    expect(window.sessionStorage.getItem('driehoek.planner.cycle')).toBe(created?.id);
  });

  it('completes step 1 with the dream as the team wrote it', async () => {
    const planner = fakePlanner({ records: [] });
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    const panel = await screen.findByRole('region', { name: 'Stap 1: De droom beschrijven' });
    const dream = within(panel).getByRole('textbox', { name: /^Droom/ });
    await u.clear(dream);
    await u.click(within(panel).getByRole('button', { name: 'Stap afronden' }));
    expect(await within(panel).findByText('Vul dit in.')).toBeInTheDocument();
    expect(planner.calls).not.toContain('completeStep:1');

    await u.type(dream, 'Ouders en school als één team.\nKinderen merken het elke dag.');
    await u.click(within(panel).getByRole('button', { name: 'Stap afronden' }));
    expect(await screen.findByText('Stap 1 is vastgelegd.')).toBeInTheDocument();
    expect(planner.store.cycles.get('cycle-1')?.value.dream).toBe('Ouders en school als één team.\nKinderen merken het elke dag.');
  });

  it('shows an archived cycle read-only', async () => {
    const planner = fakePlanner({ cycles: [archivedCycle, cycle] });
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    await u.selectOptions(await screen.findByRole('combobox', { name: 'Cyclus' }), 'cycle-0');

    expect(await screen.findByRole('heading', { level: 1, name: 'Eerste verkenning' })).toBeInTheDocument();
    expect(screen.getByText(/Deze cyclus is gearchiveerd/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bewerken' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archiveren' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Stap afronden|Stap opnieuw doen/ })).toBeNull();
    await u.click(screen.getByRole('button', { name: /Stap 1: De droom beschrijven/ }));
    const panel = await screen.findByRole('region', { name: 'Stap 1: De droom beschrijven' });
    expect(within(panel).queryByRole('textbox')).toBeNull();
    // Starting a new cycle from an archived one is still possible.
    expect(screen.getByRole('button', { name: 'Nieuwe cyclus starten vanuit deze doelen' })).toBeEnabled();
  });

  it('archives after a confirmation, and the cycle becomes read-only', async () => {
    const planner = fakePlanner();
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    await u.click(await screen.findByRole('button', { name: 'Archiveren' }));
    const dialog = screen.getByRole('alertdialog', inDialog);
    expect(within(dialog).getByText('Deze cyclus archiveren?')).toBeInTheDocument();
    await u.click(within(dialog).getByText('Archiveren'));
    expect(await screen.findByText(/Deze cyclus is gearchiveerd/)).toBeInTheDocument();
    expect(planner.store.cycles.get('cycle-1')?.value.status).toBe('archived');
    expect(screen.getByRole('combobox', { name: 'Cyclus' })).toHaveDisplayValue(/Gearchiveerd/);
  });

  it('starts the next round when the round is done, at step 2', async () => {
    const planner = fakePlanner({ records: [...records, ...stepRecordsFor([4, 5, 6, 7, 8, 9, 10, 11])] });
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    expect(await screen.findByText(/Alle stappen van deze ronde zijn gedaan/)).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Nieuwe ronde starten (stap 2 tot en met 11)' }));

    expect(await screen.findByText('Ronde 2 is gestart. Het team begint weer bij stap 2.')).toBeInTheDocument();
    const path = screen.getByRole('list', { name: 'Stappen van ronde 2' });
    expect(within(path).getAllByRole('button')).toHaveLength(10);
    expect(screen.getByRole('region', { name: 'Stap 2: Doelen kiezen' })).toBeInTheDocument();
    expect(screen.getByText('Zodra er doelen zijn, verschijnt hier de kaart.')).toBeInTheDocument();
  });

  it('starts a next cycle from this one’s goals and opens it', async () => {
    const planner = fakePlanner();
    renderPlanner(<PlannerView />, { api: fakeApi(planner) });
    const u = user();
    await u.click(await screen.findByRole('button', { name: 'Nieuwe cyclus starten vanuit deze doelen' }));
    expect(await screen.findByText('De nieuwe cyclus staat klaar.')).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Cyclus' })).toHaveDisplayValue('Samen sterk met ouders (2026-2027, Concept)');
    expect(await screen.findByRole('region', { name: 'Stap 2: Doelen kiezen' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Actief maken' })).toBeInTheDocument();
  });

  it('offers to start the first cycle when there is none, with the signed-in person as coach', async () => {
    const planner = fakePlanner({ cycles: [], goals: [], records: [] });
    const me = { upn: 'ingrid@delinde.example', displayName: 'Ingrid Bakker', role: 'ib' as const };
    renderPlanner(<PlannerView />, { api: fakeApi(planner, { me: () => Promise.resolve(me) }) });
    expect(await screen.findByText(/Er is nog geen veranderplan/)).toBeInTheDocument();
    const form = () => screen.getByRole('region', { name: 'Een nieuwe cyclus starten' });
    await waitFor(() => expect(within(form()).getByRole('combobox', { name: /Coach/ })).toHaveDisplayValue('Ingrid Bakker'));
    expect(within(form()).getByRole('checkbox', { name: 'Ingrid Bakker' })).not.toBeChecked();
    expect(within(form()).queryByRole('button', { name: 'Annuleren' })).toBeNull();
  });
});

describe('PlannerView: loading and language', () => {
  it('shows a spinner, then a failure with a retry', async () => {
    const planner = fakePlanner();
    const open = jest.fn(planner.open).mockRejectedValueOnce(new Error('down'));
    renderPlanner(<PlannerView />, { api: fakeApi({ ...planner, open }) });
    expect(screen.getByRole('progressbar', { name: 'Het veranderplan wordt geladen…' })).toBeInTheDocument();
    expect(await screen.findByText('Er ging iets mis')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Samen sterk met ouders' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderPlanner(<PlannerView />, { api: fakeApi(fakePlanner()), locale: 'en-GB' });
    expect(await screen.findByRole('region', { name: 'Change plan Samen sterk met ouders' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Cycle' })).toHaveDisplayValue('Samen sterk met ouders (2025-2026, Active)');
    expect(screen.getByRole('list', { name: 'Steps of round 1' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Step 4: Explore the benefits' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Complete step' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Goal map' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: 'Personal' }).length).toBeGreaterThan(0);
  });
});
