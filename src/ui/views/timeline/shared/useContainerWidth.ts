/**
 * The width of an element in CSS pixels, kept up to date with a ResizeObserver, so an SVG can
 * be drawn at its real size (text stays legible from a 320 px side panel to a wide tab).
 * Where there is no ResizeObserver and no layout (jsdom), the fallback width is used.
 */
import { type RefCallback, useCallback, useEffect, useRef, useState } from 'react';

export function useContainerWidth<T extends HTMLElement>(fallback: number): [RefCallback<T>, number] {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver | null>(null);

  const ref = useCallback<RefCallback<T>>((element) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    const update = (measured: number) => {
      const rounded = Math.round(measured);
      if (rounded > 0) setWidth((current) => (current === rounded ? current : rounded));
    };
    update(element.clientWidth);
    const Observer = element.ownerDocument.defaultView?.ResizeObserver;
    if (!Observer) return;
    observer.current = new Observer((entries) => {
      const entry = entries[0];
      if (entry) update(entry.contentRect.width);
    });
    observer.current.observe(element);
  }, []);

  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, width];
}
