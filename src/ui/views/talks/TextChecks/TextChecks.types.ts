export interface TextChecksProps {
  /** What the person is typing (or has typed), checked as they go. */
  text: string;
  /** Also point out school jargon parents may not know (for text that reaches the parents). */
  jargon?: boolean;
  className?: string;
}

export interface JargonLine {
  key: string;
  term: string;
  plain: string;
}

export interface TextChecksState {
  className: string | undefined;
  /** The privacy reminder, with the words that triggered it; null when nothing was found. */
  health: { text: string; terms: string } | null;
  jargon: { heading: string; body: string; lines: JargonLine[] } | null;
}
