import { atLeast, atMost, exitCode, formatFigure, formatRatio, formatValue, holds, info, median, pairedRatio, ratio } from './figures';

describe('budgets', () => {
  it('a ceiling holds up to and including its limit, a floor from its limit up', () => {
    expect(holds(1, { kind: 'max', limit: 1 })).toBe(true);
    expect(holds(2, { kind: 'max', limit: 1 })).toBe(false);
    expect(holds(400, { kind: 'min', limit: 400 })).toBe(true);
    expect(holds(399, { kind: 'min', limit: 400 })).toBe(false);
  });

  it('a figure that could not be measured never passes its budget', () => {
    expect(holds(Number.NaN, { kind: 'max', limit: 2 })).toBe(false);
    expect(atMost('ratio', ratio(3, 0), '×', 2).pass).toBe(false);
  });

  it('an informational figure always passes', () => {
    expect(info('size', 216.3, 'KB').pass).toBe(true);
    expect(holds(Number.NaN, undefined)).toBe(true);
  });

  it('the run fails when one budget is missed or one measure failed', () => {
    const ok = atMost('a', 1, 'request', 1);
    const missed = atLeast('b', 10, 'req/s', 400);
    expect(exitCode([ok], 0)).toBe(0);
    expect(exitCode([ok, missed], 0)).toBe(1);
    expect(exitCode([ok], 1)).toBe(1);
  });
});

describe('figure lines', () => {
  it('prints name, value, budget, the side-by-side detail and the verdict on one line', () => {
    const line = formatFigure(atMost('timeline round trips after sign-in', 1, 'request', 1, 'naive 7 list reads  ratio 7.0×'), 36);
    expect(line).toBe('timeline round trips after sign-in    1 request  (budget ≤ 1)  naive 7 list reads  ratio 7.0×  OK');
  });

  it('writes a ratio with × after the number and says MISSED when over budget', () => {
    expect(formatFigure(atMost('cold load', 2.61, '×', 2.5), 10)).toBe('cold load   2.6×  (budget ≤ 2.5×)  MISSED');
  });

  it('a floor shows ≥ and an informational figure says info', () => {
    expect(formatFigure(atLeast('reads', 1234, 'req/s', 400), 5)).toBe('reads  1,234 req/s  (budget ≥ 400)  OK');
    expect(formatFigure(info('size', 216.25, 'KB'), 4)).toBe('size  216.3 KB  info');
  });

  it('formats values and ratios with one decimal, integers plainly', () => {
    expect(formatValue(7, 'requests')).toBe('7 requests');
    expect(formatValue(1.96, '×')).toBe('2.0×');
    expect(formatValue(1, '×')).toBe('1.0×');
    expect(formatRatio(7)).toBe('ratio 7.0×');
    expect(formatRatio(Number.NaN)).toBe('ratio n/a');
  });
});

describe('medians and ratios', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('a paired ratio is the median of the ratios pair by pair', () => {
    // The third pair ran while the machine was slow for both: it does not move the figure.
    expect(pairedRatio([4000, 4400, 9000], [1300, 1400, 3000])).toBeCloseTo(3.08, 2);
    expect(pairedRatio([1], [0])).toBeNaN();
    expect(() => pairedRatio([1, 2], [1])).toThrow(RangeError);
  });

  it('a ratio against zero is no number', () => {
    expect(ratio(7, 1)).toBe(7);
    expect(ratio(1, 0)).toBeNaN();
  });
});
