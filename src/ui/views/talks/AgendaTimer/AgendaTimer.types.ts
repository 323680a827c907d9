import type { AgendaItem } from '../../../../domain/talks/types';

export interface AgendaTimerProps {
  /** Where the clock is remembered (per talk, per browser tab). */
  talkId: string;
  agenda: readonly AgendaItem[];
  /** The clock (epoch ms); tests pass their own. */
  now?: () => number;
  className?: string;
}

export interface TimerItem {
  key: string;
  title: string;
  planned: string;
  state: 'done' | 'current' | 'upcoming';
  /** For done items: how long it actually ran. */
  ran: string | null;
  overrun: boolean;
}

export interface AgendaTimerState {
  className: string | undefined;
  started: boolean;
  paused: boolean;
  notStartedText: string;
  pausedText: string;
  nowLabel: string;
  current: {
    title: string;
    elapsed: string;
    remaining: string;
    overrun: boolean;
    /** 0–1 of the time box used. */
    progress: number;
    tip: string | null;
  } | null;
  total: { label: string; text: string; remaining: string; overrun: boolean };
  items: TimerItem[];
  itemsLabel: string;
  tipLabel: string;
  /** Said politely to screen readers: only when the item changes or runs over, never each second. */
  announcement: string;
  labels: { start: string; pause: string; resume: string; next: string; restart: string };
  canNext: boolean;
  onStart(): void;
  onPause(): void;
  onResume(): void;
  onNext(): void;
  onRestart(): void;
}
