import type { Versioned } from '../../../../data/api';
import type { Scan } from '../../../../domain/teamScan/scan';
import type { BarRow } from '../BarChart/BarChart.types';
import type { ScanFormProps } from '../ScanForm/ScanForm.types';
import type { TeamContext } from '../TeamView/TeamView.types';

export interface ScanPanelProps {
  context: TeamContext;
}

export interface GroupRow {
  group: string;
  /** "12 mensen" or the withheld text. */
  people: string;
  /** Stages with people, e.g. "Informatie 3 · Persoonlijk 2"; empty when withheld. */
  stages: string;
  withheld: boolean;
}

export interface EntryRow {
  key: string;
  who: string;
  group: string;
  stage: string;
  client: string;
}

export interface MovementRow {
  key: string;
  between: string;
  dominant: string;
  changes: string[];
}

export type ScanPanelState =
  | { status: 'loading'; loadingLabel: string }
  | { status: 'failed'; error: unknown; onRetry(): void }
  | {
      status: 'ready';
      isIb: boolean;
      onlyIbNote: string;
      empty: string | null;
      latestHeading: string | null;
      /** Null when the whole scan covers too few people to show. */
      stageRows: BarRow[] | null;
      clientRows: BarRow[] | null;
      byStageTitle: string;
      byClientTitle: string;
      hiddenText: string;
      perGroupTitle: string;
      groupHeader: string;
      peopleHeader: string;
      stagesHeader: string;
      groups: GroupRow[];
      hiddenHelp: string;
      approach: {
        title: string;
        basedOn: string | null;
        leadershipLabel: string;
        leadership: string;
        stepsLabel: string;
        steps: string[];
        alsoAttendTo: string | null;
      };
      movement: { title: string; rows: MovementRow[]; none: string | null };
      ib: {
        newLabel: string;
        form: ScanFormProps | null;
        onNew(): void;
        notice: string | null;
        entriesHeading: string;
        /** Names stay off the screen until the IB asks (a shared screen shows the totals only). */
        names: { shown: boolean; loading: boolean; toggleLabel: string; onToggle(): void; hiddenNote: string; loadingLabel: string };
        entriesOf: string | null;
        entries: EntryRow[];
        /** The private space could not be read. */
        problem: string | null;
        headers: { who: string; group: string; stage: string; client: string };
      } | null;
    };

/** The IB's scans with their entries, read on request. */
export type NamesState =
  | { state: 'hidden' }
  | { state: 'loading' }
  | { state: 'shown'; scans: Versioned<Scan>[] }
  | { state: 'failed'; error: unknown };
