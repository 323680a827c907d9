import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDeniedError } from '../../../../data/errors';
import { fakeDataApi } from '../../../data/testing';
import { renderTalks } from '../../talks/testing/render';
import { MeetingPanel } from '../../meeting';
import { group, lotte, NOW, pastSession, sanne, staff, tom, versioned } from '../testing/fixtures';

jest.setTimeout(30_000);

const MEETING = 'meeting-iv';
let clock = NOW;
const now = () => clock;

beforeEach(() => {
  clock = NOW;
  window.sessionStorage.clear();
  window.sessionStorage.setItem(`driehoek.meetingMode.${MEETING}`, 'intervisie');
});

function api(me = sanne, overrides: Record<string, unknown> = {}) {
  const intervisie = {
    load: jest.fn(() => Promise.resolve({ groups: [group], staff })),
    sessions: jest.fn(() => Promise.resolve([pastSession])),
    saveSession: jest.fn((g: typeof group, s: typeof pastSession.value) => Promise.resolve({ session: versioned(s, '9'), group: g })),
    addPromise: jest.fn((p: { id: string; text: string }) => Promise.resolve(versioned({ ...p }))),
    ...overrides,
  };
  return { me: jest.fn(() => Promise.resolve(me)), intervisie };
}

function panel(fake: ReturnType<typeof api>, locale = 'nl-NL') {
  return renderTalks(<MeetingPanel now={now} />, fakeDataApi(fake as never), {
    width: 280,
    locale,
    host: { frameContext: 'sidePanel', meetingId: MEETING },
  });
}

function widthRulesThatDoNotFit(root: HTMLElement): string[] {
  const offenders: string[] = [];
  for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    const style = window.getComputedStyle(el);
    for (const prop of ['width', 'min-width'] as const) {
      const px = /^(\d+(?:\.\d+)?)px$/.exec(style.getPropertyValue(prop));
      if (px && Number(px[1]) > 280) offenders.push(`${el.tagName}.${el.className} ${prop}`);
    }
  }
  return offenders;
}

describe('the intervisie side panel', () => {
  it('opens the only group, proposes roles in turn, and fits 280 px', async () => {
    const fake = api();
    const { container } = panel(fake);
    expect(await screen.findByRole('heading', { level: 1, name: 'Onderbouw' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Intervisie', selected: true })).toBeInTheDocument();
    // Sanne brought in the case last time: someone else does now.
    const inbrenger = screen.getByRole('combobox', { name: /Inbrenger/ }) as HTMLSelectElement;
    expect(inbrenger.value).not.toBe(sanne.upn);
    expect(screen.getByText(/Wat in deze groep besproken wordt, blijft in deze groep/)).toBeInTheDocument();
    expect(widthRulesThatDoNotFit(container)).toEqual([]);
  });

  it('runs the phases with a clock per phase and in total, and shows what to do now', async () => {
    const user = userEvent.setup();
    panel(api());
    await screen.findByRole('heading', { level: 1, name: 'Onderbouw' });
    expect(screen.getByText('Start de klok zodra de groep begint.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Starten' }));
    expect(screen.getAllByText('Terugblik').length).toBeGreaterThan(0);
    expect(screen.getByText(/Wat heeft de inbrenger van de vorige keer met de adviezen gedaan/)).toBeInTheDocument();
    clock = NOW + 12 * 60_000; // the look back (10 min) runs over
    await user.click(screen.getByRole('button', { name: 'Volgende fase' }));
    const phases = screen.getByRole('list', { name: 'Fasen' });
    expect(within(phases).getByText('Incidenten inbrengen').closest('[aria-current="step"]')).not.toBeNull();
    expect(screen.getByText(/^Hele bijeenkomst: 12:00 van 1:20:00/)).toBeInTheDocument();
  });

  it('keeps case, advice and learning points in the group’s record, with the privacy reminder', async () => {
    const user = userEvent.setup();
    const fake = api();
    panel(fake);
    await screen.findByRole('heading', { level: 1, name: 'Onderbouw' });
    expect(screen.getByText(/Schrijf geen namen van leerlingen/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Kern van de casus' }), 'Een kind dat <b>niet</b> wil lezen');
    await user.type(screen.getByRole('textbox', { name: 'Adviezen' }), 'Laat het kind zelf een boek kiezen');
    await user.type(screen.getByRole('textbox', { name: 'Leerpunt 1' }), 'Eerst de feiten');
    await user.click(screen.getByRole('button', { name: 'Leerpunt toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: 'Leerpunt 2' }), 'Kort adviseren');
    await user.click(screen.getByRole('button', { name: 'Verslag opslaan' }));
    expect(await screen.findByText('Opgeslagen. Alleen de groep kan dit lezen.')).toBeInTheDocument();
    const [, saved] = fake.intervisie.saveSession.mock.calls[0]!;
    expect(saved).toMatchObject({
      id: 'is-ig-onderbouw-2026-11-24',
      date: '2026-11-24',
      caseSummary: 'Een kind dat <b>niet</b> wil lezen',
      learningPoints: ['Eerst de feiten', 'Kort adviseren'],
    });
    // User text stays text.
    expect(document.querySelector('b')).toBeNull();
  });

  it('sends a personal promise to Beloftes, due at the next session', async () => {
    const user = userEvent.setup();
    const fake = api();
    panel(fake);
    await screen.findByRole('heading', { level: 1, name: 'Onderbouw' });
    await user.type(screen.getByRole('textbox', { name: 'Wat ga jij doen vóór de volgende keer?' }), 'Ik bel de ouder deze week');
    await user.click(screen.getByRole('button', { name: 'Belofte toevoegen' }));
    expect(await screen.findByText('Je belofte staat in Beloftes.')).toBeInTheDocument();
    expect(fake.intervisie.addPromise).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Ik bel de ouder deze week', dueDate: '2026-12-15', madeOn: '2026-11-24' }),
    );
    expect(screen.queryByRole('combobox', { name: 'Voor welke bouw?' })).toBeNull();
  });

  it('shows the members-only notice, not data, when the group’s site refuses (403)', async () => {
    const fake = api(lotte, { sessions: jest.fn(() => Promise.reject(new AccessDeniedError('no', { status: 403 }))) });
    panel(fake);
    expect(await screen.findByText('Alleen voor de leden')).toBeInTheDocument();
    expect(screen.queryByText(/Bel in plaats van te mailen/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Verslag opslaan' })).toBeNull();
  });

  it('offers only my own groups, and tells someone in none', async () => {
    panel(api(tom));
    expect(await screen.findByText('Je zit niet in een intervisiegroep.')).toBeInTheDocument();
  });

  it('shows the guest page when the data layer refuses the person altogether', async () => {
    const fake = api();
    fake.me = jest.fn(() => Promise.reject(new AccessDeniedError('guest', { status: 403 })));
    panel(fake);
    expect(await screen.findByRole('heading', { name: 'Fijn dat u er bent' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    panel(api(), 'en-GB');
    expect(await screen.findByRole('heading', { level: 1, name: 'Onderbouw' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Peer consultation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(screen.getByText(/^Whole meeting:/)).toBeInTheDocument();
  });
});

describe('the meeting chooser', () => {
  it('opens a parent talk by default and remembers a switch to intervisie for this meeting', async () => {
    window.sessionStorage.clear();
    const user = userEvent.setup();
    const fake = { ...api(), talks: { load: jest.fn(() => Promise.resolve({ talks: [], pupils: [] })) } };
    panel(fake as never);
    expect(await screen.findByRole('heading', { name: 'Welk gesprek is dit?' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Intervisie' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Onderbouw' })).toBeInTheDocument();
    await waitFor(() => expect(window.sessionStorage.getItem(`driehoek.meetingMode.${MEETING}`)).toBe('intervisie'));
  });
});
