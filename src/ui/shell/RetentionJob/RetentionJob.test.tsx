import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RetentionReport } from '../../../data/api';
import { memoryStorage } from '../../../data/graph/outbox';
import type { StaffMember } from '../../../domain/people';
import { DataApiProvider } from '../../data/DataApiContext';
import { fakeDataApi } from '../../data/testing';
import { renderInApp } from '../testing';
import { RetentionJob } from './RetentionJob';

const IB: StaffMember = { upn: 'ingrid.bakker@delinde.example', displayName: 'Ingrid Bakker', role: 'ib' };
const MT: StaffMember = { upn: 'mt@delinde.example', displayName: 'Mara Terpstra', role: 'mt' };
const TEACHER: StaffMember = { upn: 'tom.mulder@delinde.example', displayName: 'Tom Mulder', role: 'leerkracht', bouw: 'bovenbouw', group: 7 };

const removed: RetentionReport = { pupilIds: ['pupil-lina'], talksRemoved: 2, agreementsRemoved: 3, eventsRemoved: 0, eventsKept: 2 };
const nothing: RetentionReport = { pupilIds: [], talksRemoved: 0, agreementsRemoved: 0, eventsRemoved: 0, eventsKept: 0 };

/** The app opened by `me` at the clock's time, in a browser session with `storage`. */
function open(me: StaffMember, clock: { now: Date }, storage: ReturnType<typeof memoryStorage>, runRetention: jest.Mock, locale?: string, delayMs = 0) {
  const api = fakeDataApi({ talks: { runRetention } });
  const now = () => clock.now;
  return renderInApp(
    <DataApiProvider api={api}>
      <RetentionJob me={me} storage={storage} now={now} delayMs={delayMs} />
    </DataApiProvider>,
    locale,
  );
}

describe('RetentionJob', () => {
  it('runs when the IB opens the app, at the clock’s time, and says briefly what it removed', async () => {
    const runRetention = jest.fn(() => Promise.resolve(removed));
    const clock = { now: new Date('2028-09-01T06:30:00Z') };
    open(IB, clock, memoryStorage(), runRetention);
    expect(await screen.findByText(/de gegevens van 1 vertrokken leerling\(en\) zijn opgeruimd \(2 gesprek\(ken\), 3 afspraak\/afspraken\)/)).toBeInTheDocument();
    expect(runRetention).toHaveBeenCalledTimes(1);
    expect(runRetention).toHaveBeenCalledWith(clock.now);
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    await userEvent.click(screen.getByRole('button', { name: 'Begrepen' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('runs once a school day per browser session: not on a second opening that day, again the next day', async () => {
    const runRetention = jest.fn(() => Promise.resolve(nothing));
    const storage = memoryStorage();
    const clock = { now: new Date('2028-09-01T06:30:00Z') };
    open(MT, clock, storage, runRetention).unmount();
    await waitFor(() => expect(runRetention).toHaveBeenCalledTimes(1));

    clock.now = new Date('2028-09-01T21:59:00Z'); // 23:59 at school
    open(MT, clock, storage, runRetention).unmount();
    expect(runRetention).toHaveBeenCalledTimes(1);

    clock.now = new Date('2028-09-01T22:01:00Z'); // 00:01 on 2 September at school
    open(MT, clock, storage, runRetention);
    await waitFor(() => expect(runRetention).toHaveBeenCalledTimes(2));
    expect(runRetention).toHaveBeenLastCalledWith(clock.now);
  });

  it('waits until the app has been open a while, so the opening view has the line to itself; closed sooner, it runs next time', async () => {
    const runRetention = jest.fn(() => Promise.resolve(nothing));
    const storage = memoryStorage();
    const clock = { now: new Date('2028-09-01T06:30:00Z') };
    open(IB, clock, storage, runRetention, undefined, 60_000).unmount();
    expect(runRetention).not.toHaveBeenCalled();
    open(IB, clock, storage, runRetention, undefined, 50);
    expect(runRetention).not.toHaveBeenCalled();
    await waitFor(() => expect(runRetention).toHaveBeenCalledTimes(1));
  });

  it('says nothing when nothing was due', async () => {
    const runRetention = jest.fn(() => Promise.resolve(nothing));
    open(IB, { now: new Date('2028-09-01T06:30:00Z') }, memoryStorage(), runRetention);
    await waitFor(() => expect(runRetention).toHaveBeenCalled());
    await act(() => Promise.resolve());
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('never runs for a teacher', async () => {
    const runRetention = jest.fn(() => Promise.resolve(removed));
    open(TEACHER, { now: new Date('2028-09-01T06:30:00Z') }, memoryStorage(), runRetention);
    await act(() => Promise.resolve());
    expect(runRetention).not.toHaveBeenCalled();
  });

  it('tries again on the next opening after a failed run, and names cancelled meetings, in English', async () => {
    const runRetention = jest
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ ...removed, eventsRemoved: 1 });
    const storage = memoryStorage();
    const clock = { now: new Date('2028-09-01T06:30:00Z') };
    open(IB, clock, storage, runRetention, 'en-GB').unmount();
    await waitFor(() => expect(runRetention).toHaveBeenCalledTimes(1));
    await act(() => Promise.resolve());
    open(IB, clock, storage, runRetention, 'en-GB');
    expect(
      await screen.findByText(
        'Retention period over: the data of 1 pupil(s) who left has been removed (2 talk(s), 3 agreement(s)); 1 planned meeting(s) in your calendar were cancelled.',
      ),
    ).toBeInTheDocument();
    expect(runRetention).toHaveBeenCalledTimes(2);
  });
});
