import type { Meeting } from '../../../../domain/meetings';
import type { StaffMember } from '../../../../domain/people';
import type { VoteChoice } from '../../../../domain/teamScan/overDeStreep';

export interface StreepPanelProps {
  me: StaffMember | null;
  /** Meetings to keep a round with (the tab); the side panel gives its own meeting instead. */
  meetings?: readonly Meeting[];
  /** The meeting the panel runs in: rounds are kept with it and only its rounds are shown. */
  meetingId?: string;
  /** The 280 px side panel: the round only, without managing the statement list. */
  compact?: boolean;
}

export interface TallyView {
  statementId: string;
  text: string;
  /** "5 eens, 3 oneens" or the withheld text. */
  result: string;
  withheld: boolean;
  agreePercent: number;
  voted: boolean;
}

export interface RoundView {
  roundId: string;
  heading: string;
  closed: boolean;
  meetingTitle: string | null;
  tallies: TallyView[];
}

export interface StatementRowView {
  id: string;
  text: string;
  editing: boolean;
  draft: string;
  error: string | undefined;
}

export type StreepPanelState =
  | { status: 'loading'; loadingLabel: string }
  | { status: 'failed'; error: unknown; onRetry(): void }
  | {
      status: 'ready';
      compact: boolean;
      headingId: string;
      heading: string;
      intro: string;
      anonymous: string;
      problem: string | null;
      current: RoundView | null;
      /** Only staff on the staff list take a side on their own device. */
      canVote: boolean;
      onVote(statementId: string, choice: VoteChoice): void;
      busy: boolean;
      room: {
        label: string;
        hint: string;
        values: Record<string, { agree: string; disagree: string }>;
        onChange(statementId: string, side: VoteChoice, value: string): void;
        onAdd(statementId: string): void;
        addLabel: string;
      };
      onClose(): void;
      start: {
        meetingLabel: string;
        meetingValue: string;
        meetingOptions: { value: string; label: string }[] | null;
        onMeeting(id: string): void;
        chooseLabel: string;
        options: { id: string; text: string }[];
        chosen: Record<string, boolean>;
        onChoose(id: string, on: boolean): void;
        onStart(): void;
        startLabel: string;
        noStatements: string | null;
      };
      list: {
        heading: string;
        hint: string;
        rows: StatementRowView[];
        onEdit(id: string): void;
        onDraft(id: string, text: string): void;
        onSave(id: string): void;
        onCancel(id: string): void;
        /** Asks first; `removing` is the question while it is open. */
        onRemove(id: string): void;
        removing: { heading: string; body: string; onConfirm(): void; onCancel(): void } | null;
        newText: string;
        newError: string | undefined;
        onNewText(text: string): void;
        onAdd(): void;
        useDefaults: (() => void) | null;
      } | null;
      past: { heading: string; rounds: RoundView[]; none: string | null };
      labels: {
        agree: string;
        disagree: string;
        voted: string;
        close: string;
        closed: string;
        edit: string;
        save: string;
        cancel: string;
        remove: string;
        add: string;
        newStatement: string;
        useDefaults: string;
        roundHeading: string;
        statement: string;
      };
    };
