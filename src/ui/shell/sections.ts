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
  'team',
  'dashboard',
];

export const DEFAULT_SECTION: SectionId = 'tijdspad';

/** Views that exist; the others show "coming soon". */
export const SECTION_VIEWS: Partial<Record<SectionId, LazyExoticComponent<ComponentType>>> = {
  veranderplan: lazy(() => import(/* webpackChunkName: "planner" */ '../views/planner').then((m) => ({ default: m.PlannerView }))),
  tijdspad: lazy(() => import(/* webpackChunkName: "timeline" */ '../views/timeline').then((m) => ({ default: m.TimelineView }))),
  gesprekken: lazy(() => import(/* webpackChunkName: "talks" */ '../views/talks').then((m) => ({ default: m.TalksView }))),
  beloftes: lazy(() => import(/* webpackChunkName: "promises" */ '../views/promises').then((m) => ({ default: m.PromisesView }))),
  team: lazy(() => import(/* webpackChunkName: "team" */ '../views/team').then((m) => ({ default: m.TeamView }))),
  dashboard: lazy(() => import(/* webpackChunkName: "dashboard" */ '../views/dashboard').then((m) => ({ default: m.DashboardView }))),
};

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** In a meeting's side panel (280 px) the app shows only the meeting's own view. */
export const SIDE_PANEL_VIEW = lazy(() =>
  import(/* webpackChunkName: "sidePanel" */ '../views/talks').then((m) => ({ default: m.MeetingSidePanel })),
);

/**
 * The meeting stage (frame context meetingStage, or `?view=stage`): static catalog texts only,
 * so it can be shown to everyone in the meeting without anyone signing in.
 */
export const STAGE_VIEW = lazy(() => import(/* webpackChunkName: "stage" */ '../views/stage').then((m) => ({ default: m.StageView })));
