/**
 * The demo school's intervisie: two groups, each with its private channel (made through the
 * same data path as the app), the first with a session held two weeks ago and a series of
 * meetings from next week on. The IB, who runs the seed, is in both (whoever creates a group must
 * be in it: only members can read its records). Tom Mulder and the MT are in no group — open
 * a group as one of them to see that its records are out of reach.
 */
import type { IntervisieApi } from '../../data/api';
import type { IntervisieSession } from '../../domain/intervisie/session';
import { schoolToday } from '../../domain/talks/time';
import { intervisieNl } from '../../ui/i18n/intervisie.nl';
import { DEMO_STAFF } from '../people';

const upn = (name: string): string => {
  const found = DEMO_STAFF.find((s) => s.displayName === name);
  if (!found) throw new Error(`no demo staff member ${name}`);
  return found.upn;
};

export const DEMO_INTERVISIE_GROUPS = [
  {
    id: 'demo-ig-onderbouw',
    name: 'Onderbouw',
    memberUpns: ['Ingrid Bakker', 'Sanne Jansen', 'Lotte Visser', 'Daan Kok'].map(upn),
    method: 'incident' as const,
  },
  {
    id: 'demo-ig-midden-boven',
    name: 'Midden- en bovenbouw',
    memberUpns: ['Ingrid Bakker', 'Ahmed Yılmaz', 'Eva de Boer', 'Noor Hendriks', 'Pieter Smit'].map(upn),
    method: 'roddel' as const,
  },
];

/** Staff in no group, for the privacy demo. */
export const DEMO_OUTSIDE_INTERVISIE = ['Tom Mulder', 'Mark de Vries', 'Fatima El Amrani'].map(upn);

const DAY = 86_400_000;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The first Tuesday after `date`. */
function nextTuesday(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return plusDays(date, ((2 - d.getUTCDay() + 7) % 7) || 7);
}

export function demoPastSession(today: string): IntervisieSession {
  const [ingrid, sanne, lotte, daan] = DEMO_INTERVISIE_GROUPS[0]!.memberUpns as [string, string, string, string];
  return {
    id: 'demo-is-onderbouw-1',
    groupId: 'demo-ig-onderbouw',
    date: plusDays(today, -14),
    method: 'incident',
    roles: { inbrenger: sanne, gespreksleider: ingrid, tijdbewaker: lotte, notulist: daan },
    caseSummary:
      'Een ouder reageert niet op berichten in de app en komt niet naar het voortgangsgesprek. De leerkracht twijfelt of ze moet blijven uitnodigen.',
    advice: 'Bel in plaats van te mailen; vraag wat voor de ouder een goed moment is; begin met iets wat goed gaat.',
    learningPoints: ['Eerst vragen wat de ander nodig heeft, dan pas adviseren', 'Een telefoontje zegt meer dan drie berichten'],
  };
}

/** Creates the groups, the past session and the series; running it again creates nothing new. */
export async function seedDemoIntervisie(api: IntervisieApi, now: Date): Promise<void> {
  const today = schoolToday(now);
  const groups = [];
  for (const draft of DEMO_INTERVISIE_GROUPS) groups.push(await api.createGroup(draft));
  let [onderbouw] = groups;
  if (!onderbouw) return;
  ({ group: onderbouw } = await api.saveSession(onderbouw, demoPastSession(today)));
  if (!onderbouw.value.series) {
    const ui = intervisieNl.ui.series;
    await api.planSeries(
      onderbouw,
      // From next week on, whatever day the demo is placed in (a series cannot start in the past).
      { firstDate: nextTuesday([today, schoolToday()].sort().at(-1)!), startTime: '15:30', minutes: 80, frequency: { kind: 'weeks', interval: 3 }, count: 6 },
      {
        subject: ui.subject.replace('{name}', onderbouw.value.name),
        intro: ui.inviteIntro,
        members: ui.inviteMembers,
        method: ui.inviteMethod,
        methodName: intervisieNl.methods.incident.name,
        confidential: intervisieNl.session.confidential,
      },
    );
  }
}
