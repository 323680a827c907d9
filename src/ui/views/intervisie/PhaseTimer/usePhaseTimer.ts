import { useMemo } from 'react';
import { METHODS, type MethodKey } from '../../../../domain/intervisie/methods';
import { useI18n } from '../../../i18n';
import { useSessionClock } from '../../../timer/useSessionClock';
import { clockText } from '../../talks/shared/talkText';
import type { AgendaTimerState } from '../../talks/AgendaTimer/AgendaTimer.types';

export interface PhaseTimerOptions {
  /** sessionStorage key: one clock per group and day. */
  storageKey: string;
  method: MethodKey;
  now?: () => number;
}

/**
 * The intervisie phases on the side panel's shared clock (../../../timer/useSessionClock), in the
 * agenda timer's shape so the talks' timer view draws it (one look for both). The running
 * phase's guide is its tip. Also gives the running phase's index.
 */
export function usePhaseTimer({ storageKey, method, now }: PhaseTimerOptions): { state: AgendaTimerState; current: number } {
  const { messages, format } = useI18n();
  const iv = messages.intervisie;
  const t = iv.ui.timer;
  const talkTimer = messages.talks.ui.timer;
  const phases = METHODS[method].phases;
  const texts = iv.methods[method].phases as Record<string, { title: string; guide: string }>;
  const items = useMemo(() => phases.map((p) => ({ title: texts[p.key]!.title, minutes: p.minutes })), [phases, texts]);
  const announce = useMemo(
    () => ({
      item: (item: string, minutes: number) => format(t.announceItem, { item, minutes }),
      over: (item: string) => format(t.announceOver, { item }),
      totalOver: t.announceTotalOver,
    }),
    [format, t],
  );
  const session = useSessionClock({ storageKey, items, announce, ...(now ? { now } : {}) });
  const { clock } = session;
  const index = clock?.current ?? -1;
  const phase = phases[index];
  const itemClock = clock?.items[index];
  const plannedTotal = items.reduce((s, i) => s + i.minutes, 0) * 60_000;
  const left = (ms: number) => format(talkTimer.left, { time: clockText(ms, 'up') });
  const over = (ms: number) => format(talkTimer.over, { time: clockText(ms) });
  const of = (elapsed: number, planned: number) => format(talkTimer.elapsedOf, { elapsed: clockText(elapsed), planned: clockText(planned) });

  const state: AgendaTimerState = {
    className: undefined,
    started: clock !== null,
    paused: session.paused,
    notStartedText: t.notStarted,
    pausedText: t.paused,
    nowLabel: t.now,
    current:
      phase && itemClock
        ? {
            title: texts[phase.key]!.title,
            elapsed: of(itemClock.elapsedMs, itemClock.plannedMs),
            remaining: itemClock.overrun ? over(itemClock.overrunMs) : left(itemClock.remainingMs),
            overrun: itemClock.overrun,
            progress: itemClock.plannedMs > 0 ? Math.min(1, itemClock.elapsedMs / itemClock.plannedMs) : 1,
            tip: texts[phase.key]!.guide,
          }
        : null,
    total: clock
      ? {
          label: t.total,
          text: of(clock.total.elapsedMs, clock.total.plannedMs),
          remaining: clock.total.overrun ? over(clock.total.overrunMs) : left(clock.total.remainingMs),
          overrun: clock.total.overrun,
        }
      : { label: t.total, text: of(0, plannedTotal), remaining: '', overrun: false },
    items: phases.map((p, i) => {
      const c = clock?.items[i];
      return {
        key: p.key,
        title: texts[p.key]!.title,
        planned: format(talkTimer.minutes, { minutes: p.minutes }),
        state: c?.state ?? 'upcoming',
        ran: c && c.state === 'done' ? `${talkTimer.done} · ${clockText(c.elapsedMs)}` : null,
        overrun: c?.overrun ?? false,
      };
    }),
    itemsLabel: t.itemsLabel,
    tipLabel: t.tip,
    announcement: session.announcement,
    labels: { start: t.start, pause: t.pause, resume: t.resume, next: t.next, restart: t.restart },
    canNext: clock !== null && index < phases.length - 1,
    onStart: session.start,
    onPause: session.pause,
    onResume: session.resume,
    onNext: session.next,
    onRestart: session.restart,
  };
  return { state, current: index };
}
