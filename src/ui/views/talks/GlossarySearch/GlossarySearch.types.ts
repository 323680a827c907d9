export interface GlossarySearchProps {
  className?: string;
}

export interface GlossaryHit {
  key: string;
  term: string;
  plain: string;
}

export interface GlossarySearchState {
  className: string | undefined;
  inputId: string;
  label: string;
  hint: string;
  query: string;
  examplesLabel: string;
  examples: { key: string; label: string }[];
  hits: GlossaryHit[];
  /** "2 gevonden" or "Geen uitleg gevonden…"; empty while nothing is typed. */
  resultText: string;
  onQuery(value: string): void;
  onExample(label: string): void;
}
