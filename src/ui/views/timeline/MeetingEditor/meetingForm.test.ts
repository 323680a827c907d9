import type { Meeting } from '../../../../domain/meetings';
import { checkMeetingForm, formOf, parseScore } from './meetingForm';

const meeting: Meeting = {
  id: 'm1',
  cycleId: 'c1',
  type: 'veranderteam',
  title: 'Veranderteambijeenkomst',
  date: '2026-09-08',
  purpose: '',
  stepsCovered: [4, 2, 3],
  minutes: '',
  status: 'planned',
};
const dutch = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

describe('meeting form', () => {
  it('reads scores in Dutch and English notation', () => {
    expect(parseScore('6,5')).toBe(6.5);
    expect(parseScore(' 6.5 ')).toBe(6.5);
    expect(parseScore('7')).toBe(7);
    expect(parseScore('')).toBeUndefined();
    expect(parseScore('-1')).toBe(-1);
    expect(parseScore('zes')).toBeNaN();
    expect(parseScore('1e1')).toBeNaN();
    expect(parseScore('6,5,5')).toBeNaN();
  });

  it('writes a stored score back the way the locale writes it', () => {
    expect(formOf({ ...meeting, score: 6.5 }, dutch).score).toBe('6,5');
    expect(formOf(meeting, dutch).score).toBe('');
  });

  it('gives the domain a clean draft: steps in order, the score only when held', () => {
    const values = { ...formOf(meeting, dutch), score: '6,5' };
    expect(checkMeetingForm(values, 'c1')).toEqual({
      ok: true,
      value: { ...meeting, id: undefined, stepsCovered: [2, 3, 4] },
    });
    const held = checkMeetingForm({ ...values, status: 'held', minutes: ' Goed gesprek 🎉 ' }, 'c1');
    expect(held).toMatchObject({ ok: true, value: { score: 6.5, status: 'held', minutes: 'Goed gesprek 🎉' } });
  });

  it('leaves the verdict to validateMeeting, and refuses text that is no number as such', () => {
    const values = { ...formOf(meeting, dutch), status: 'held' as const };
    expect(checkMeetingForm({ ...values, score: '11' }, 'c1')).toEqual({
      ok: false,
      errors: [{ field: 'score', code: 'outOfRange', params: { min: 0, max: 10 } }],
    });
    expect(checkMeetingForm({ ...values, score: '6,3' }, 'c1')).toMatchObject({ ok: false, errors: [{ field: 'score' }] });
    expect(checkMeetingForm({ ...values, score: 'zes', title: ' ', date: '' }, 'c1')).toEqual({
      ok: false,
      errors: [
        { field: 'title', code: 'required' },
        { field: 'date', code: 'invalidDate' },
        { field: 'score', code: 'notANumber' },
      ],
    });
  });
});
