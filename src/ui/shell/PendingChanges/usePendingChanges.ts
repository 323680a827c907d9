import { useCallback, useSyncExternalStore } from 'react';
import type { PendingChanges, PendingChangesState as OutboxState } from '../../../data/graph/outbox';
import { useI18n } from '../../i18n';
import type { PendingChangesProps, PendingChangesState } from './PendingChanges.types';

const NOTHING: OutboxState = { pending: 0, replaying: false, failed: [] };
const subscribeToNothing = () => () => undefined;
const readNothing = () => NOTHING;

export function usePendingChanges({ source, className }: PendingChangesProps): PendingChangesState {
  const outbox: PendingChanges | undefined = source;
  const { messages, format } = useI18n();
  const t = messages.shell.pending;
  const subscribe = useCallback((onChange: () => void) => outbox?.subscribe(onChange) ?? (() => undefined), [outbox]);
  const read = useCallback(() => outbox?.state() ?? NOTHING, [outbox]);
  const state = useSyncExternalStore(outbox ? subscribe : subscribeToNothing, outbox ? read : readNothing);

  const onRetry = useCallback(() => void outbox?.retryNow(), [outbox]);
  const onDismiss = useCallback((id: string) => outbox?.dismiss(id), [outbox]);

  const pendingText = state.pending === 0 ? null : state.pending === 1 ? t.one : format(t.other, { count: state.pending });
  return {
    className,
    hidden: state.pending === 0 && state.failed.length === 0,
    pendingText,
    hint: t.hint,
    retryLabel: state.replaying ? t.retrying : t.retry,
    retrying: state.replaying,
    onRetry,
    failed: state.failed.map((f) => ({ id: f.id, text: f.reason === 'conflict' ? t.conflict : t.refused })),
    dismissLabel: t.dismiss,
    onDismiss,
  };
}
