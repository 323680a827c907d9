import { LEADERSHIP_STYLES } from './leadership';
import { MATURITY_LEADERSHIP, MATURITY_LEVELS } from './maturity';
import { CLIENT_RELATIONSHIPS, CONCERN_STAGES, isConcernStage, STAGE_FIT, stageKeyOf } from './stages';

describe('the seven stages of concern', () => {
  it('run from awareness (0) to refocusing (6)', () => {
    expect(CONCERN_STAGES).toHaveLength(7);
    expect(stageKeyOf(0)).toBe('awareness');
    expect(stageKeyOf(3)).toBe('management');
    expect(stageKeyOf(6)).toBe('refocusing');
  });

  it.each([0, 6])('accepts stage %s', (s) => expect(isConcernStage(s)).toBe(true));
  it.each([-1, 7, 2.5, '3', Number.NaN])('refuses %s', (s) => expect(isConcernStage(s)).toBe(false));
});

describe('figure 6: what fits each stage', () => {
  it('walks the eleven steps of the plan once, in order, from stage 0 to 6', () => {
    // Stages 0 and 1 share the dream: the team describes it while still getting informed.
    const steps = CONCERN_STAGES.flatMap((s) => STAGE_FIT[s].steps);
    expect(steps).toEqual([1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('never asks for more direction as the team moves on', () => {
    const order = (style: string) => LEADERSHIP_STYLES.indexOf(style as never);
    const path = CONCERN_STAGES.map((s) => order(STAGE_FIT[s].leadership.current));
    expect(path).toEqual([...path].sort((a, b) => a - b));
    expect(STAGE_FIT[0].leadership).toEqual({ current: 'directing' });
    expect(STAGE_FIT[2].leadership).toEqual({ current: 'directing', toward: 'coaching' });
    expect(STAGE_FIT[4].leadership).toEqual({ current: 'coaching', toward: 'supporting' });
    expect(STAGE_FIT[6].leadership).toEqual({ current: 'delegating' });
  });

  it('grows complainants into co-experts', () => {
    const order = (c: string) => CLIENT_RELATIONSHIPS.indexOf(c as never);
    const path = CONCERN_STAGES.map((s) => order(STAGE_FIT[s].client.current));
    expect(path).toEqual([...path].sort((a, b) => a - b));
    expect(STAGE_FIT[0].client).toEqual({ current: 'complainant', toward: 'visitor' });
    expect(STAGE_FIT[5].client.current).toBe('coExpert');
  });

  it('groups concerns about oneself, the task and the impact as the plan does', () => {
    expect(CONCERN_STAGES.map((s) => STAGE_FIT[s].focus)).toEqual([
      'unconcerned',
      'self',
      'self',
      'self',
      'task',
      'impact',
      'impact',
    ]);
  });
});

it('gives a less directive style to a more mature team', () => {
  expect(MATURITY_LEVELS.map((m) => MATURITY_LEADERSHIP[m])).toEqual(LEADERSHIP_STYLES);
});
