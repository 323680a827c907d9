import { aTalk } from './fixtures';
import { validateTalk, type TalkDraft } from './validate';

const draft = (overrides: Partial<TalkDraft> = {}): TalkDraft => {
  const { id: _id, ...rest } = aTalk();
  return { ...rest, ...overrides };
};
const errorsOf = (d: TalkDraft) => {
  const result = validateTalk(d);
  return result.ok ? [] : result.errors;
};

describe('validateTalk', () => {
  it('accepts a complete talk and trims texts', () => {
    const result = validateTalk(
      draft({
        pupil: { id: 'p', firstName: '  Emma ', group: 7 },
        parents: [{ name: ' Sanne ', email: ' sanne@example.nl ', household: 1 }],
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.pupil.firstName).toBe('Emma');
      expect(result.value.parents[0]).toEqual({ name: 'Sanne', email: 'sanne@example.nl', household: 1 });
    }
  });

  it.each(['Anne-Fleur', "D'Angelo", 'Ömer', 'Zeynep', 'Çağla', 'يوسف', 'Chloë'])(
    'accepts the first name %s',
    (firstName) => expect(errorsOf(draft({ pupil: { id: 'p', firstName, group: 5 } }))).toEqual([]),
  );

  it.each(['Emma de Vries', 'Emma1', '<b>Emma</b>', '-Emma'])('refuses %j as a first name', (firstName) => {
    expect(errorsOf(draft({ pupil: { id: 'p', firstName, group: 5 } }))).toEqual([
      { field: 'pupil.firstName', code: 'invalidChoice', params: { rule: 'firstNameOnly' } },
    ]);
  });

  it('requires a first name and a group 1–8', () => {
    expect(errorsOf(draft({ pupil: { id: 'p', firstName: ' ', group: 9 } }))).toEqual([
      { field: 'pupil.firstName', code: 'required' },
      { field: 'pupil.group', code: 'outOfRange', params: { min: 1, max: 8 } },
    ]);
    expect(errorsOf(draft({ pupil: { id: 'p', firstName: 'E'.repeat(256), group: 0 } }))).toEqual([
      { field: 'pupil.firstName', code: 'tooLong', params: { max: 255 } },
      { field: 'pupil.group', code: 'outOfRange', params: { min: 1, max: 8 } },
    ]);
  });

  it('needs at least one parent, each with a name and a valid e-mail address', () => {
    expect(errorsOf(draft({ parents: [] }))).toEqual([{ field: 'parents', code: 'required' }]);
    expect(
      errorsOf(
        draft({
          parents: [
            { name: 'Sanne', email: 'sanne@example', household: 1 },
            { name: '', email: '', household: 0 },
          ],
        }),
      ),
    ).toEqual([
      { field: 'parents.0.email', code: 'invalidEmail' },
      { field: 'parents.1.name', code: 'required' },
      { field: 'parents.1.email', code: 'required' },
      { field: 'parents.1.household', code: 'outOfRange', params: { min: 1 } },
    ]);
  });

  it('needs staff with a valid address and a known role', () => {
    expect(errorsOf(draft({ staff: [] }))).toEqual([{ field: 'staff', code: 'required' }]);
    expect(
      errorsOf(draft({ staff: [{ name: 'X', email: 'x@school', role: 'conciërge' as never }] })),
    ).toEqual([
      { field: 'staff.0.email', code: 'invalidEmail' },
      { field: 'staff.0.role', code: 'invalidChoice' },
    ]);
  });

  it('refuses a talk that ends at or before its start', () => {
    expect(errorsOf(draft({ durationMinutes: 0, agenda: [] }))).toEqual([{ field: 'end', code: 'dateOrder' }]);
    expect(errorsOf(draft({ durationMinutes: -15, agenda: [] }))).toEqual([{ field: 'end', code: 'dateOrder' }]);
  });

  it('refuses a talk longer than its type allows', () => {
    expect(errorsOf(draft({ type: 'zorgteam', durationMinutes: 46 }))).toEqual([
      { field: 'durationMinutes', code: 'outOfRange', params: { min: 1, max: 45 } },
    ]);
    expect(errorsOf(draft({ type: 'zorgteam', durationMinutes: 45 }))).toEqual([]);
  });

  it('refuses an agenda longer than the talk', () => {
    expect(errorsOf(draft({ durationMinutes: 10 }))).toEqual([
      { field: 'agenda', code: 'outOfRange', params: { max: 10 } },
    ]);
  });

  it('checks each agenda item and question', () => {
    expect(
      errorsOf(
        draft({
          agenda: [
            { title: { text: ' ' }, minutes: 2 },
            { title: { text: 'x'.repeat(256) }, minutes: 0 },
            { title: { key: 'gossip' as never }, minutes: 1.5 },
          ],
          preparationQuestions: [{ text: '' }, { key: 'nope' as never }],
        }),
      ),
    ).toEqual([
      { field: 'agenda.0.title', code: 'required' },
      { field: 'agenda.1.minutes', code: 'outOfRange', params: { min: 1 } },
      { field: 'agenda.1.title', code: 'tooLong', params: { max: 255 } },
      { field: 'agenda.2.minutes', code: 'outOfRange', params: { min: 1 } },
      { field: 'agenda.2.title', code: 'invalidChoice' },
      { field: 'preparationQuestions.0', code: 'required' },
      { field: 'preparationQuestions.1', code: 'invalidChoice' },
    ]);
  });

  it('refuses a start without a time zone or on a day that does not exist', () => {
    expect(errorsOf(draft({ start: '2026-10-05T15:00' }))).toEqual([{ field: 'start', code: 'invalidDate' }]);
    expect(errorsOf(draft({ start: '2026-02-30T15:00:00Z' }))).toEqual([{ field: 'start', code: 'invalidDate' }]);
  });

  it('allows a pre-talk only before a zorgteam talk', () => {
    expect(errorsOf(draft({ withPreTalk: true }))).toEqual([{ field: 'withPreTalk', code: 'invalidChoice' }]);
    expect(errorsOf(draft({ type: 'zorgteam', durationMinutes: 45, withPreTalk: true }))).toEqual([]);
  });

  it('refuses unknown choices', () => {
    expect(errorsOf(draft({ type: 'koffie' as never, mode: 'fax' as never, status: 'gone' as never }))).toEqual([
      { field: 'type', code: 'invalidChoice' },
      { field: 'mode', code: 'invalidChoice' },
      { field: 'status', code: 'invalidChoice' },
    ]);
  });

  it('keeps markup, quotes and emoji as plain text', () => {
    const text = `<script>alert("x")</script> & 'koffie' ☕`;
    const result = validateTalk(
      draft({ location: text, agenda: [{ title: { text }, minutes: 5 }], preparationQuestions: [{ text }] }),
    );
    expect(result.ok && result.value.location).toBe(text);
    expect(result.ok && result.value.agenda[0]!.title).toEqual({ text });
  });

  it('limits the location to one line of text', () => {
    expect(errorsOf(draft({ mode: 'inPerson', location: 'x'.repeat(256) }))).toEqual([
      { field: 'location', code: 'tooLong', params: { max: 255 } },
    ]);
  });
});
