import { MULTI_LINE_MAX } from '../validation';
import { positionOf, type SelfAssessment, trend, validateAssessment } from './selfAssessment';

const maturity = (id: string, at: string, value: 'M1' | 'M2' | 'M3' | 'M4'): SelfAssessment => ({
  id,
  kind: 'maturity',
  at,
  value,
  rationale: 'Wij nemen samen initiatief.',
});

describe('validateAssessment', () => {
  it('accepts a school type with a multi-line rationale, trimmed', () => {
    const result = validateAssessment({
      kind: 'schoolType',
      at: '2026-11-02',
      value: 'relationshipOriented',
      rationale: '  Ouders helpen graag.\nWe bellen vaker dan we mailen.  ',
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ rationale: 'Ouders helpen graag.\nWe bellen vaker dan we mailen.' }),
    });
  });

  it('requires a rationale and a value on the scale of its kind', () => {
    const result = validateAssessment({ kind: 'maturity', at: '2026-02-30', value: 'M5' as never, rationale: ' ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['at', 'invalidDate'],
      ['value', 'invalidChoice'],
      ['rationale', 'required'],
    ]);
  });

  it('refuses a school type as a maturity level, an unknown kind, and an endless rationale', () => {
    const wrongScale = validateAssessment({ kind: 'maturity', at: '2026-11-02', value: 'structureOriented' as never, rationale: 'x' });
    expect(wrongScale.ok).toBe(false);
    const unknown = validateAssessment({ kind: 'vibe' as never, at: '2026-11-02', value: 'M1', rationale: 'x' });
    expect(unknown.ok ? [] : unknown.errors).toEqual([{ field: 'kind', code: 'invalidChoice' }]);
    const long = validateAssessment({ kind: 'maturity', at: '2026-11-02', value: 'M1', rationale: 'x'.repeat(MULTI_LINE_MAX + 1) });
    expect(long.ok ? [] : long.errors).toEqual([{ field: 'rationale', code: 'tooLong', params: { max: MULTI_LINE_MAX } }]);
  });
});

describe('trend', () => {
  it('puts a kind in date order with the steps moved each time', () => {
    const t = trend(
      [
        maturity('c', '2027-06-01', 'M4'),
        maturity('a', '2026-09-01', 'M2'),
        { id: 'x', kind: 'schoolType', at: '2026-10-01', value: 'informationOriented', rationale: 'r' },
        maturity('b', '2027-01-10', 'M3'),
        maturity('d', '2027-06-01', 'M3'),
      ],
      'maturity',
    );
    expect(t.points.map((p) => [p.assessmentId, p.value, p.position, p.change])).toEqual([
      ['a', 'M2', 2, 0],
      ['b', 'M3', 3, 1],
      ['c', 'M4', 4, 1],
      ['d', 'M3', 3, -1],
    ]);
    expect(t.current).toBe('M3');
    expect(t.overall).toBe(1);
  });

  it('is empty without assessments of that kind', () => {
    expect(trend([maturity('a', '2026-09-01', 'M1')], 'schoolType')).toEqual({
      kind: 'schoolType',
      points: [],
      current: null,
      overall: 0,
    });
  });

  it('orders school types from informing parents to innovating with them', () => {
    expect(positionOf('schoolType', 'informationOriented')).toBe(1);
    expect(positionOf('schoolType', 'innovationOriented')).toBe(5);
    expect(positionOf('maturity', 'innovationOriented')).toBe(0);
  });
});
