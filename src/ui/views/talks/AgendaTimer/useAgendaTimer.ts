import { useMemo } from 'react';
import { resolveText, type TalkMessages } from '../../../../domain/talks/messages';
import type { AgendaKey } from '../../../../domain/talks/templates';
import { useI18n } from '../../../i18n';
import { useSessionClock } from '../../../timer/useSessionClock';
import { clockText } from '../shared/talkText';
import { timerKey } from '../shared/storage';
import type { AgendaTimerProps, AgendaTimerState } from './AgendaTimer.types';

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
  // The clock itself (memory per tab, tick, announcements) is shared with intervisie: ../../../timer.
  const items = useMemo(() => agenda.map((item) => ({ title: resolveText(item.title, talks.agenda), minutes: item.minutes })), [agenda, talks.agenda]);
  const announce = useMemo(
    () => ({
      item: (item: string, minutes: number) => format(t.announceItem, { item, minutes }),
      over: (item: string) => format(t.announceOver, { item }),
      totalOver: t.announceTotalOver,
    }),
    [format, t],
  );
  const session = useSessionClock({ storageKey: timerKey(talkId), items, announce, now });
  const { clock, paused, announcement } = session;

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
    onStart: session.start,
    onPause: session.pause,
    onResume: session.resume,
    onNext: session.next,
    onRestart: session.restart,
  };
}
