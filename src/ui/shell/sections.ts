/**
 * Which view each section shows. Each built view loads lazily so the first paint only carries
 * the shell and the view that is open. Only the app chunk imports this module, so each view's
 * chunk is a child of it and carries nothing the app chunk has (docs/performance.md, cold load).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { AreaName } from '../../data';
import { withAreas } from '../data/withAreas';
import { withViewMessages } from '../i18n';
import type { SectionId } from './sectionIds';

/** A lazy view whose chunk can start downloading before the shell renders it. */
export type SectionView = LazyExoticComponent<ComponentType> & { preload(): Promise<unknown> };

function lazyView(loadView: () => Promise<{ default: ComponentType }>, areas: readonly AreaName[]): SectionView {
  // webpack hands the same module to the second import(), so preloading never loads twice.
  const load = withAreas(areas, withViewMessages(loadView));
  return Object.assign(lazy(load), { preload: load });
}

/** Every section's view. */
export const SECTION_VIEWS: Record<SectionId, SectionView> = {
  veranderplan: lazyView(() => import(/* webpackChunkName: "planner" */ '../views/planner').then((m) => ({ default: m.PlannerView })), ['planner']),
  tijdspad: lazyView(() => import(/* webpackChunkName: "timeline" */ '../views/timeline').then((m) => ({ default: m.TimelineView })), []),
  gesprekken: lazyView(() => import(/* webpackChunkName: "talks" */ '../views/talks').then((m) => ({ default: m.TalksView })), ['talks']),
  beloftes: lazyView(() => import(/* webpackChunkName: "promises" */ '../views/promises').then((m) => ({ default: m.PromisesView })), ['commitments', 'digest', 'talks']),
  team: lazyView(() => import(/* webpackChunkName: "team" */ '../views/team').then((m) => ({ default: m.TeamView })), ['teamScan']),
  intervisie: lazyView(() => import(/* webpackChunkName: "intervisie" */ '../views/intervisie').then((m) => ({ default: m.IntervisieView })), ['intervisie']),
  dashboard: lazyView(() => import(/* webpackChunkName: "dashboard" */ '../views/dashboard').then((m) => ({ default: m.DashboardView })), ['dashboard']),
  instellingen: lazyView(() => import(/* webpackChunkName: "settings" */ '../views/settings').then((m) => ({ default: m.SettingsView })), ['staffRoles']),
};

/**
 * Starts downloading a section's view (SignedInApp, once the session's first requests are out), so it arrives while the person is
 * still being signed in; a failed download is tried again when the view renders.
 */
export function preloadSection(id: SectionId): void {
  SECTION_VIEWS[id].preload().catch(() => undefined);
}

/**
 * In a meeting's side panel (280 px) the app shows only the meeting's own view: first what the
 * meeting is about (a parent talk, intervisie, …: views/meeting/modes.ts), then that panel.
 */
export const SIDE_PANEL_VIEW = lazy(
  withViewMessages(() => import(/* webpackChunkName: "meetingPanel" */ '../views/meeting').then((m) => ({ default: m.MeetingPanel }))),
);
