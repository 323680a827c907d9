import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../i18n';
import type { PlacedRow, PromiseListProps, PromiseListState } from './PromiseList.types';
import { useWindowedRows } from './useWindowedRows';

/** Row height in rem: two lines of text and one line of details, with room around them. */
export const ROW_REM = 5.75;

export function usePromiseList({ rows, label, onOpen, className }: PromiseListProps): PromiseListState {
  const { messages } = useI18n();
  const count = rows.length;
  const windowed = useWindowedRows(count, ROW_REM);
  const [active, setActive] = useState(0);
  const wantsFocus = useRef(false);
  const hintId = `${useId()}-keys`;

  // A shorter list (another view, a filter) keeps the roving tab stop on a row that exists.
  useEffect(() => {
    if (active > 0 && active >= count) setActive(Math.max(0, count - 1));
  }, [active, count]);

  const focusRef = useCallback((element: HTMLButtonElement | null) => {
    if (!element || !wantsFocus.current) return;
    wantsFocus.current = false;
    element.focus();
    element.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const moveTo = useCallback(
    (index: number) => {
      if (!count) return;
      wantsFocus.current = true;
      setActive(Math.min(count - 1, Math.max(0, index)));
    },
    [count],
  );

  const pageSize = Math.max(1, windowed.end - windowed.start - 12);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLUListElement>) => {
      const moves: Record<string, number> = {
        ArrowDown: active + 1,
        ArrowUp: active - 1,
        Home: 0,
        End: count - 1,
        PageDown: active + pageSize,
        PageUp: active - pageSize,
      };
      const target = moves[event.key];
      if (target === undefined) return;
      event.preventDefault();
      moveTo(target);
    },
    [active, count, pageSize, moveTo],
  );

  const placed = useMemo(() => {
    const indexes: number[] = [];
    for (let i = windowed.start; i < windowed.end; i++) indexes.push(i);
    // The row with the tab stop stays rendered while scrolled away, so focus is never lost.
    const current = Math.min(active, count - 1);
    if (current >= 0 && (current < windowed.start || current >= windowed.end)) indexes.push(current);
    return indexes
      .map((index): PlacedRow | null => {
        const row = rows[index];
        if (!row) return null;
        const isActive = index === current;
        return { row, index, top: index * windowed.rowHeight, active: isActive, ref: isActive ? focusRef : undefined };
      })
      .filter((p): p is PlacedRow => p !== null);
  }, [rows, count, active, windowed.start, windowed.end, windowed.rowHeight, focusRef]);

  return {
    className,
    label,
    keysHint: messages.planner.commitment.listKeys,
    hintId,
    count,
    rowHeight: windowed.rowHeight,
    totalHeight: count * windowed.rowHeight,
    placed,
    containerRef: windowed.ref,
    onKeyDown,
    onOpen: (id, index) => {
      setActive(index);
      onOpen(id);
    },
    onFocusRow: (index) => {
      if (index !== active) setActive(index);
    },
  };
}
