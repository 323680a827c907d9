import { STEP_CAPTURES, validateStepRecord } from './stepCaptures';
import { STEP_KEYS } from './steps';

it('describes every step, with the score on step 5 only', () => {
  expect(Object.keys(STEP_CAPTURES)).toEqual([...STEP_KEYS]);
  expect(STEP_KEYS.filter((k) => STEP_CAPTURES[k].score)).toEqual(['progressSoFar']);
  expect(STEP_CAPTURES.benefits.store).toBe('goalBenefits');
  expect(STEP_CAPTURES.comingProgress.store).toBe('goalSigns');
  expect(STEP_CAPTURES.promises.store).toBe('commitments');
});

describe('validateStepRecord', () => {
  const base = { cycleId: 'c1', round: 1, date: '2026-11-02', items: [], notes: '' };

  it('needs a score in half points on step 5', () => {
    expect(validateStepRecord({ ...base, step: 5, score: 6.5 }).ok).toBe(true);
    expect(validateStepRecord({ ...base, step: 5 }).ok).toBe(false);
    expect(validateStepRecord({ ...base, step: 5, score: 6.3 }).ok).toBe(false);
  });

  it('refuses a score on other steps', () => {
    expect(validateStepRecord({ ...base, step: 7, score: 5 })).toMatchObject({ ok: false, errors: [{ field: 'score' }] });
  });

  it('keeps markup, emoji and non-Latin text as typed, trimmed', () => {
    const result = validateStepRecord({ ...base, step: 3, items: ['  <img src=x onerror=alert(1)> MR 👍 ', 'ouders مرحبا'] });
    expect(result.ok && result.value.items).toEqual(['<img src=x onerror=alert(1)> MR 👍', 'ouders مرحبا']);
  });

  it('refuses unknown steps, bad rounds and long lines', () => {
    const result = validateStepRecord({ ...base, step: 12 as never, round: 0, items: ['x'.repeat(256)] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['step', 'round', 'items.0']);
  });
});
