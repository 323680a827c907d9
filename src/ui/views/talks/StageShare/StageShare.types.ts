import type { GlossaryKey } from '../../../../domain/talks/glossary';
import type { Talk } from '../../../../domain/talks/types';

export interface StageShareProps {
  talk: Talk;
  className?: string;
}

export type StageShareStatus = 'checking' | 'ready' | 'noPermission' | 'sharing' | 'shared' | 'failed';

export interface StageShareState {
  className: string | undefined;
  /** False where sharing cannot work (outside a meeting's side panel): render nothing. */
  available: boolean;
  status: StageShareStatus;
  hint: string;
  typedLeftOut: string | null;
  termsLabel: string;
  termsLabelId: string;
  terms: { key: GlossaryKey; label: string; checked: boolean }[];
  onToggleTerm(key: GlossaryKey, checked: boolean): void;
  shareLabel: string;
  onShare(): void;
  message: string | null;
}
