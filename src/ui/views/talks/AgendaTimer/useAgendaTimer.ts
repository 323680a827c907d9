import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { agendaClock, type PauseInterval } from '../../../../domain/talks/clock';
import { resolveText, type TalkMessages } from '../../../../domain/talks/messages';
import type { AgendaKey } from '../../../../domain/talks/templates';
import { useI18n } from '../../../i18n';
import { clockText } from '../shared/talkText';
import { readSession, timerKey, writeSession } from '../shared/storage';
import type { AgendaTimerProps, AgendaTimerState } from './AgendaTimer.types';

interface TimerMemory {
  startedAt: number | null;
  pauses: PauseInterval[];
  advancedAt: number[];
}

const FRESH: TimerMemory = { startedAt: null, pauses: [], advancedAt: [] };

function recall(talkId: string): TimerMemory {
  const raw = readSession(timerKey(talkId));
  if (!raw) return FRESH;
  try {
    const parsed = JSON.parse(raw) as Partial<TimerMemory>;
    const numbers = (xs: unknown) => (Array.isArray(xs) ? xs.filter((x): x is number => typeof x === 'number') : []);
    return {
      startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : null,
      pauses: Array.isArray(parsed.pauses)
        ? parsed.pauses.filter((p): p is PauseInterval => typeof p?.from === 'number' && (p.to === undefined || typeof p.to === 'number'))
        : [],
      advancedAt: numbers(parsed.advancedAt),
    };
  } catch {
    return FRESH;
  }
}

/** Which side-panel prompt fits the item being talked about. */
const TIP_FOR: Partial<Record<AgendaKey, keyof TalkMessages['prompts']>> = {
  welcome: 'openPositive',
  introductions: 'plainLanguage',
  positiveStart: 'openPositive',
  parentsStory: 'parentsFirst',
  parentsView: 'parentsFirst',
  schoolView: 'plainLanguage',
  expertsView: 'plainLanguage',
  childVoice: 'childVoice',
  supportNeeds: 'parentsFirst',
  supportPlan: 'plainLanguage',
  advice: 'plainLanguage',
  agreements: 'agreements',
  nextSteps: 'followUp',
};

export function useAgendaTimer({ talkId, agenda, now = Date.now, className }: AgendaTimerProps): AgendaTimerState {
  const { messages, format } = useI18n();
  const talks = messages.talks;
  const t = talks.ui.timer;
  const [memory, setMemory] = useState<TimerMemory>(() => recall(talkId));
  const [tick, setTick] = useState(() => now());

  useEffect(() => setMemory(recall(talkId)), [talkId]);
  const remember = useCallback(
    (change: (m: TimerMemory) => TimerMemory) =>
      setMemory((m) => {
        const next = change(m);
        writeSession(timerKey(talkId), next.startedAt === null ? null : JSON.stringify(next));
        return next;
      }),
    [talkId],
  );

  const paused = memory.pauses.some((p) => p.to === undefined);
  const running = memory.startedAt !== null && !paused;
  useEffect(() => {
    setTick(now());
    if (!running) return;
    const timer = setInterval(() => setTick(now()), 1000);
    return () => clearInterval(timer);
  }, [running, now]);

  const clock = useMemo(
    () => (memory.startedAt === null ? null : agendaClock(agenda, memory.startedAt, tick, memory.pauses, memory.advancedAt)),
    [agenda, memory, tick],
  );

  // Announcements: the item that starts, an item (or the talk) running over, each said once.
  const [announcement, setAnnouncement] = useState('');
  const said = useRef<{ current: number; overItems: Set<number>; totalOver: boolean }>({ current: -1, overItems: new Set(), totalOver: false });
  useEffect(() => {
    if (!clock) {
      said.current = { current: -1, overItems: new Set(), totalOver: false };
      return;
    }
    const item = agenda[clock.current];
    const itemClock = clock.items[clock.current];
    if (!item || !itemClock) return;
    const title = resolveText(item.title, talks.agenda);
    if (said.current.current !== clock.current) {
      said.current.current = clock.current;
      setAnnouncement(format(t.announceItem, { item: title, minutes: item.minutes }));
      return;
    }
    if (itemClock.overrun && !said.current.overItems.has(clock.current)) {
      said.current.overItems.add(clock.current);
      setAnnouncement(format(t.announceOver, { item: title }));
      return;
    }
    if (clock.total.overrun && !said.current.totalOver) {
      said.current.totalOver = true;
      setAnnouncement(t.announceTotalOver);
    }
  }, [clock, agenda, talks.agenda, format, t]);

  const at = () => now();
  const currentIndex = clock?.current ?? -1;
  const currentItem = agenda[currentIndex];
  const currentClock = clock?.items[currentIndex];
  const plannedTotal = agenda.reduce((s, i) => s + i.minutes, 0) * 60_000;

  return {
    className,
    started: clock !== null,
    paused,
    notStartedText: t.notStarted,
    pausedText: t.paused,
    nowLabel: t.now,
    current:
      currentItem && currentClock
        ? {
            title: resolveText(currentItem.title, talks.agenda),
            elapsed: format(t.elapsedOf, { elapsed: clockText(currentClock.elapsedMs), planned: clockText(currentClock.plannedMs) }),
            remaining: currentClock.overrun
              ? format(t.over, { time: clockText(currentClock.overrunMs) })
              : format(t.left, { time: clockText(currentClock.remainingMs, 'up') }),
            overrun: currentClock.overrun,
            progress: currentClock.plannedMs > 0 ? Math.min(1, currentClock.elapsedMs / currentClock.plannedMs) : 1,
            tip: 'key' in currentItem.title && TIP_FOR[currentItem.title.key] ? talks.prompts[TIP_FOR[currentItem.title.key]!] : null,
          }
        : null,
    total: clock
      ? {
          label: t.total,
          text: format(t.elapsedOf, { elapsed: clockText(clock.total.elapsedMs), planned: clockText(clock.total.plannedMs) }),
          remaining: clock.total.overrun
            ? format(t.over, { time: clockText(clock.total.overrunMs) })
            : format(t.left, { time: clockText(clock.total.remainingMs, 'up') }),
          overrun: clock.total.overrun,
        }
      : { label: t.total, text: format(t.elapsedOf, { elapsed: clockText(0), planned: clockText(plannedTotal) }), remaining: '', overrun: false },
    items: agenda.map((item, i) => {
      const c = clock?.items[i];
      return {
        key: `${i}`,
        title: resolveText(item.title, talks.agenda),
        planned: format(t.minutes, { minutes: item.minutes }),
        state: c?.state ?? 'upcoming',
        ran: c && c.state === 'done' ? `${t.done} · ${clockText(c.elapsedMs)}` : null,
        overrun: c?.overrun ?? false,
      };
    }),
    itemsLabel: t.itemsLabel,
    tipLabel: t.tip,
    announcement,
    labels: { start: t.start, pause: t.pause, resume: t.resume, next: t.next, restart: t.restart },
    canNext: clock !== null && currentIndex < agenda.length - 1,
    onStart: () => remember(() => ({ startedAt: at(), pauses: [], advancedAt: [] })),
    onPause: () => remember((m) => ({ ...m, pauses: [...m.pauses, { from: at() }] })),
    onResume: () => {
      const to = at();
      remember((m) => ({ ...m, pauses: m.pauses.map((p) => (p.to === undefined ? { ...p, to } : p)) }));
    },
    onNext: () => {
      const moment = at();
      remember((m) => ({ ...m, advancedAt: [...m.advancedAt, moment] }));
      setTick(moment);
    },
    onRestart: () => {
      remember(() => FRESH);
      setAnnouncement('');
    },
  };
}
