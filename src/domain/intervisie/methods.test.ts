import { intervisieEn } from '../../ui/i18n/intervisie.en';
import { intervisieNl } from '../../ui/i18n/intervisie.nl';
import { agendaClock } from '../talks/clock';
import { METHOD_KEYS, methodMinutes, METHODS, phaseClock } from './methods';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 15, 0);

describe('intervisie methods', () => {
  it('has the incident method with its phases in order', () => {
    expect(METHODS.incident.phases.map((p) => p.key)).toEqual([
      'lookBack', 'bringIn', 'choose', 'questions', 'analysis', 'advice', 'evaluation',
    ]);
    expect(methodMinutes('incident')).toBe(80);
  });

  it('has the gossip method, where the presenter listens before responding', () => {
    const keys = METHODS.roddel.phases.map((p) => p.key);
    expect(keys.indexOf('gossip')).toBeLessThan(keys.indexOf('response'));
    expect(methodMinutes('roddel')).toBe(50);
  });

  it('gives every phase a title and guidance in both languages', () => {
    for (const method of METHOD_KEYS) {
      for (const catalog of [intervisieNl, intervisieEn]) {
        const texts = catalog.methods[method];
        expect(texts.name).not.toBe('');
        const phases = texts.phases as Record<string, { title: string; guide: string }>;
        expect(Object.keys(phases)).toEqual(METHODS[method].phases.map((p) => p.key));
        for (const phase of Object.values(phases)) expect(phase.guide.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('phaseClock', () => {
  it('is the agenda clock over the phases', () => {
    const paused = [{ from: T0 + 5 * MIN, to: T0 + 7 * MIN }];
    expect(phaseClock('incident', T0, T0 + 33 * MIN, paused, [T0 + 12 * MIN])).toEqual(
      agendaClock(METHODS.incident.phases, T0, T0 + 33 * MIN, paused, [T0 + 12 * MIN]),
    );
  });

  it('follows the phases with a controlled clock', () => {
    const clock = phaseClock('roddel', T0, T0 + 27 * MIN);
    expect(clock.current).toBe(2); // gossiping: 20–35 minutes
    expect(clock.items[2]).toMatchObject({ elapsedMs: 7 * MIN, remainingMs: 8 * MIN });
    expect(clock.total.remainingMs).toBe(23 * MIN);
    expect(phaseClock('roddel', T0, T0 + 55 * MIN).total).toMatchObject({ overrun: true, overrunMs: 5 * MIN });
  });
});
