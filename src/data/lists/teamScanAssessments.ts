import { ASSESSMENT_KINDS, type SelfAssessment } from '../../domain/teamScan/selfAssessment';
import { FieldFormatError, readDateOnly, readRequiredChoice, readText, writeDateOnly, type WritableFields } from './fields';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';

/** The team's self-assessments of its maturity (M1–M4) and the school's partnership profile. */
export const SELF_ASSESSMENTS_LIST = defineList({
  displayName: `${LIST_PREFIX}SelfAssessments`,
  description: 'Driehoek: the team’s self-assessments of its maturity and partnership profile, with reasons.',
  columns: [
    { kind: 'choice', name: 'Kind', displayName: 'Soort', choices: ASSESSMENT_KINDS, indexed: true, required: true },
    { kind: 'date', name: 'AssessedOn', displayName: 'Datum', indexed: true, required: true },
    { kind: 'text', name: 'Level', displayName: 'Waar we staan', maxLength: 64, required: true },
    { kind: 'note', name: 'Rationale', displayName: 'Toelichting' },
    clientKeyColumn,
  ],
});

export const selfAssessmentMapper: ListMapper<SelfAssessment> = {
  list: SELF_ASSESSMENTS_LIST,
  keyOf: (a) => a.id,
  toFields(a): WritableFields {
    return {
      Title: `${a.kind} ${a.at}`,
      Kind: a.kind,
      AssessedOn: writeDateOnly(a.at),
      Level: a.value,
      Rationale: a.rationale,
      ClientKey: a.id,
    };
  },
  fromFields(fields): SelfAssessment {
    const at = readDateOnly(fields, 'AssessedOn');
    if (!at) throw new FieldFormatError('AssessedOn is empty');
    // The value is checked against its scale by the domain (positionOf) where it is used.
    return {
      id: readText(fields, 'ClientKey'),
      kind: readRequiredChoice(fields, 'Kind', ASSESSMENT_KINDS, 'maturity'),
      at,
      value: readText(fields, 'Level'),
      rationale: readText(fields, 'Rationale'),
    } as SelfAssessment;
  },
};
