import { type TrackedItem, validateTrackedFields } from '../tracking';
import { type FieldError, isIsoDate, type Validated } from '../validation';

/**
 * An agreement made in a parent talk: what, who carries it out and by when. It is a tracked
 * item like a teacher's belofte, so the promise tracker reports on it, renegotiates it and
 * shows it overdue with the same rules (../tracking).
 */
export type AgreementOwner = 'school' | 'ouder' | 'kind';
export const AGREEMENT_OWNERS: readonly AgreementOwner[] = ['school', 'ouder', 'kind'];

export interface Agreement extends TrackedItem {
  talkId: string;
  pupilId: string;
  owner: AgreementOwner;
  /** ISO date of the talk where it is looked back on, once planned. */
  followUpDate?: string;
}

export type AgreementDraft = Omit<Agreement, 'id'>;

export function validateAgreement(draft: AgreementDraft): Validated<AgreementDraft> {
  const errors: FieldError[] = [];
  const text = validateTrackedFields(errors, draft);
  if (!AGREEMENT_OWNERS.includes(draft.owner)) errors.push({ field: 'owner', code: 'invalidChoice' });
  // The follow-up may come before the due date: a longer agreement is then looked at halfway.
  if (draft.followUpDate !== undefined && !isIsoDate(draft.followUpDate)) {
    errors.push({ field: 'followUpDate', code: 'invalidDate' });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, text } };
}
