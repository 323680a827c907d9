import type { StaffMember } from '../../../../domain/people';
import { noor } from '../testing/fixtures';
import {
  checkTalkForm,
  chosenColleagues,
  durationOf,
  fitAgendaRows,
  initialValues,
  move,
  NEW_PUPIL,
  type TalkFormValues,
  withChildJoins,
  withPupil,
  withColleagues,
  withStart,
  withType,
} from './talkForm';

const pupils = [{ value: { id: 'p1', firstName: 'Emma', group: 7 }, itemId: '1', etag: '"1,1"' }];

function filled(overrides: Partial<TalkFormValues> = {}): TalkFormValues {
  const values = initialValues(noor, '2026-10-06');
  return {
    ...values,
    pupilChoice: 'p1',
    parents: [{ key: 'k', name: 'Sanne de Vries', email: 'sanne@example.nl', household: 1 }],
    ...overrides,
  };
}

describe('the talk form', () => {
  it('starts tomorrow at 15:00 for the type’s usual length, with the organiser from school', () => {
    const values = initialValues(noor, '2026-10-06');
    expect([values.date, values.start, values.end]).toEqual(['2026-10-06', '15:00', '15:15']);
    expect(values.staff).toEqual([expect.objectContaining({ name: 'Noor Hendriks', email: noor.upn, role: 'leerkracht' })]);
  });

  it('passes a complete form through validateTalk', () => {
    const verdict = checkTalkForm(filled(), pupils);
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.value).toMatchObject({ start: '2026-10-06T13:00:00.000Z', durationMinutes: 15 });
  });

  it('says each problem once: a missing time is not also a wrong duration', () => {
    const verdict = checkTalkForm(filled({ end: '' }), pupils);
    expect(verdict.ok ? [] : verdict.errors.map((e) => e.field)).toEqual(['end']);
  });

  it('follows the type with length, agenda and questions until the person changed them', () => {
    const zorg = withType(filled(), 'zorgteam');
    expect(zorg.end).toBe('15:45');
    expect(zorg.agenda).toHaveLength(7);
    const edited = withType({ ...filled({ end: '15:20' }), agendaTouched: true }, 'rapport');
    expect(edited.end).toBe('15:20');
    expect(edited.agenda).toHaveLength(5);
    expect(withType({ ...zorg, withPreTalk: true }, 'voortgang').withPreTalk).toBe(false);
  });

  it('suggests the child joins from group 6, until the person decides', () => {
    expect(withPupil(filled(), pupils).childJoins).toBe(true);
    const decided = withChildJoins(filled(), false, true);
    expect(withPupil(decided, pupils).childJoins).toBe(false);
    const young = withPupil(filled({ pupilChoice: NEW_PUPIL, newPupil: { id: 'n', firstName: 'Sem', group: '3' } }), pupils);
    expect(young.childJoins).toBe(false);
  });

  it('keeps the length when the start moves, and fits the agenda into a shorter talk', () => {
    expect(withStart(filled({ end: '15:20' }), '09:00').end).toBe('09:20');
    const short = filled({ end: '15:10' });
    const fitted = fitAgendaRows(short);
    expect(fitted.agenda.reduce((s, r) => s + Number(r.minutes), 0)).toBe(10);
    expect(durationOf(short)).toBe(10);
  });

  it('moves rows within bounds', () => {
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('choosing colleagues', () => {
  const staff: StaffMember[] = [
    { upn: 'noor.hendriks@delinde.example', displayName: 'Noor Hendriks', role: 'leerkracht', bouw: 'bovenbouw', group: 7 },
    { upn: 'ingrid.bakker@delinde.example', displayName: 'Ingrid Bakker', role: 'ib' },
    { upn: 'mark.devries@delinde.example', displayName: 'Mark de Vries', role: 'mt' },
  ];

  it('adds chosen colleagues with the role their school role suggests, and keeps people typed by hand', () => {
    const start = initialValues(staff[0]!, '2026-10-06');
    const withExpert = { ...start, staff: [...start.staff, { key: 'x', name: 'Dr. Ortho', email: 'ortho@extern.example', role: 'orthopedagoog' as const }] };
    const next = withColleagues(withExpert, staff, ['noor.hendriks@delinde.example', 'INGRID.BAKKER@delinde.example', 'mark.devries@delinde.example']);
    expect(next.staff.map((s) => [s.name, s.role])).toEqual([
      ['Noor Hendriks', 'leerkracht'],
      ['Dr. Ortho', 'orthopedagoog'],
      ['Ingrid Bakker', 'ib'],
      ['Mark de Vries', 'directie'],
    ]);
    expect(chosenColleagues(next, staff)).toEqual(staff.map((s) => s.upn));
  });

  it('removes a colleague no longer chosen, keeping a role changed by hand for the others', () => {
    const start = withColleagues(initialValues(staff[0]!, '2026-10-06'), staff, [staff[0]!.upn, staff[1]!.upn]);
    const changed = { ...start, staff: start.staff.map((s) => (s.email === staff[1]!.upn ? { ...s, role: 'orthopedagoog' as const } : s)) };
    const next = withColleagues(changed, staff, [staff[1]!.upn]);
    expect(next.staff.map((s) => [s.email, s.role])).toEqual([[staff[1]!.upn, 'orthopedagoog']]);
    expect(withColleagues(next, staff, []).staff).toHaveLength(1);
  });
});
