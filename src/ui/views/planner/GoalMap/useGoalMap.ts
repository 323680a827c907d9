import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Goal } from '../../../../domain/goals';
import { type GoalMapLayout, layoutGoalMap } from '../../../../domain/goalMap';
import { useI18n } from '../../../i18n';
import { download, serializeSvg, svgToPng } from './exportPicture';
import type { GoalMapList, GoalMapPicture, GoalMapProps, GoalMapState, LegendEntry } from './GoalMap.types';
import { FONT_FAMILY, FONT_SIZE, LEGEND } from './picture';
import { canvasMeasure, type Measure, wrapInCircle } from './wrapLabel';

/** Where the list is shown first instead of the picture. */
const NARROW = '(max-width: 600px)';

/** The picture is never drawn narrower than this, so the legend fits beside a lone dream. */
const MIN_WIDTH = 520;

function legendRows(
  entries: Omit<LegendEntry, 'x' | 'y'>[],
  width: number,
  top: number,
  measureText: Measure,
): { entries: LegendEntry[]; height: number } {
  const placed: LegendEntry[] = [];
  let x = LEGEND.margin;
  let y = top + LEGEND.rowHeight / 2;
  for (const entry of entries) {
    const w = 2 * LEGEND.swatch + LEGEND.gap + measureText(entry.label, FONT_SIZE.legend) + LEGEND.spacing;
    if (x > LEGEND.margin && x + w > width - LEGEND.margin) {
      x = LEGEND.margin;
      y += LEGEND.rowHeight;
    }
    placed.push({ ...entry, x, y });
    x += w;
  }
  return { entries: placed, height: y - top + LEGEND.rowHeight / 2 + LEGEND.margin };
}

export interface Measures {
  /** Semibold text (dream, goals). */
  strong: Measure;
  regular: Measure;
}

function buildPicture(
  layout: GoalMapLayout,
  legend: Omit<LegendEntry, 'x' | 'y'>[],
  label: string,
  measures: Measures,
): GoalMapPicture {
  const width = Math.max(layout.width, MIN_WIDTH);
  const dx = (width - layout.width) / 2;
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const nodes = layout.nodes.map((n) => {
    const strong = n.kind === 'dream' || n.kind === 'goal';
    const wrapped = wrapInCircle(n.label, n.r, FONT_SIZE[n.kind], 8, strong ? measures.strong : measures.regular);
    return {
      id: n.id,
      kind: n.kind,
      ...(n.level ? { level: n.level } : {}),
      cx: n.x + dx,
      cy: n.y,
      r: n.r,
      lines: wrapped.lines,
      lineHeight: wrapped.lineHeight,
      title: n.label,
    };
  });
  const edges = layout.edges.flatMap((e) => {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    return from && to ? [{ key: `${e.from}>${e.to}`, x1: from.x + dx, y1: from.y, x2: to.x + dx, y2: to.y }] : [];
  });
  const rows = legendRows(legend, width, layout.height, measures.regular);
  return { width, height: Math.ceil(layout.height + rows.height), nodes, edges, legend: rows.entries, label };
}

/** A file name from the cycle's title: lower case, no accents, dashes. */
function slug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function useGoalMap({ cycleTitle, dream, goals, className }: GoalMapProps): GoalMapState {
  const i18n = useI18n();
  const m = i18n.messages.planner;
  const t = m.goalMap;
  const id = useId();
  // On a narrow screen (a phone, the 280 px meeting side panel) the list reads better than a
  // picture shrunk to fit; the picture is one click away.
  const [showList, setShowList] = useState(
    () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches,
  );
  const [sheetOpen, setSheetOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const screenSvgRef = useRef<SVGSVGElement>(null);
  // The picture is drawn in the theme's base font; labels are measured in it.
  const measures = useMemo<Measures>(
    () => ({ strong: canvasMeasure(FONT_FAMILY, 600), regular: canvasMeasure(FONT_FAMILY, 400) }),
    [],
  );
  const sheetSvgRef = useRef<SVGSVGElement>(null);
  const printing = useRef(false);

  const ordered = useMemo(() => [...goals].sort((a, b) => a.priority - b.priority), [goals]);
  const label =
    ordered.length === 1 ? t.imageLabelOne : i18n.format(t.imageLabel, { count: i18n.number(ordered.length) });

  const picture = useMemo(() => {
    if (!ordered.length) return null;
    const legend: Omit<LegendEntry, 'x' | 'y'>[] = [
      { key: 'dream', kind: 'dream', label: t.dream },
      { key: 'goal', kind: 'goal', label: t.goal },
      ...(['personal', 'team', 'school'] as const).map((level) => ({
        key: `benefit-${level}`,
        kind: 'benefit' as const,
        level,
        label: `${t.benefit}: ${m.benefitLevels[level].toLocaleLowerCase(i18n.locale)}`,
      })),
      { key: 'sign', kind: 'sign', label: t.sign },
    ];
    return buildPicture(layoutGoalMap(dream, ordered), legend, label, measures);
  }, [ordered, dream, label, t, m.benefitLevels, i18n.locale, measures]);

  const f = m.frameworks;
  const list: GoalMapList = {
    label: t.listLabel,
    dreamLabel: t.dream,
    dream,
    goals: ordered.map((g: Goal) => ({
      id: g.id,
      title: g.title,
      tags: [
        g.condition && f.conditions.items[g.condition].label,
        g.epsteinForm && f.epsteinForms.items[g.epsteinForm].label,
        g.level && f.involvementLevels.items[g.level].label,
        g.line && f.involvementLines.items[g.line].label,
      ].filter((x): x is string => Boolean(x)),
      benefits: (['personal', 'team', 'school'] as const)
        .filter((level) => g.benefits[level].length > 0)
        .map((level) => ({ level, label: m.benefitLevels[level], lines: g.benefits[level] })),
      signs: g.signsOfProgress,
    })),
    benefitsHeading: m.goal.benefits,
    signsHeading: m.goal.signs,
    noBenefits: t.noBenefits,
    noSigns: t.noSigns,
  };

  useEffect(() => {
    const done = () => {
      if (!printing.current) return;
      printing.current = false;
      setSheetOpen(false);
    };
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  /** The sheet's SVG is drawn in the light theme: that is what goes on paper and into files. */
  const sheetSvg = useCallback((): SVGSVGElement | null => {
    flushSync(() => setSheetOpen(true));
    return sheetSvgRef.current ?? screenSvgRef.current;
  }, []);
  const closeSheet = useCallback(() => {
    if (!printing.current) setSheetOpen(false);
  }, []);

  const baseName = [t.fileName, slug(cycleTitle)].filter(Boolean).join('-');

  const exportAs = async (kind: 'svg' | 'png') => {
    if (!picture) return;
    setExportError(null);
    setBusy(true);
    try {
      const svg = sheetSvg();
      if (!svg) throw new Error('no picture to export');
      const text = serializeSvg(svg, picture.label);
      closeSheet();
      const blob =
        kind === 'svg'
          ? new Blob([text], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(text, picture.width, picture.height);
      download(blob, `${baseName}.${kind}`);
    } catch {
      closeSheet();
      setExportError(t.exportFailed);
    } finally {
      setBusy(false);
    }
  };

  return {
    className,
    headingId: `${id}-heading`,
    heading: t.heading,
    listId: `${id}-list`,
    emptyText: picture ? null : t.empty,
    picture,
    list,
    showList,
    showListLabel: t.showList,
    onToggleList: () => setShowList((shown) => !shown),
    exportSvgLabel: t.exportSvg,
    exportPngLabel: t.exportPng,
    printLabel: t.print,
    onExportSvg: () => void exportAs('svg'),
    onExportPng: () => void exportAs('png'),
    onPrint: () => {
      printing.current = true;
      flushSync(() => setSheetOpen(true));
      window.print();
    },
    busy,
    exportError,
    screenSvgRef,
    sheet: { open: sheetOpen, title: cycleTitle, caption: t.heading, svgRef: sheetSvgRef },
  };
}
