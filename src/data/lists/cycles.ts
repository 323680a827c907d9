import { CYCLE_STATUSES, type ChangeCycle } from '../../domain/cycles';
import { schoolYearOf, type SchoolYear } from '../../domain/schoolYear';
import { normaliseSteps } from '../../domain/steps';
import { readCsv, readNumber, readOptionalText, readRequiredChoice, readText, writeCsv, type ReadonlyFields, type WritableFields } from './fields';
import type { ListMapper } from './mapper';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';
import { normaliseUpn } from './staff';

/** Change cycles (veranderplannen). Title holds the cycle's title. */
export const CYCLES_LIST = defineList({
  displayName: `${LIST_PREFIX}Cycles`,
  description: 'Driehoek: change cycles toward a dream, walking the eleven steps.',
  columns: [
    { kind: 'note', name: 'Dream', displayName: 'Droom' },
    { kind: 'text', name: 'SchoolYear', displayName: 'Schooljaar', maxLength: 9, indexed: true, required: true },
    { kind: 'choice', name: 'Status', displayName: 'Status', choices: CYCLE_STATUSES, indexed: true, required: true },
    { kind: 'text', name: 'CoachUpn', displayName: 'Coach (UPN)', indexed: true },
    { kind: 'text', name: 'CoachName', displayName: 'Coach' },
    { kind: 'note', name: 'MemberUpns', displayName: 'Veranderteam (UPN)' },
    { kind: 'number', name: 'Round', displayName: 'Ronde', min: 1, decimals: 'none' },
    { kind: 'text', name: 'StepsDone', displayName: 'Stappen gedaan' },
    clientKeyColumn,
  ],
});

function readSchoolYear(fields: ReadonlyFields): SchoolYear {
  const text = readText(fields, 'SchoolYear');
  if (/^\d{4}-\d{4}$/.test(text)) return text as SchoolYear;
  // Never invent a year silently from garbage; fall back to the year of creation.
  return schoolYearOf(readText(fields, 'Created') || new Date().toISOString());
}

export const cycleMapper: ListMapper<ChangeCycle> = {
  list: CYCLES_LIST,
  keyOf: (cycle) => cycle.id,
  toFields(cycle): WritableFields {
    return {
      Title: cycle.title,
      Dream: cycle.dream,
      SchoolYear: cycle.schoolYear,
      Status: cycle.status,
      CoachUpn: normaliseUpn(cycle.coachUpn),
      CoachName: cycle.coachName ?? null,
      MemberUpns: writeCsv(cycle.memberUpns.map(normaliseUpn)),
      Round: cycle.round,
      StepsDone: writeCsv(normaliseSteps(cycle.stepsDone)),
      ClientKey: cycle.id,
    };
  },
  fromFields(fields): ChangeCycle {
    return {
      id: readText(fields, 'ClientKey'),
      title: readText(fields, 'Title'),
      dream: readText(fields, 'Dream'),
      schoolYear: readSchoolYear(fields),
      status: readRequiredChoice(fields, 'Status', CYCLE_STATUSES, 'draft'),
      coachUpn: readText(fields, 'CoachUpn'),
      ...(readOptionalText(fields, 'CoachName') ? { coachName: readText(fields, 'CoachName') } : {}),
      memberUpns: readCsv(fields, 'MemberUpns'),
      round: readNumber(fields, 'Round') ?? 1,
      stepsDone: normaliseSteps(readCsv(fields, 'StepsDone').map(Number)),
    };
  },
};
