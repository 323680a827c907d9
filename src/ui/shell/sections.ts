/**
 * The app's sections, in the order of the navigation. Each built view loads lazily so the first
 * paint only carries the shell and the view that is open.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Messages } from '../i18n';

export type SectionId = keyof Omit<Messages['shell']['nav'], 'label'>;

export const SECTION_IDS: readonly SectionId[] = [
  'veranderplan',
  'tijdspad',
  'beloftes',
  'gesprekken',
  'intervisie',
  'dashboard',
];

export const DEFAULT_SECTION: SectionId = 'tijdspad';

/** Views that exist; the others show "coming soon". */
export const SECTION_VIEWS: Partial<Record<SectionId, LazyExoticComponent<ComponentType>>> = {
  tijdspad: lazy(() => import(/* webpackChunkName: "timeline" */ '../views/timeline').then((m) => ({ default: m.TimelineView }))),
};

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}
