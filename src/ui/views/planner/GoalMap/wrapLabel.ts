/**
 * Fits a label inside a circle of the goal map: words wrapped over as many lines as the circle
 * holds, each line as wide as the circle is at its height, the rest cut off with "…". SVG text
 * does not wrap by itself: widths come from a canvas in the browser (the font as drawn), and
 * are estimated per character where there is no canvas (tests). Graphemes are never split, so
 * emoji and non-Latin text stay intact.
 */

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

export function graphemes(text: string): string[] {
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const NARROW = /^[iljtfrI.,:;'’!|()\s-]$/;
const BROAD = /^[mwMW@%]$|^\p{Lu}$/u;

/** Estimated width of a grapheme in em (Segoe UI-like proportions, rounded up). */
function emWidth(g: string): number {
  if (PICTOGRAPHIC.test(g)) return 1.15;
  if (WIDE.test(g)) return 1;
  if (NARROW.test(g)) return 0.32;
  if (BROAD.test(g)) return 0.72;
  return 0.55;
}

/** Width of a text in px at a font size. */
export type Measure = (text: string, fontSize: number) => number;

/** The estimate: on the wide side, so text that is measured this way stays inside its circle. */
export const measure: Measure = (text, fontSize) => graphemes(text).reduce((sum, g) => sum + emWidth(g) * fontSize, 0);

/**
 * Measures with a canvas in the given font (CSS font-family list and weight), as the browser
 * will draw the SVG text; falls back to the estimate where there is no 2D canvas.
 */
export function canvasMeasure(fontFamily: string, fontWeight: number | string = 400): Measure {
  let context: CanvasRenderingContext2D | null = null;
  // jsdom has canvases without a 2D context (and says so on the console): estimate there.
  const noCanvas = typeof document === 'undefined' || /jsdom/i.test(globalThis.navigator?.userAgent ?? '');
  try {
    context = noCanvas ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  if (!context) return measure;
  const ctx = context;
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
      // A little room for rounding and for a bolder fallback font.
      width = ctx.measureText(text).width * 1.04;
      cache.set(key, width);
    }
    return width;
  };
}

export interface WrappedLabel {
  lines: string[];
  lineHeight: number;
  /** True when the text did not fit and was cut off. */
  truncated: boolean;
}

const ELLIPSIS = '…';

/** The widths of n lines stacked in the middle of a circle of radius r. */
function lineWidths(n: number, r: number, lineHeight: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    const centre = (i - (n - 1) / 2) * lineHeight;
    const far = Math.abs(centre) + lineHeight / 2;
    return far >= r ? 0 : 2 * Math.sqrt(r * r - far * far);
  });
}

/**
 * Greedy wrapping over lines of the given widths. Without `breakWords`, a word that does not fit
 * an empty line stops the fill (the caller tries another number of lines instead).
 */
function fill(
  words: string[],
  widths: number[],
  fontSize: number,
  measure: Measure,
  breakWords: boolean,
): { lines: string[]; rest: string[]; stuck: boolean } {
  const queue = [...words];
  const lines: string[] = [];
  for (const width of widths) {
    let line = '';
    while (queue.length) {
      const word = queue[0] as string;
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, fontSize) <= width) {
        line = candidate;
        queue.shift();
      } else if (!line && !breakWords) {
        return { lines, rest: queue, stuck: true };
      } else if (!line) {
        // A word wider than the line: break it between graphemes, with a hyphen between letters.
        const parts = graphemes(word);
        let head = '';
        // At least three characters go on to the next line ("veranderin-gen", not "veranderinge-n").
        while (parts.length > 3 && measure(`${head}${parts[0]}-`, fontSize) <= width) head += parts.shift();
        if (!head) break;
        const between = /\p{L}$/u.test(head) && /^\p{L}/u.test(parts[0] ?? '');
        line = between ? `${head}-` : head;
        queue[0] = parts.join('');
        break;
      } else break;
    }
    lines.push(line);
  }
  return { lines: lines.filter((l, i) => l || i < lines.length - 1), rest: queue, stuck: false };
}

export function wrapInCircle(text: string, r: number, fontSize: number, padding = 8, measureText: Measure = measure): WrappedLabel {
  const lineHeight = Math.round(fontSize * 1.2 * 10) / 10;
  const inner = Math.max(0, r - padding);
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return { lines: [], lineHeight, truncated: false };
  const most = Math.max(1, Math.floor((2 * inner) / lineHeight) - 1);
  // Fewest lines that hold every word whole; else with words broken; else cut off.
  for (const breakWords of [false, true]) {
    for (let n = 1; n <= most; n++) {
      const widths = lineWidths(n, inner, lineHeight);
      const { lines, rest } = fill(words, widths, fontSize, measureText, breakWords);
      if (!rest.length) return { lines: lines.filter(Boolean), lineHeight, truncated: false };
    }
  }
  // Cut off: as many lines as hold whole words (a long word near the narrow top or bottom of the
  // circle asks for fewer lines), broken words only when no line count avoids them.
  let widths = lineWidths(most, inner, lineHeight);
  let lines = fill(words, widths, fontSize, measureText, true).lines;
  const shown = (l: string[]) => l.join('').length;
  for (let n = most; n >= 1; n--) {
    const w = lineWidths(n, inner, lineHeight);
    const whole = fill(words, w, fontSize, measureText, false);
    if (whole.stuck) continue;
    // Whole words read better, unless they leave the circle nearly empty.
    if (shown(whole.lines) >= 0.75 * shown(lines)) {
      widths = w;
      lines = whole.lines;
    }
    break;
  }
  const lastIndex = lines.length - 1;
  const width = widths[lastIndex] ?? 0;
  const last = graphemes(lines[lastIndex] ?? '');
  while (last.length && measureText(`${last.join('').trimEnd()}${ELLIPSIS}`, fontSize) > width) last.pop();
  lines[lastIndex] = `${last.join('').trimEnd()}${ELLIPSIS}`;
  return { lines: lines.filter(Boolean), lineHeight, truncated: true };
}
