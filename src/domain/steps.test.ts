import { isStepNumber, normaliseSteps, REPEATING_STEPS, STEP_KEYS, stepKey } from './steps';

it('has eleven steps from the dream to the celebration', () => {
  expect(STEP_KEYS).toHaveLength(11);
  expect(stepKey(1)).toBe('dream');
  expect(stepKey(9)).toBe('promises');
  expect(stepKey(11)).toBe('celebration');
});

it('repeats steps 2 to 11 in a new round', () => {
  expect(REPEATING_STEPS[0]).toBe(2);
  expect(REPEATING_STEPS.at(-1)).toBe(11);
});

it('normalises step lists', () => {
  expect(normaliseSteps([4, 2, 2, 12, 0, 3.5, '3', 3])).toEqual([2, 3, 4]);
  expect(isStepNumber(11)).toBe(true);
  expect(isStepNumber(12)).toBe(false);
});
