export interface TalkPickerProps {
  onPick(talkId: string): void;
  /** Shown above the list when the talk named earlier could not be found. */
  notice?: string;
  /** The clock (epoch ms); tests pass their own. */
  now?: () => number;
  className?: string;
}

export interface PickOption {
  id: string;
  time: string;
  title: string;
  detail: string;
}

export type TalkPickerState =
  | { status: 'loading'; className: string | undefined; label: string }
  | { status: 'denied'; className: string | undefined }
  | { status: 'failed'; className: string | undefined; error: unknown; onRetry(): void }
  | {
      status: 'ready';
      className: string | undefined;
      headingId: string;
      heading: string;
      intro: string;
      notice: string | undefined;
      todayLabel: string;
      today: PickOption[];
      noneToday: string;
      laterLabel: string;
      later: PickOption[];
      onPick(talkId: string): void;
    };
