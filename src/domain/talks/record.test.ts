import { validateAgreement, type AgreementDraft } from './agreements';
import { shareableNotes, validateNote, withFollowUp, type TalkRecord } from './record';

describe('notes', () => {
  it('keeps internal notes out of what parents may read', () => {
    const notes = [
      { id: '1', text: 'Gedeeld', visibility: 'shareable' as const },
      { id: '2', text: 'Intern', visibility: 'internal' as const },
    ];
    expect(shareableNotes({ notes }).map((n) => n.id)).toEqual(['1']);
  });

  it('validates text and visibility', () => {
    expect(validateNote({ id: '1', text: ' <b>x</b> ', visibility: 'internal' })).toEqual({
      ok: true,
      value: { id: '1', text: '<b>x</b>', visibility: 'internal' },
    });
    expect(validateNote({ id: '1', text: 'x'.repeat(10_001), visibility: 'public' as never })).toEqual({
      ok: false,
      errors: [
        { field: 'text', code: 'tooLong', params: { max: 10_000 } },
        { field: 'visibility', code: 'invalidChoice' },
      ],
    });
  });
});

describe('validateAgreement', () => {
  const draft: AgreementDraft = {
    talkId: 't',
    pupilId: 'p',
    text: ' Samen lezen ',
    owner: 'ouder',
    madeOn: '2026-10-05',
    dueDate: '2026-11-02',
    status: 'open',
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
  };

  it('accepts an agreement with an owner and due date', () => {
    const result = validateAgreement({ ...draft, followUpDate: '2026-11-16' });
    expect(result.ok && result.value.text).toBe('Samen lezen');
  });

  it('refuses an unknown owner and a due date before the talk', () => {
    expect(validateAgreement({ ...draft, owner: 'opa' as never, dueDate: '2026-10-01' })).toEqual({
      ok: false,
      errors: [
        { field: 'dueDate', code: 'dateOrder', params: { after: '2026-10-05' } },
        { field: 'owner', code: 'invalidChoice' },
      ],
    });
  });

  it('allows a follow-up before the due date, but only a real date', () => {
    expect(validateAgreement({ ...draft, followUpDate: '2026-10-20' }).ok).toBe(true);
    expect(validateAgreement({ ...draft, followUpDate: 'soon' })).toMatchObject({
      ok: false,
      errors: [{ field: 'followUpDate', code: 'invalidDate' }],
    });
  });
});

describe('withFollowUp', () => {
  it('links the follow-up and dates the open agreements by the school calendar', () => {
    const base = { madeOn: '2026-10-05', dueDate: '2026-12-01', whatWorked: '', whatWasHard: '', supportWanted: false };
    const record: TalkRecord = {
      talkId: 't1',
      pupilId: 'p',
      notes: [],
      agreements: [
        { ...base, id: 'a', talkId: 't1', pupilId: 'p', text: 'open', owner: 'school', status: 'open' },
        { ...base, id: 'b', talkId: 't1', pupilId: 'p', text: 'done', owner: 'kind', status: 'kept' },
      ],
    };
    // 23:30 UTC on 15 November is already 16 November in Amsterdam.
    const linked = withFollowUp(record, { id: 't2', start: '2026-11-15T23:30:00Z' });
    expect(linked.followUp).toEqual({ talkId: 't2', start: '2026-11-15T23:30:00Z' });
    expect(linked.agreements.map((a) => a.followUpDate)).toEqual(['2026-11-16', undefined]);
    expect(record.agreements[0]!.followUpDate).toBeUndefined();
  });
});
