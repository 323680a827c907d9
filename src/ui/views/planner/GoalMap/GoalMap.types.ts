import type { RefObject } from 'react';
import type { Goal } from '../../../../domain/goals';
import type { BenefitLevel, GoalMapNodeKind } from '../../../../domain/goalMap';

export interface GoalMapProps {
  /** The cycle's title, for the printed sheet and the file name. */
  cycleTitle: string;
  dream: string;
  /** The goals of the round being worked on, with their benefits and signs. */
  goals: readonly Goal[];
  className?: string;
}

/** A circle of the picture with its label wrapped to fit. */
export interface PictureNode {
  id: string;
  kind: GoalMapNodeKind;
  level?: BenefitLevel;
  cx: number;
  cy: number;
  r: number;
  lines: string[];
  lineHeight: number;
  /** The whole label (user text), as a tooltip: the circle may show it shortened. */
  title: string;
}

export interface PictureEdge {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LegendEntry {
  key: string;
  kind: GoalMapNodeKind;
  level?: BenefitLevel;
  label: string;
  x: number;
  y: number;
}

export interface GoalMapPicture {
  width: number;
  height: number;
  nodes: PictureNode[];
  edges: PictureEdge[];
  legend: LegendEntry[];
  /** The picture's name for screen readers, and the title of an exported file. */
  label: string;
}

export interface GoalMapListGoal {
  id: string;
  title: string;
  tags: string[];
  benefits: { level: BenefitLevel; label: string; lines: string[] }[];
  signs: string[];
}

export interface GoalMapList {
  label: string;
  dreamLabel: string;
  dream: string;
  goals: GoalMapListGoal[];
  benefitsHeading: string;
  signsHeading: string;
  noBenefits: string;
  noSigns: string;
}

export interface GoalMapState {
  className: string | undefined;
  headingId: string;
  heading: string;
  listId: string;
  /** Shown instead of the picture while there are no goals. */
  emptyText: string | null;
  picture: GoalMapPicture | null;
  list: GoalMapList;
  showList: boolean;
  showListLabel: string;
  onToggleList(): void;
  exportSvgLabel: string;
  exportPngLabel: string;
  printLabel: string;
  onExportSvg(): void;
  onExportPng(): void;
  onPrint(): void;
  busy: boolean;
  exportError: string | null;
  screenSvgRef: RefObject<SVGSVGElement>;
  /** The print sheet (light theme, the whole page), mounted while printing or exporting. */
  sheet: { open: boolean; title: string; caption: string; svgRef: RefObject<SVGSVGElement> };
}
