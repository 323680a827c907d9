import type { StageContent } from '../../../../domain/talks/stage';

export interface StageViewProps {
  /** The page's query (`?view=stage&type=…`); only catalog keys in it are used. */
  search: string;
  className?: string;
}

export interface StageViewState {
  className: string | undefined;
  headingId: string;
  content: StageContent;
  heading: string;
  intro: string;
  purpose: string | null;
  agendaHeading: string;
  agenda: { key: string; title: string; minutes: string }[];
  total: string | null;
  glossaryHeading: string;
  terms: { key: string; term: string; plain: string }[];
}
