import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ScheduledTalk, TalkLoadOptions, TalkView, Versioned } from '../../../../data/api';
import { AccessDeniedError } from '../../../../data/errors';
import type { Talk } from '../../../../domain/talks/types';
import { fakeDataApi } from '../../../data/testing';
import { agreement, noor, pupils, scheduled, snapshotOf, talkLater, talkToday, versioned } from '../testing/fixtures';
import { renderTalks } from '../testing/render';
import { TalksView } from './TalksView';

jest.setTimeout(30_000);

function api(talks: Versioned<ScheduledTalk>[] = [talkToday, talkLater], extra: Record<string, unknown> = {}) {
  return {
    me: jest.fn(() => Promise.resolve(noor)),
    talks: {
      load: jest.fn((_view: TalkView, _also?: TalkLoadOptions) => Promise.resolve({ ...snapshotOf(talks), agreements: [versioned(agreement())] })),
      agreements: jest.fn(() => Promise.resolve([versioned(agreement())])),
      pupils: jest.fn(() => Promise.resolve(pupils)),
      ...extra,
    },
  };
}

/**
 * Fluent's dialogs in jsdom: with no layout, tabster's modalizer finds nothing focusable in the
 * surface and marks it aria-hidden after 250 ms. Real Chromium (tests/e2e/talks.spec.ts) does
 * not; here the queries inside a dialog look past that.
 */
const inDialog = { hidden: true } as const;

describe('TalksView', () => {
  it('lists the upcoming talks with who, when, where and how to join', async () => {
    const data = api();
    renderTalks(<TalksView />, fakeDataApi(data));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gesprekken' })).toBeInTheDocument();
    const view = data.talks.load.mock.calls[0]![0];
    expect(view.kind).toBe('upcoming');
    const emma = await screen.findByRole('article', { name: 'Voortgangsgesprek – Emma' });
    expect(within(emma).getByText('maandag 5 oktober 2026, 15:00–15:15')).toBeInTheDocument();
    expect(within(emma).getByText('Emma, groep 7 · Online')).toBeInTheDocument();
    expect(within(emma).getByText(/Sanne de Vries \(ouder\), Joost Bakker \(ouder\), Mirjam Jansen \(leerkracht\) en Peter Visser \(intern begeleider\)/)).toBeInTheDocument();
    expect(within(emma).getByText('Emma praat mee')).toBeInTheDocument();
    expect(within(emma).getByRole('link', { name: 'Deelnemen in Teams' })).toHaveAttribute('href', talkToday.value.joinUrl);
    expect(within(emma).getByRole('link', { name: 'Openen in agenda' })).toHaveAttribute('href', talkToday.value.webLink);
    expect(within(emma).getByText('Gepland')).toBeInTheDocument();
    // The agreements to follow up sit below the list, read with it in the same load.
    expect(await screen.findByRole('heading', { level: 2, name: 'Afspraken met ouders' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: agreement().text })).toBeInTheDocument();
    expect(data.talks.load.mock.calls[0]![1]).toEqual({ agreements: { kind: 'mine' } });
    expect(data.talks.agreements).not.toHaveBeenCalled();
    expect(data.talks.pupils).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('tab', { name: 'Mijn gesprekken' }));
    await waitFor(() => expect(data.talks.load).toHaveBeenLastCalledWith({ kind: 'organiser' }, { agreements: { kind: 'mine' } }));
  });

  it('renders HTML and script in talk texts as literal text, and drops unsafe links', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const talk = scheduled(
      {
        parents: [{ name: `<script>alert(1)</script>`, email: 'a@example.nl', household: 1 }],
        staff: [{ name: markup, email: 'b@school.example', role: 'leerkracht' }],
        mode: 'inPerson',
        location: '<b>Lokaal 7</b>',
      },
      { joinUrl: 'javascript:alert(1)' },
    );
    const { container } = renderTalks(<TalksView />, fakeDataApi(api([talk])));
    const item = await screen.findByRole('article', { name: 'Voortgangsgesprek – Emma' });
    expect(within(item).getByText(/<script>alert\(1\)<\/script> \(ouder\)/)).toBeInTheDocument();
    expect(within(item).getByText(/<img src=x onerror=alert\(1\)> \(leerkracht\)/)).toBeInTheDocument();
    expect(within(item).getByText('Emma, groep 7 · Op school: <b>Lokaal 7</b>')).toBeInTheDocument();
    expect(within(item).queryByRole('link', { name: 'Deelnemen in Teams' })).toBeNull();
    expect(container.querySelector('main img, section img, script, b')).toBeNull();
  });

  it('plans a talk and then shows the join link and the way to the calendar', async () => {
    const plan = jest.fn((talk: Talk) => Promise.resolve({ planned: scheduled(talk), clashes: [] }));
    renderTalks(<TalksView />, fakeDataApi(api([], { plan })));
    expect(await screen.findByText('Er staan geen gesprekken gepland.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Een gesprek plannen' }));
    await user.selectOptions(screen.getByLabelText(/^Leerling/), 'Daan, groep 4');
    const parent = screen.getByRole('group', { name: 'Ouder 1' });
    await user.click(within(parent).getByLabelText(/^Naam/));
    await user.paste('Fatma Yıldız');
    await user.click(within(parent).getByLabelText(/^E-mailadres/));
    await user.paste('fatma@example.nl');
    await user.click(screen.getByRole('button', { name: 'Plannen en uitnodigen' }));

    const result = await screen.findByRole('status', { name: 'Het gesprek is gepland' });
    expect(within(result).getByText('Voortgangsgesprek – Daan')).toBeInTheDocument();
    expect(within(result).getByText(/is verstuurd aan Fatma Yıldız en Noor Hendriks\./)).toBeInTheDocument();
    expect(within(result).getByRole('link', { name: 'Deelnemen in Teams' })).toHaveAttribute('href', talkToday.value.joinUrl);
    expect(within(result).getByText(talkToday.value.joinUrl as string)).toBeInTheDocument();
    expect(within(result).getByRole('link', { name: 'Openen in agenda' })).toHaveAttribute('href', talkToday.value.webLink);
    await user.click(within(result).getByRole('button', { name: 'Terug naar de gesprekken' }));
    expect(await screen.findByRole('tab', { name: 'Komende gesprekken' })).toBeInTheDocument();
  });

  it('reschedules a talk, keeping its length, and says where it went', async () => {
    const reschedule = jest.fn((current: Versioned<ScheduledTalk>, next: { start: string; durationMinutes: number }) =>
      Promise.resolve({ planned: versioned({ ...current.value, talk: { ...current.value.talk, ...next } }), clashes: [] }),
    );
    renderTalks(<TalksView />, fakeDataApi(api([talkToday], { reschedule })));
    await userEvent.click(within(await screen.findByRole('article', { name: 'Voortgangsgesprek – Emma' })).getByRole('button', { name: 'Verzetten' }));
    const dialog = await screen.findByRole('dialog', inDialog);
    expect(within(dialog).getByText('Verzetten: Voortgangsgesprek – Emma')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Datum/)).toHaveValue('2026-10-05');
    expect(within(dialog).getByLabelText(/^Begintijd/)).toHaveValue('15:00');
    fireEvent.change(within(dialog).getByLabelText(/^Datum/), { target: { value: '2026-10-07' } });
    fireEvent.change(within(dialog).getByLabelText(/^Begintijd/), { target: { value: '08:30' } });
    expect(within(dialog).getByLabelText(/^Eindtijd/)).toHaveValue('08:45');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Verzetten', ...inDialog }));
    await waitFor(() => expect(reschedule).toHaveBeenCalled());
    expect(reschedule.mock.calls[0]![1]).toEqual({ start: '2026-10-07T06:30:00.000Z', durationMinutes: 15 });
    expect(await screen.findByText('Het gesprek is verzet naar woensdag 7 oktober 2026, 08:30–08:45.')).toBeInTheDocument();
  });

  it('refuses a new end before the start when rescheduling', async () => {
    const reschedule = jest.fn();
    renderTalks(<TalksView />, fakeDataApi(api([talkToday], { reschedule })));
    await userEvent.click(within(await screen.findByRole('article', { name: 'Voortgangsgesprek – Emma' })).getByRole('button', { name: 'Verzetten' }));
    const dialog = await screen.findByRole('dialog', inDialog);
    fireEvent.change(within(dialog).getByLabelText(/^Eindtijd/), { target: { value: '14:00' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Verzetten', ...inDialog }));
    expect(within(dialog).getByText('De eindtijd moet na de begintijd liggen.')).toBeInTheDocument();
    expect(reschedule).not.toHaveBeenCalled();
  });

  it('cancels a talk after asking', async () => {
    const cancel = jest.fn((current: Versioned<ScheduledTalk>) =>
      Promise.resolve(versioned({ ...current.value, talk: { ...current.value.talk, status: 'cancelled' as const } })),
    );
    renderTalks(<TalksView />, fakeDataApi(api([talkToday], { cancel })));
    await userEvent.click(within(await screen.findByRole('article', { name: 'Voortgangsgesprek – Emma' })).getByRole('button', { name: 'Afzeggen' }));
    const dialog = await screen.findByRole('alertdialog', inDialog);
    expect(within(dialog).getByText('Afzeggen: Voortgangsgesprek – Emma?')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, afzeggen', ...inDialog }));
    await waitFor(() => expect(cancel).toHaveBeenCalledWith(talkToday));
    expect(await screen.findByText('Het gesprek is afgezegd. De deelnemers krijgen bericht.')).toBeInTheDocument();
  });

  it('downloads everything about the pupil as JSON (right of access)', async () => {
    const exported = { format: 'driehoek.pupil-export', version: 1, pupil: { id: 'pupil-1', firstName: 'Emma', group: 7 } };
    const exportPupil = jest.fn(() => Promise.resolve(exported));
    const createObjectURL = jest.fn(() => 'blob:export');
    Object.assign(window.URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^driehoek-Emma-\d{4}-\d{2}-\d{2}\.json$/);
      expect(this.href).toBe('blob:export');
    });
    renderTalks(<TalksView />, fakeDataApi(api([talkToday], { exportPupil })));
    await userEvent.click(await screen.findByRole('button', { name: 'Gegevens van Emma downloaden' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(exportPupil).toHaveBeenCalledWith('pupil-1');
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(await screen.findByText('Het bestand met de gegevens van Emma is gedownload.')).toBeInTheDocument();
    click.mockRestore();
  });

  it('shows the guest page when the data layer refuses (403)', async () => {
    const denied = new AccessDeniedError('no', { status: 403 });
    renderTalks(<TalksView />, fakeDataApi({ me: () => Promise.reject(denied), talks: { load: () => Promise.reject(denied) } }));
    expect(await screen.findByRole('heading', { name: 'Fijn dat u er bent' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderTalks(<TalksView />, fakeDataApi(api()), { locale: 'en-GB' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Parent talks' })).toBeInTheDocument();
    const emma = await screen.findByRole('article', { name: 'Progress talk – Emma' });
    expect(within(emma).getByText('Monday, 5 October 2026, 15:00–15:15')).toBeInTheDocument();
    expect(within(emma).getByRole('button', { name: 'Reschedule' })).toBeInTheDocument();
  });
});
