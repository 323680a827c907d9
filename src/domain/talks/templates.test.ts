import { agendaTotal } from './agenda';
import {
  agendaFromTemplate,
  allowsPreTalk,
  defaultDuration,
  maxDuration,
  PRE_TALK_MINUTES,
  questionsFromTemplate,
  suggestChildJoins,
} from './templates';
import { TALK_TYPES } from './types';

describe('talk templates', () => {
  it('suggests the child joins from group 6 on', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(suggestChildJoins)).toEqual([
      false, false, false, false, false, true, true, true,
    ]);
  });

  it('keeps a zorgteam talk with parents to at most 45 minutes, with a 15-minute pre-talk', () => {
    expect(maxDuration('zorgteam')).toBe(45);
    expect(PRE_TALK_MINUTES).toBe(15);
    expect(TALK_TYPES.filter(allowsPreTalk)).toEqual(['zorgteam']);
  });

  it.each(TALK_TYPES)('%s: the agenda fits the default duration, which fits the maximum', (type) => {
    expect(defaultDuration(type)).toBeLessThanOrEqual(maxDuration(type));
    expect(agendaTotal(agendaFromTemplate(type, true))).toBeLessThanOrEqual(defaultDuration(type));
    expect(agendaTotal(agendaFromTemplate(type, false))).toBeLessThanOrEqual(defaultDuration(type));
  });

  it.each(TALK_TYPES)('%s: opens and closes the way seed 003 advises', (type) => {
    const keys = agendaFromTemplate(type, true).map((i) => ('key' in i.title ? i.title.key : ''));
    // Something positive or a welcome first; agreements or next steps last.
    expect(['welcome', 'introductions', 'positiveStart']).toContain(keys[0]);
    expect(['agreements', 'nextSteps']).toContain(keys.at(-1));
    expect(keys).toContain('childVoice');
    expect(questionsFromTemplate(type).length).toBeGreaterThan(0);
  });

  it('leaves the child’s part out when the child does not join', () => {
    const keys = agendaFromTemplate('rapport', false).map((i) => ('key' in i.title ? i.title.key : ''));
    expect(keys).not.toContain('childVoice');
  });

  it('hands out fresh copies, so editing one talk never changes the template', () => {
    const a = agendaFromTemplate('zorg', true);
    a[0]!.minutes = 99;
    expect(agendaFromTemplate('zorg', true)[0]!.minutes).not.toBe(99);
  });
});
