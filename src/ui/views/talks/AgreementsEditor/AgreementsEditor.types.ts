import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { Agreement, AgreementOwner } from '../../../../domain/talks/agreements';

export interface AgreementsEditorProps {
  talk: Versioned<ScheduledTalk>;
  agreements: readonly Versioned<Agreement>[];
  onCreated(agreement: Versioned<Agreement>): void;
  className?: string;
}

export interface AgreementLine {
  id: string;
  text: string;
  owner: string;
  dates: string;
  status: string;
}

export interface AgreementsEditorState {
  className: string | undefined;
  lines: AgreementLine[];
  listLabel: string;
  emptyText: string;
  textLabel: string;
  text: string;
  ownerLabel: string;
  owner: AgreementOwner;
  ownerOptions: { value: AgreementOwner; label: string }[];
  dueLabel: string;
  dueDate: string;
  followUpLabel: string;
  followUpHint: string;
  followUpDate: string;
  errors: ReadonlyMap<string, string>;
  otherErrors: string[];
  failedText: string | null;
  saving: boolean;
  addLabel: string;
  announcement: string;
  onText(value: string): void;
  onOwner(value: AgreementOwner): void;
  onDueDate(value: string): void;
  onFollowUpDate(value: string): void;
  onAdd(): void;
}
