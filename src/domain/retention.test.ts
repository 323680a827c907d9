import { exportPupil, recordsToPurge, removalDate, retentionEventAction, retentionJobDue } from './retention';
import type { Agreement } from './talks/agreements';
import { aTalk } from './talks/fixtures';
import type { TalkRecord } from './talks/record';
import type { Pupil } from './talks/types';

const pupil = (id: string, leftOn?: string): Pupil => ({ id, firstName: id, group: 8, ...(leftOn ? { leftOn } : {}) });
const rec = (pupilId: string, talkId = `t-${pupilId}`): TalkRecord => ({ talkId, pupilId, notes: [], agreements: [] });
/** Midnight at the school (Amsterdam) on a calendar date, as an instant, shifted by some minutes. */
const amsterdamMidnight = (date: string, offsetHours: number, minutes = 0) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - offsetHours * 3_600_000 + minutes * 60_000);

describe('removalDate', () => {
  it('is two years after leaving', () => {
    expect(removalDate('2026-07-15')).toBe('2028-07-15');
    expect(removalDate('2026-12-31')).toBe('2028-12-31');
  });

  it('moves 29 February to 1 March when the year has no leap day', () => {
    expect(removalDate('2024-02-29')).toBe('2026-03-01');
    expect(removalDate('2026-02-28')).toBe('2028-02-28');
    expect(removalDate('2026-03-01')).toBe('2028-03-01');
  });
});

describe('recordsToPurge', () => {
  const pupils = [pupil('left'), pupil('stays'), pupil('leap')];
  pupils[0]!.leftOn = '2026-07-15';
  pupils[2]!.leftOn = '2024-02-29';
  const records = [rec('left'), rec('stays'), rec('leap'), rec('unknown')];

  it('keeps everything the day before two years have passed', () => {
    // 14 July 2028, one minute before midnight in Amsterdam (summer time, UTC+2).
    const plan = recordsToPurge(pupils, records, amsterdamMidnight('2028-07-15', 2, -1));
    expect(plan.pupilIds).not.toContain('left');
    expect(plan.records.map((r) => r.pupilId)).not.toContain('left');
  });

  it('removes the pupil and their records from the first minute of that day', () => {
    const plan = recordsToPurge(pupils, records, amsterdamMidnight('2028-07-15', 2));
    expect(plan.pupilIds).toEqual(['left', 'leap']);
    expect(plan.records.map((r) => r.pupilId)).toEqual(['left', 'leap']);
  });

  it('still removes them a day later', () => {
    expect(recordsToPurge(pupils, records, amsterdamMidnight('2028-07-16', 2)).pupilIds).toContain('left');
  });

  it('handles a pupil who left on a leap day', () => {
    // 28 February 2026 late evening in Amsterdam (winter time, UTC+1): not yet.
    expect(recordsToPurge(pupils, records, amsterdamMidnight('2026-03-01', 1, -1)).pupilIds).not.toContain('leap');
    expect(recordsToPurge(pupils, records, amsterdamMidnight('2026-03-01', 1)).pupilIds).toEqual(['leap']);
  });

  it('judges by the school’s date, not UTC', () => {
    // 22:30 UTC on 14 July is already 15 July in Amsterdam.
    expect(recordsToPurge(pupils, records, new Date('2028-07-14T22:30:00Z')).pupilIds).toContain('left');
  });

  it('never touches pupils still at school, nor records of pupils it does not know', () => {
    const plan = recordsToPurge(pupils, records, new Date('2099-01-01T12:00:00Z'));
    expect(plan.pupilIds).not.toContain('stays');
    expect(plan.records.map((r) => r.pupilId)).not.toContain('stays');
    expect(plan.records.map((r) => r.pupilId)).not.toContain('unknown');
  });

  it('skips a pupil whose leaving date is unreadable rather than guess', () => {
    expect(recordsToPurge([pupil('bad', '15-07-2026')], [rec('bad')], new Date('2099-01-01')).records).toEqual([]);
  });

  it('recognises talks by their pupil as well as records by pupilId', () => {
    const talk = aTalk({ pupil: pupil('left') });
    expect(recordsToPurge(pupils, [talk, aTalk()], amsterdamMidnight('2028-07-15', 2)).records).toEqual([talk]);
  });
});

describe('exportPupil', () => {
  const emma = { ...pupil('pupil-1', '2026-07-15'), firstName: 'Emma' };
  const agreement = (id: string, pupilId: string, dueDate: string): Agreement => ({
    id,
    talkId: 'talk-1',
    pupilId,
    text: `afspraak ${id}`,
    owner: 'school',
    madeOn: '2026-01-10',
    dueDate,
    status: 'open',
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
  });
  const record: TalkRecord = {
    talkId: 'talk-1',
    pupilId: 'pupil-1',
    notes: [
      { id: 'n1', text: 'Gedeeld', visibility: 'shareable' },
      { id: 'n2', text: 'Alleen voor school', visibility: 'internal' },
    ],
    agreements: [agreement('a1', 'pupil-1', '2026-02-01')],
  };
  const later = aTalk({ id: 'talk-2', start: '2026-03-01T09:00:00Z' });
  const earlier = aTalk({ id: 'talk-1', start: '2026-01-10T10:00+01:00' });
  const someoneElse = aTalk({ id: 'talk-x', pupil: pupil('pupil-2') });
  const data = {
    talks: [later, someoneElse, earlier],
    records: [record, rec('pupil-2')],
    agreements: [agreement('a2', 'pupil-1', '2026-03-01'), agreement('a1', 'pupil-1', '2026-02-01'), agreement('ax', 'pupil-2', '2026-01-01')],
  };
  const out = exportPupil(emma, data, new Date('2026-11-23T12:00:00Z'));

  it('exports everything about the pupil, internal notes included', () => {
    expect(out).toMatchObject({
      format: 'driehoek.pupil-export',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      pupil: emma,
      removalDate: '2028-07-15',
    });
    expect(out.talks.map((t) => t.id)).toEqual(['talk-1', 'talk-2']);
    expect(out.records).toEqual([record]);
    expect(out.records[0]!.notes.map((n) => n.visibility)).toEqual(['shareable', 'internal']);
    expect(out.agreements.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('never includes another pupil’s data', () => {
    expect(JSON.stringify(out)).not.toMatch(/pupil-2|talk-x|"ax"/);
  });

  it('is plain data that survives JSON and does not share objects with the store', () => {
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    out.records[0]!.notes[0]!.text = 'changed';
    expect(record.notes[0]!.text).toBe('Gedeeld');
  });

  it('has no removal date while the pupil is still at school', () => {
    expect(exportPupil(pupil('p'), { talks: [], records: [], agreements: [] }, new Date()).removalDate).toBeNull();
  });
});

describe('retentionEventAction', () => {
  const talk = { start: '2027-03-01T13:00:00.000Z', durationMinutes: 30 };

  it('keeps an event that has ended: deleting it would mail the parents a cancellation', () => {
    expect(retentionEventAction(talk, true, new Date('2029-07-09T10:00:00Z'))).toBe('keep');
    expect(retentionEventAction(talk, true, new Date('2027-03-01T13:30:00Z'))).toBe('keep');
  });

  it('cancels an event still to come in the signed-in organiser’s calendar', () => {
    expect(retentionEventAction(talk, true, new Date('2027-03-01T13:29:00Z'))).toBe('cancel');
  });

  it('leaves other organisers’ events alone: only they can delete them', () => {
    expect(retentionEventAction(talk, false, new Date('2027-01-01T00:00:00Z'))).toBe('keep');
  });
});

describe('retentionJobDue', () => {
  const morning = new Date('2026-11-10T08:00:00Z');

  it('runs for the IB and the MT, never for a teacher or someone not on the staff list', () => {
    expect(retentionJobDue('ib', null, morning)).toBe(true);
    expect(retentionJobDue('mt', null, morning)).toBe(true);
    expect(retentionJobDue('leerkracht', null, morning)).toBe(false);
    expect(retentionJobDue(null, null, morning)).toBe(false);
  });

  it('runs once a school day: not again the same day, again the next', () => {
    expect(retentionJobDue('ib', '2026-11-10', morning)).toBe(false);
    expect(retentionJobDue('ib', '2026-11-10', new Date('2026-11-10T22:59:00Z'))).toBe(false);
    // 00:30 in Amsterdam on 11 November is still 10 November in UTC: the school's day counts.
    expect(retentionJobDue('ib', '2026-11-10', new Date('2026-11-10T23:30:00Z'))).toBe(true);
    expect(retentionJobDue('mt', '2026-11-09', morning)).toBe(true);
  });

  it('runs again after the clock was put back', () => {
    expect(retentionJobDue('ib', '2026-11-12', morning)).toBe(true);
  });
});
