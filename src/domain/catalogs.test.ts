import { plannerEn } from '../ui/i18n/planner.en';
import { plannerNl } from '../ui/i18n/planner.nl';
import { stepsEn } from '../ui/i18n/steps.en';
import { stepsNl } from '../ui/i18n/steps.nl';
import { buildDigest, renderDigestHtml, renderDigestText } from './digest';
import { EPSTEIN_FORMS, INVOLVEMENT_LEVELS, INVOLVEMENT_LINES, ONDERWIJSRAAD_CONDITIONS } from './goals';
import { RULE_REASONS } from './rules';
import { STEP_KEYS } from './steps';

/** Every leaf as [dotted key, text]. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['steps', stepsNl, stepsEn],
  ['planner', plannerNl, plannerEn],
])('the %s catalogs', (_, nl, en) => {
  it('have the same keys, no empty texts and the same placeholders in both languages', () => {
    const dutch = leaves(nl);
    const english = new Map(leaves(en));
    expect([...english.keys()]).toEqual(dutch.map(([k]) => k));
    for (const [key, text] of dutch) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(english.get(key) as string)]).toEqual([key, placeholders(text)]);
    }
  });
});

describe('step guidance', () => {
  it.each(STEP_KEYS)('%s has a title, a purpose of 2–3 sentences, 3–5 prompts and what it captures', (key) => {
    for (const step of [stepsNl[key], stepsEn[key]]) {
      expect(step.title.length).toBeLessThanOrEqual(40);
      const sentences = step.purpose.split(/(?<=[.?!])\s+/).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(3);
      const prompts = Object.values(step.prompts);
      expect(prompts.length).toBeGreaterThanOrEqual(3);
      expect(prompts.length).toBeLessThanOrEqual(5);
      expect(prompts.every((p) => p.endsWith('?'))).toBe(true);
      expect(step.captures).not.toBe('');
    }
  });

  it('covers exactly the eleven steps, in order', () => expect(Object.keys(stepsNl)).toEqual([...STEP_KEYS]));
});

describe('planner catalog', () => {
  it('explains every framework value and every rule', () => {
    const f = plannerNl.frameworks;
    expect(Object.keys(f.conditions.items)).toEqual([...ONDERWIJSRAAD_CONDITIONS]);
    expect(Object.keys(f.epsteinForms.items)).toEqual([...EPSTEIN_FORMS]);
    expect(Object.keys(f.involvementLevels.items)).toEqual([...INVOLVEMENT_LEVELS]);
    expect(Object.keys(f.involvementLines.items)).toEqual([...INVOLVEMENT_LINES]);
    expect(Object.keys(plannerNl.rules).sort()).toEqual([...RULE_REASONS].sort());
  });

  it('renders a digest in both languages with every placeholder filled', () => {
    const digest = buildDigest(
      [
        {
          id: 'p',
          cycleId: 'c',
          ownerUpn: 'a@x',
          ownerName: 'Ahmed Yılmaz',
          bouw: 'middenbouw',
          madeOn: '2026-11-02',
          dueDate: '2026-11-09',
          text: 'Twee ouders bellen met goed nieuws',
          status: 'open',
          whatWorked: '',
          whatWasHard: '',
          supportWanted: true,
        },
      ],
      [],
      '2026-11-16',
    );
    for (const messages of [plannerNl.digest, plannerEn.digest]) {
      const text = renderDigestText(digest, messages);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).toContain('Ahmed Yılmaz: Twee ouders bellen met goed nieuws');
      expect(renderDigestHtml(digest, messages)).not.toMatch(/\{\w+\}/);
    }
  });
});
