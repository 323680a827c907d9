/**
 * A windowed list of fixed-height rows inside a scrolling page: only the rows on screen (plus a
 * few either side) are rendered, whatever the length of the list. The rows' height is given in
 * rem so it follows the person's font size; the window follows the page's scrolling (any
 * scrolling ancestor, caught in the capture phase) and the viewport's size.
 */
import { type RefCallback, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface RowWindow {
  /** First rendered index. */
  start: number;
  /** One past the last rendered index. */
  end: number;
}

export interface WindowedRows extends RowWindow {
  rowHeight: number;
  ref: RefCallback<HTMLElement>;
}

const FALLBACK_FONT_SIZE = 16;

function remInPx(element: HTMLElement | null): number {
  const root = element?.ownerDocument.documentElement;
  const view = element?.ownerDocument.defaultView;
  const size = root && view ? Number.parseFloat(view.getComputedStyle(root).fontSize) : Number.NaN;
  return Number.isFinite(size) && size > 0 ? size : FALLBACK_FONT_SIZE;
}

/** The rows that intersect the viewport, widened by `overscan` rows on both sides. */
export function visibleWindow(
  count: number,
  rowHeight: number,
  listTop: number,
  viewportHeight: number,
  overscan: number,
): RowWindow {
  if (count === 0) return { start: 0, end: 0 };
  const from = Math.max(0, -listTop);
  const to = Math.max(from, Math.min(count * rowHeight, viewportHeight - listTop));
  // Scrolled past the end: keep the last few rows, so the list is never empty.
  const start = Math.min(Math.max(0, Math.floor(from / rowHeight) - overscan), Math.max(0, count - overscan));
  const end = Math.min(count, Math.max(start + 1, Math.ceil(to / rowHeight) + overscan));
  return { start, end };
}

export function useWindowedRows(count: number, rowRem: number, overscan = 6): WindowedRows {
  const element = useRef<HTMLElement | null>(null);
  const [rowHeight, setRowHeight] = useState(rowRem * FALLBACK_FONT_SIZE);
  const [range, setRange] = useState<RowWindow>(() => ({ start: 0, end: Math.min(count, 20) }));
  const frame = useRef<number | null>(null);

  const measure = useCallback(() => {
    const el = element.current;
    if (!el) return;
    const height = rowRem * remInPx(el);
    setRowHeight((current) => (current === height ? current : height));
    const view = el.ownerDocument.defaultView;
    const next = visibleWindow(count, height, el.getBoundingClientRect().top, view?.innerHeight ?? 800, overscan);
    setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
  }, [count, rowRem, overscan]);

  const ref = useCallback<RefCallback<HTMLElement>>((el) => {
    element.current = el;
  }, []);

  useLayoutEffect(() => {
    measure();
  }, [measure]);

  useEffect(() => {
    const view = element.current?.ownerDocument.defaultView;
    if (!view) return undefined;
    const schedule = () => {
      if (frame.current !== null) return;
      frame.current = view.requestAnimationFrame(() => {
        frame.current = null;
        measure();
      });
    };
    view.addEventListener('scroll', schedule, { capture: true, passive: true });
    view.addEventListener('resize', schedule, { passive: true });
    return () => {
      view.removeEventListener('scroll', schedule, { capture: true });
      view.removeEventListener('resize', schedule);
      if (frame.current !== null) view.cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [measure]);

  return { ...range, rowHeight, ref };
}
