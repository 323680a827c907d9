import type { RefCallback } from 'react';
import type { TrackerContext } from '../shared/tracker';

export interface DigestPanelProps {
  context: TrackerContext;
  className?: string;
}

interface DigestPanelCommon {
  className: string | undefined;
  heading: string;
  headingId: string;
  intro: string;
}

export interface DigestPanelLoading extends DigestPanelCommon {
  status: 'loading';
  loadingLabel: string;
}

export interface DigestPanelFailed extends DigestPanelCommon {
  status: 'failed';
  error: unknown;
  onRetry(): void;
}

export type DigestNotice =
  | { kind: 'copied' | 'copyFailed' | 'posted' | 'postFailed'; text: string; link?: { href: string; label: string } };

export interface DigestPanelReady extends DigestPanelCommon {
  status: 'ready';
  previewLabel: string;
  /** The plain text version: what is copied, and what a person can select by hand. */
  text: string;
  textareaRef: RefCallback<HTMLTextAreaElement>;
  copyLabel: string;
  onCopy(): void;
  postLabel: string;
  posting: boolean;
  onAskPost(): void;
  notice: DigestNotice | null;
  confirm: {
    open: boolean;
    title: string;
    body: string;
    confirmLabel: string;
    cancelLabel: string;
    onConfirm(): void;
    onCancel(): void;
  };
}

export type DigestPanelState = DigestPanelLoading | DigestPanelFailed | DigestPanelReady;
