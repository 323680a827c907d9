import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RetentionReport, Versioned } from '../../../../data/api';
import type { StaffMember } from '../../../../domain/people';
import type { PupilExport } from '../../../../domain/retention';
import type { Pupil } from '../../../../domain/talks/types';
import { fakeDataApi } from '../../../data/testing';
import { emma, noor, pupils, talkToday, TODAY, versioned } from '../testing/fixtures';
import { renderTalks } from '../testing/render';
import { PupilsPanel } from './PupilsPanel';

jest.setTimeout(30_000);

const ingrid: StaffMember = { upn: 'ingrid.bakker@delinde.example', displayName: 'Ingrid Bakker', role: 'ib', inChangeTeam: true };
const left = versioned<Pupil>({ id: 'pupil-3', firstName: 'Sem', group: 8, leftOn: '2024-07-05' }, 'p3');
const all = [...pupils, left];
const inDialog = { hidden: true } as const;

function panel(me: StaffMember, talks: Record<string, unknown> = {}, onChanged = jest.fn()) {
  renderTalks(<PupilsPanel pupils={all} me={me} today={TODAY} onChanged={onChanged} onAnnounce={() => undefined} />, fakeDataApi({ talks }));
  return onChanged;
}

/** The blobs the panel hands the browser to download, read back as text. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  // jsdom cannot follow the download link; the blob handed over is what counts.
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  Object.assign(window.URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:download';
    }),
    revokeObjectURL: jest.fn(),
  });
  return blobs;
}

/** jsdom's Blob has no text(); FileReader reads it. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('PupilsPanel', () => {
  it('lists every pupil for the IB with group and status, the removal date of one who left', async () => {
    panel(ingrid);
    const table = screen.getByRole('table', { name: 'Leerlingen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Emma', 'Daan', 'Sem']);
    expect(within(rows[2]!).getByText('Vertrokken op vr 5 juli 2024; gegevens weg op zo 5 juli 2026')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('button', { name: 'Emma markeren als vertrokken' })).toBeInTheDocument();
    expect(within(rows[2]!).queryByRole('button', { name: /markeren als vertrokken/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Opruimen na de bewaartermijn' })).toBeInTheDocument();
  });

  it('shows a teacher only the pupils of their own group, to export; no leaving, no retention', () => {
    panel(noor);
    const rows = within(screen.getByRole('table', { name: 'Leerlingen' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole('button', { name: 'Gegevens van Emma downloaden als JSON' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /markeren als vertrokken/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Opruimen na de bewaartermijn' })).not.toBeInTheDocument();
  });

  it('downloads the printable version with every text escaped, and the JSON', async () => {
    const blobs = captureDownloads();
    const data: PupilExport = {
      format: 'driehoek.pupil-export',
      version: 1,
      exportedAt: '2026-10-05T12:00:00.000Z',
      pupil: emma,
      removalDate: null,
      talks: [{ ...talkToday.value.talk, parents: [{ name: '<img src=x onerror=alert(1)>', email: 'a@example.nl', household: 1 }] }],
      records: [],
      agreements: [],
    };
    const exportFn = jest.fn(async () => data);
    panel(ingrid, { exportPupil: exportFn });
    await userEvent.click(screen.getByRole('button', { name: 'Afdrukbare versie voor Emma downloaden' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const html = await textOf(blobs[0]!);
    expect(blobs[0]!.type).toBe('text/html;charset=utf-8');
    expect(html).toContain('<h1>Gegevens van Emma in Driehoek</h1>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');

    await userEvent.click(screen.getByRole('button', { name: 'Gegevens van Emma downloaden als JSON' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect(JSON.parse(await textOf(blobs[1]!))).toMatchObject({ format: 'driehoek.pupil-export', pupil: { id: 'pupil-1' } });
    expect(exportFn).toHaveBeenCalledWith('pupil-1');
  });

  it('marks a pupil as left on the date given, then reads the pupils again', async () => {
    const markLeft = jest.fn(async (current: Versioned<Pupil>, leftOn: string) => versioned({ ...current.value, leftOn }));
    const onChanged = panel(ingrid, { markLeft });
    await userEvent.click(screen.getByRole('button', { name: 'Daan markeren als vertrokken' }));
    // The dialog by its title (jsdom computes no name inside tabster's aria-hidden surface).
    const dialog = (await screen.findByText('Daan is van school gegaan')).closest<HTMLElement>('[role="dialog"]')!;
    const date = within(dialog).getByLabelText(/Datum van vertrek/, { selector: 'input' });
    expect(date).toHaveValue(TODAY);
    await userEvent.clear(date);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opslaan', ...inDialog }));
    expect(await within(dialog).findByText('Vul een geldige datum in.')).toBeInTheDocument();
    expect(markLeft).not.toHaveBeenCalled();
    await userEvent.type(date, '2026-07-10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opslaan', ...inDialog }));
    await waitFor(() => expect(markLeft).toHaveBeenCalledWith(pupils[1], '2026-07-10'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('counts first, says what stays in the calendar and why, and removes only after the confirmation', async () => {
    const preview: RetentionReport = { pupilIds: ['pupil-3'], talksRemoved: 2, agreementsRemoved: 3, eventsRemoved: 0, eventsKept: 2 };
    const previewRetention = jest.fn(async () => preview);
    const runRetention = jest.fn(async () => preview);
    const onChanged = panel(ingrid, { previewRetention, runRetention });
    await userEvent.click(screen.getByRole('button', { name: 'Bekijken wat er weg gaat' }));
    const dialog = (await screen.findByText('Gegevens definitief verwijderen?')).closest<HTMLElement>('[role="alertdialog"]')!;
    expect(within(dialog).getByText(/Van 1 leerling\(en\) worden 2 gesprek\(ken\) en 3 afspraak\/afspraken verwijderd/)).toBeInTheDocument();
    expect(within(dialog).getByText(/2 afspraak\/afspraken in de agenda liggen al in het verleden en blijven staan/)).toBeInTheDocument();
    expect(runRetention).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, verwijderen', ...inDialog }));
    await waitFor(() => expect(runRetention).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Opgeruimd: 1 leerling(en), 2 gesprek(ken) en 3 afspraak/afspraken.')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
  });

  it('says there is nothing to clean up, and removes nothing', async () => {
    const none: RetentionReport = { pupilIds: [], talksRemoved: 0, agreementsRemoved: 0, eventsRemoved: 0, eventsKept: 0 };
    const runRetention = jest.fn();
    panel(ingrid, { previewRetention: jest.fn(async () => none), runRetention });
    await userEvent.click(screen.getByRole('button', { name: 'Bekijken wat er weg gaat' }));
    expect(await screen.findByText('Er is niets om op te ruimen.')).toBeInTheDocument();
    expect(runRetention).not.toHaveBeenCalled();
  });
});
