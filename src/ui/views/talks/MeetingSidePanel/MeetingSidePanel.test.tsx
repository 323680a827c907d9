import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import { AccessDeniedError, ConflictError } from '../../../../data/errors';
import type { Agreement } from '../../../../domain/talks/agreements';
import type { Note } from '../../../../domain/talks/record';
import { fakeDataApi } from '../../../data/testing';
import { agreement, NOW, noor, recordOf, scheduled, snapshotOf, talkLater, talkToday, versioned } from '../testing/fixtures';
import { renderTalks } from '../testing/render';
import { inDialog } from '../../../shell/testing';
import { MeetingSidePanel } from './MeetingSidePanel';

jest.setTimeout(30_000);

const MEETING = 'meeting-42';
const now = () => NOW;

beforeEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

function panel(api = fakeDataApi({}), options: { locale?: string } = {}) {
  return renderTalks(<MeetingSidePanel now={now} />, api, {
    width: 280,
    host: { frameContext: 'sidePanel', meetingId: MEETING },
    ...options,
  });
}

function sessionApi(talk: Versioned<ScheduledTalk> = talkToday, agreements: Versioned<Agreement>[] = []) {
  return {
    me: jest.fn(() => Promise.resolve(noor)),
    talks: {
      load: jest.fn(() => Promise.resolve(snapshotOf([talkToday, talkLater]))),
      record: jest.fn(() => Promise.resolve(recordOf(talk, agreements))),
    },
  };
}

/** Every element's own width rules must fit a 280 px frame: nothing wider than 280 px, no fixed min width. */
function widthRulesThatDoNotFit(root: HTMLElement): string[] {
  const offenders: string[] = [];
  for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    const style = window.getComputedStyle(el);
    for (const prop of ['width', 'min-width'] as const) {
      const value = style.getPropertyValue(prop);
      const px = /^(\d+(?:\.\d+)?)px$/.exec(value);
      if (px && Number(px[1]) > 280) offenders.push(`${el.tagName}.${el.className} ${prop}: ${value}`);
    }
  }
  return offenders;
}

describe('MeetingSidePanel', () => {
  it('offers today’s talks of the organiser, remembers the choice for this meeting, and shows the talk', async () => {
    const api = sessionApi();
    panel(fakeDataApi(api));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welk gesprek is dit?' })).toBeInTheDocument();
    expect(api.talks.load).toHaveBeenCalledWith({ kind: 'organiser' });
    const today = screen.getByRole('list', { name: 'Jouw gesprekken vandaag' });
    expect(within(today).getAllByRole('button')).toHaveLength(1);
    const later = screen.getByRole('list', { name: 'Komende gesprekken' });
    expect(within(later).getByRole('button')).toHaveTextContent('Rapportgesprek – Daan');

    await userEvent.click(within(today).getByRole('button', { name: /Voortgangsgesprek – Emma/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' })).toBeInTheDocument();
    expect(api.talks.record).toHaveBeenCalledWith('talk-1');
    expect(window.sessionStorage.getItem(`driehoek.meetingTalk.${MEETING}`)).toBe('talk-1');
  });

  it('opens the talk named in the tab’s hash, or the one chosen before in this meeting', async () => {
    window.history.replaceState(null, '', '/#gesprek/talk-2');
    const api = sessionApi(talkLater);
    const { unmount } = panel(fakeDataApi(api));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapportgesprek – Daan' })).toBeInTheDocument();
    expect(api.talks.record).toHaveBeenCalledWith('talk-2');
    expect(api.talks.load).not.toHaveBeenCalled();
    unmount();

    window.history.replaceState(null, '', '/');
    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    const again = sessionApi();
    panel(fakeDataApi(again));
    expect(await screen.findByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ander gesprek kiezen' }));
    expect(await screen.findByRole('heading', { name: 'Welk gesprek is dit?' })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(`driehoek.meetingTalk.${MEETING}`)).toBeNull();
  });

  it('fits 280 px: every part stacks, no width rule wider than the panel', async () => {
    const { container } = panel(fakeDataApi(sessionApi(talkToday, [versioned(agreement())])));
    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    await userEvent.click(await screen.findByRole('button', { name: /Voortgangsgesprek – Emma/ }));
    await screen.findByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' });
    // Open every section, so all of it is measured.
    for (const button of screen.getAllByRole('button', { expanded: false })) await userEvent.click(button);
    const root = container.querySelector('.driehoek-MeetingSidePanel') as HTMLElement;
    expect(window.getComputedStyle(root).getPropertyValue('box-sizing')).toBe('border-box');
    expect(widthRulesThatDoNotFit(container.firstElementChild as HTMLElement)).toEqual([]);
    // Where jsdom lays out at all, nothing is wider than the frame.
    expect(root.scrollWidth).toBeLessThanOrEqual(Math.max(root.clientWidth, 280));
  });

  it('runs the agenda clock per item and for the whole talk, and announces only item changes', async () => {
    let clock = NOW;
    const api = sessionApi();
    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    renderTalks(<MeetingSidePanel now={() => clock} />, fakeDataApi(api), { width: 280, host: { frameContext: 'sidePanel', meetingId: MEETING } });
    await screen.findByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' });
    expect(screen.getByText('Start de klok zodra het gesprek begint.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Starten' }));
    expect(screen.getByText('Nu: Eerst: wat gaat er goed?. 2 minuten.')).toBeInTheDocument();
    clock += 150_000; // 2:30 into a 2-minute item
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Pauze' }));
    });
    expect(screen.getAllByRole('timer')[0]).toHaveTextContent('2:30 van 2:00');
    expect(screen.getByText('0:30 over de tijd')).toBeInTheDocument();
    expect(screen.getByText('Eerst: wat gaat er goed? loopt over de tijd.')).toBeInTheDocument();
    clock += 60_000; // paused: the clock stands still
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(screen.getAllByRole('timer')[0]).toHaveTextContent('2:30 van 2:00');
    await userEvent.click(screen.getByRole('button', { name: 'Volgend punt' }));
    expect(screen.getByText('Nu: Terugkijken op de afspraken van de vorige keer. 3 minuten.')).toBeInTheDocument();
    expect(screen.getAllByRole('timer')[1]).toHaveTextContent('Hele gesprek: 2:30 van 15:00 · nog 12:30');
    const items = screen.getByRole('list', { name: 'Agendapunten' });
    expect(within(items).getAllByRole('listitem')[0]).toHaveTextContent('klaar · 2:30');
    expect(within(items).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'step');
    // The clock survives a reload of the panel (per talk, in this tab).
    expect(JSON.parse(window.sessionStorage.getItem('driehoek.talkTimer.talk-1') as string).advancedAt).toHaveLength(1);
  });

  it('keeps notes internal or shareable, with the privacy reminder while typing', async () => {
    const saved: Note[][] = [];
    const api = {
      ...sessionApi(),
      talks: {
        ...sessionApi().talks,
        saveNotes: jest.fn((current: Versioned<ScheduledTalk>, notes: readonly Note[]) => {
          saved.push([...notes]);
          return Promise.resolve(versioned({ ...current.value, notes: [...notes] }, current.itemId));
        }),
      },
    };
    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    panel(fakeDataApi(api));
    await screen.findByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' });
    const user = userEvent.setup();
    const text = screen.getByLabelText('Nieuwe aantekening');
    await user.click(text);
    await user.paste('Emma heeft misschien dyslexie');
    expect(await screen.findByText(/Zulke gegevens horen niet in Driehoek/)).toBeInTheDocument();
    expect(screen.getByText('dyslexie')).toBeInTheDocument();
    await user.clear(text);
    await user.click(text);
    await user.paste('Emma leest thuis graag <b>strips</b>');
    await user.click(screen.getByRole('radio', { name: 'Mag naar de ouders' }));
    await user.click(screen.getByRole('button', { name: 'Aantekening toevoegen' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual([expect.objectContaining({ text: 'Emma leest thuis graag <b>strips</b>', visibility: 'shareable' })]);
    const notes = screen.getByRole('list', { name: 'Aantekeningen' });
    expect(within(notes).getByText('Emma leest thuis graag <b>strips</b>')).toBeInTheDocument();
    expect(notes.querySelector('b')).toBeNull();
    await user.click(within(notes).getByRole('button', { name: 'Alleen voor school' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]![0]!.visibility).toBe('internal');
  });

  it('on a conflict while saving notes, adds the note on top of their version when asked', async () => {
    const theirs = versioned({ ...talkToday.value, notes: [{ id: 'n-x', text: 'Van een collega', visibility: 'internal' as const }] }, talkToday.itemId);
    const saveNotes = jest
      .fn()
      .mockRejectedValueOnce(new ConflictError('changed', { status: 412, current: theirs }))
      .mockImplementationOnce((current: Versioned<ScheduledTalk>, notes: Note[]) => Promise.resolve(versioned({ ...current.value, notes })));
    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    panel(fakeDataApi({ ...sessionApi(), talks: { ...sessionApi().talks, saveNotes } }));
    await screen.findByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Nieuwe aantekening'));
    await user.paste('Mijn aantekening');
    await user.click(screen.getByRole('button', { name: 'Aantekening toevoegen' }));
    expect(await screen.findByText('Iemand anders heeft dit intussen gewijzigd')).toBeInTheDocument();
    expect(screen.getByText('Alleen voor school: Van een collega')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mijn wijziging toch opslaan', ...inDialog }));
    await waitFor(() => expect(saveNotes).toHaveBeenCalledTimes(2));
    expect(saveNotes.mock.calls[1][0]).toBe(theirs);
    expect(saveNotes.mock.calls[1][1].map((n: Note) => n.text)).toEqual(['Van een collega', 'Mijn aantekening']);
  });

  it('records agreements, plans the follow-up and sends the reviewed summary to the parents', async () => {
    const created: Agreement[] = [];
    let current = scheduled({}, { notes: [{ id: 'n1', text: 'Intern: broertje', visibility: 'internal' }, { id: 'n2', text: 'Emma leest graag strips', visibility: 'shareable' }] });
    const followUpTalk = scheduled({ id: 'talk-f', start: '2026-11-16T14:00:00.000Z' });
    const api = {
      me: jest.fn(() => Promise.resolve(noor)),
      talks: {
        load: jest.fn(() => Promise.resolve(snapshotOf([current]))),
        record: jest.fn(() => Promise.resolve(recordOf(current, created.map((a) => versioned(a))))),
        createAgreement: jest.fn((a: Agreement) => {
          created.push(a);
          return Promise.resolve(versioned(a));
        }),
        planFollowUp: jest.fn(() => {
          current = versioned({ ...current.value, followUp: { talkId: 'talk-f', start: followUpTalk.value.talk.start } }, current.itemId);
          created.forEach((a, i) => (created[i] = { ...a, followUpDate: '2026-11-16' }));
          return Promise.resolve({ planned: followUpTalk, clashes: [] });
        }),
        sendSummary: jest.fn((talk: Versioned<ScheduledTalk>) =>
          Promise.resolve(
            versioned({ ...talk.value, summary: { sentAt: '2026-10-05T13:30:00Z', recipients: ['sanne@example.nl', 'joost@example.nl'], text: '' } }),
          ),
        ),
      },
    };
    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    panel(fakeDataApi(api));
    await screen.findByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' });
    const user = userEvent.setup();

    await user.click(screen.getByLabelText(/^Wat spreken we af\?/));
    await user.paste('Emma leest elke avond een kwartier');
    await user.click(screen.getByRole('radio', { name: 'Emma (kind)' }));
    fireEvent.change(screen.getByLabelText(/^Klaar op/), { target: { value: '2026-11-02' } });
    await user.click(screen.getByRole('button', { name: 'Afspraak vastleggen' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({
      talkId: 'talk-1',
      pupilId: 'pupil-1',
      owner: 'kind',
      text: 'Emma leest elke avond een kwartier',
      madeOn: '2026-10-05',
      dueDate: '2026-11-02',
      status: 'open',
    });
    const list = screen.getByRole('list', { name: 'Afspraken' });
    expect(within(list).getByText('Emma leest elke avond een kwartier')).toBeInTheDocument();
    expect(within(list).getByText(/Emma \(kind\) · klaar op 2 november 2026/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vervolggesprek' }));
    await user.selectOptions(screen.getByLabelText('Over hoeveel weken'), '6 weken');
    expect(screen.getByText('Voorstel: maandag 16 november 2026, 15:00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vervolggesprek plannen' }));
    expect(await screen.findByText('Het vervolggesprek staat op maandag 16 november 2026, 15:00.')).toBeInTheDocument();
    expect(api.talks.planFollowUp).toHaveBeenCalledWith(expect.anything(), { id: expect.any(String), weeks: 6 }, expect.anything());
    // The record is read again: the agreement now looks back on the follow-up.
    await waitFor(() => expect(within(list).getByText(/terugkijken op 16 november 2026/)).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Samenvatting voor de ouders' }));
    const preview = screen.getByRole('document', { name: 'Zo krijgen de ouders hem' });
    expect(preview).toHaveTextContent('Beste Sanne de Vries en Joost Bakker,');
    expect(preview).toHaveTextContent('Emma leest elke avond een kwartier');
    expect(preview).toHaveTextContent('Emma leest graag strips');
    expect(preview).not.toHaveTextContent('broertje');
    expect(preview).toHaveTextContent('We spreken elkaar weer op maandag 16 november 2026, 15:00.');
    expect(preview).toHaveTextContent('Noor Hendriks');
    expect(screen.getByText('Sanne de Vries <sanne@example.nl> en Joost Bakker <joost@example.nl>')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Versturen naar de ouders' }));
    expect(await screen.findByText('Verstuurd op 5 oktober 2026 aan sanne@example.nl en joost@example.nl.')).toBeInTheDocument();
    expect(api.talks.sendSummary).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ senderName: 'Noor Hendriks', resend: false }));
    expect(screen.getByRole('button', { name: 'Opnieuw versturen' })).toBeInTheDocument();
  });

  it('finds school words in the glossary', async () => {
    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    panel(fakeDataApi(sessionApi()));
    await screen.findByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Woordenlijst' }));
    await user.click(screen.getByRole('button', { name: 'TLV' }));
    expect(screen.getByText('TLV (toelaatbaarheidsverklaring)')).toBeInTheDocument();
    const search = screen.getByRole('searchbox', { name: 'Zoek een woord' });
    await user.clear(search);
    await user.type(search, 'groepsplan');
    expect(screen.getAllByText('groepsplan').map((el) => el.tagName)).toContain('DT');
    expect(screen.getByText(/Het plan van de leerkracht voor de hele groep/)).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'xyz');
    expect(screen.getByText('Geen uitleg gevonden voor “xyz”.')).toBeInTheDocument();
  });

  it('shows the friendly guest page, not an error, when the data layer refuses (403)', async () => {
    const denied = new AccessDeniedError('no', { status: 403, code: 'accessDenied' });
    const first = panel(fakeDataApi({ me: () => Promise.reject(denied), talks: { load: () => Promise.reject(denied) } }));
    expect(await screen.findByRole('heading', { name: 'Fijn dat u er bent' })).toBeInTheDocument();
    expect(screen.queryByText('Er ging iets mis')).toBeNull();
    first.unmount();

    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    panel(fakeDataApi({ me: () => Promise.reject(denied), talks: { record: () => Promise.reject(denied) } }));
    expect(await screen.findByRole('heading', { name: 'Fijn dat u er bent' })).toBeInTheDocument();
    expect(screen.queryByText('Er ging iets mis')).toBeNull();
  });

  it('speaks English', async () => {
    window.sessionStorage.setItem(`driehoek.meetingTalk.${MEETING}`, 'talk-1');
    panel(fakeDataApi(sessionApi()), { locale: 'en-GB' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress talk – Emma' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Agenda and time' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose another talk' })).toBeInTheDocument();
  });
});
