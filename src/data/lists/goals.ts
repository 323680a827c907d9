import {
  EPSTEIN_FORMS,
  INVOLVEMENT_LEVELS,
  INVOLVEMENT_LINES,
  ONDERWIJSRAAD_CONDITIONS,
  type Goal,
} from '../../domain/goals';
import { readChoice, readLines, readNumber, readText, writeLines, type WritableFields } from './fields';
import type { ListMapper } from './mapper';
import { CYCLE_KEY, cycleLinkColumns } from './cycleLink';
import { clientKeyColumn, defineList, LIST_PREFIX } from './schema';

/** Goals of a cycle with their framework tags, benefits and signs of progress (the goal map). */
export const GOALS_LIST = defineList({
  displayName: `${LIST_PREFIX}Goals`,
  description: 'Driehoek: goals of a change cycle, tagged with partnership frameworks.',
  columns: [
    ...cycleLinkColumns,
    { kind: 'number', name: 'Round', displayName: 'Ronde', min: 1, decimals: 'none', indexed: true },
    { kind: 'number', name: 'Priority', displayName: 'Prioriteit', min: 1, decimals: 'none', indexed: true },
    { kind: 'choice', name: 'Condition', displayName: 'Voorwaarde (Onderwijsraad)', choices: ONDERWIJSRAAD_CONDITIONS },
    { kind: 'choice', name: 'EpsteinForm', displayName: 'Vorm (Epstein)', choices: EPSTEIN_FORMS },
    { kind: 'choice', name: 'InvolvementLevel', displayName: 'Niveau betrokkenheid', choices: INVOLVEMENT_LEVELS },
    { kind: 'choice', name: 'InvolvementLine', displayName: 'Lijn betrokkenheid', choices: INVOLVEMENT_LINES },
    { kind: 'note', name: 'BenefitsPersonal', displayName: 'Voordelen persoonlijk' },
    { kind: 'note', name: 'BenefitsTeam', displayName: 'Voordelen team' },
    { kind: 'note', name: 'BenefitsSchool', displayName: 'Voordelen school' },
    { kind: 'note', name: 'SignsOfProgress', displayName: 'Tekenen van vooruitgang' },
    clientKeyColumn,
  ],
});

export const goalMapper: ListMapper<Goal> = {
  list: GOALS_LIST,
  keyOf: (goal) => goal.id,
  toFields(goal): WritableFields {
    return {
      Title: goal.title,
      [CYCLE_KEY]: goal.cycleId,
      Round: goal.round,
      Priority: goal.priority,
      Condition: goal.condition ?? null,
      EpsteinForm: goal.epsteinForm ?? null,
      InvolvementLevel: goal.level ?? null,
      InvolvementLine: goal.line ?? null,
      BenefitsPersonal: writeLines(goal.benefits.personal),
      BenefitsTeam: writeLines(goal.benefits.team),
      BenefitsSchool: writeLines(goal.benefits.school),
      SignsOfProgress: writeLines(goal.signsOfProgress),
      ClientKey: goal.id,
    };
  },
  fromFields(fields): Goal {
    const condition = readChoice(fields, 'Condition', ONDERWIJSRAAD_CONDITIONS);
    const epsteinForm = readChoice(fields, 'EpsteinForm', EPSTEIN_FORMS);
    const level = readChoice(fields, 'InvolvementLevel', INVOLVEMENT_LEVELS);
    const line = readChoice(fields, 'InvolvementLine', INVOLVEMENT_LINES);
    return {
      id: readText(fields, 'ClientKey'),
      cycleId: readText(fields, CYCLE_KEY),
      round: readNumber(fields, 'Round') ?? 1,
      title: readText(fields, 'Title'),
      priority: readNumber(fields, 'Priority') ?? 1,
      ...(condition ? { condition } : {}),
      ...(epsteinForm ? { epsteinForm } : {}),
      ...(level ? { level } : {}),
      ...(line ? { line } : {}),
      benefits: {
        personal: readLines(fields, 'BenefitsPersonal'),
        team: readLines(fields, 'BenefitsTeam'),
        school: readLines(fields, 'BenefitsSchool'),
      },
      signsOfProgress: readLines(fields, 'SignsOfProgress'),
    };
  },
};
