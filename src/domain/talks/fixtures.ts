import { agendaFromTemplate, questionsFromTemplate } from './templates';
import type { Talk } from './types';

/** A valid talk for tests: Emma in group 7, her parents in two households, her teacher and the IB. */
export function aTalk(overrides: Partial<Talk> = {}): Talk {
  const type = overrides.type ?? 'voortgang';
  const childJoins = overrides.childJoins ?? true;
  return {
    id: 'talk-1',
    type,
    pupil: { id: 'pupil-1', firstName: 'Emma', group: 7 },
    parents: [
      { name: 'Sanne de Vries', email: 'sanne@example.nl', household: 1 },
      { name: 'Joost Bakker', email: 'joost@example.nl', household: 2 },
    ],
    staff: [
      { name: 'Mirjam Jansen', email: 'mirjam@school.example', role: 'leerkracht' },
      { name: 'Peter Visser', email: 'peter@school.example', role: 'ib' },
    ],
    childJoins,
    mode: 'online',
    // Monday 5 October 2026, 15:00 in Amsterdam (summer time, UTC+2).
    start: '2026-10-05T13:00:00.000Z',
    durationMinutes: 15,
    withPreTalk: false,
    agenda: agendaFromTemplate(type, childJoins),
    preparationQuestions: questionsFromTemplate(type),
    status: 'planned',
    ...overrides,
  };
}
