import { screen } from '@testing-library/react';
import type { TimelineSnapshot } from '../../../../data/api';
import type { Meeting } from '../../../../domain/meetings';
import { fakeDataApi } from '../../../data/testing';
import { renderTracker } from '../../promises/testing/render';
import { MEETING_MODES } from '../../meeting/modes';
import { MeetingStreepPanel } from '..';
import { meetingOfToday } from './useMeetingStreepPanel';

const meeting = (id: string, date: string): Meeting => ({ id, date, title: `Teambijeenkomst ${id}` }) as Meeting;
const meetings = [meeting('a', '2026-09-08'), meeting('b', '2026-11-24'), meeting('c', '2027-01-12')];

describe('MeetingStreepPanel', () => {
  it('is a mode of the meeting side panel', () => {
    expect(MEETING_MODES.map((m) => m.id)).toContain('overDeStreep');
  });

  it('keeps the round with today’s meeting, else the next one, else the last', () => {
    expect(meetingOfToday(meetings, '2026-11-24')?.id).toBe('b');
    expect(meetingOfToday(meetings, '2026-11-25')?.id).toBe('c');
    expect(meetingOfToday(meetings, '2027-03-01')?.id).toBe('c');
  });

  it('shows only the rounds of that meeting, without the statement list', async () => {
    const overDeStreep = jest.fn(() => Promise.resolve({ statements: [], rounds: [] }));
    const timeline = { cycle: { id: 'cycle-1' }, meetings } as unknown as TimelineSnapshot;
    const api = fakeDataApi({
      me: () => Promise.resolve(null),
      timeline: { load: () => Promise.resolve(timeline) },
      teamScan: { overDeStreep },
    });
    renderTracker(<MeetingStreepPanel now={() => new Date('2026-11-24T10:00:00').getTime()} />, api);
    expect(await screen.findByRole('combobox', { name: 'Bijeenkomst op het tijdspad' })).toHaveValue('b');
    expect(await screen.findByText('Er staan nog geen stellingen op de lijst.')).toBeInTheDocument();
    expect(overDeStreep).toHaveBeenCalledWith({ meetingId: 'b' });
    expect(screen.queryByRole('region', { name: 'Onze stellingen' })).toBeNull();
  });
});
