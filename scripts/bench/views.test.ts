import { viewsIn } from './views';

const SOURCE = `
export const DEFAULT_SECTION: SectionId = 'tijdspad';
export const SECTION_VIEWS: Partial<Record<SectionId, LazyExoticComponent<ComponentType>>> = {
  veranderplan: lazy(() => import(/* webpackChunkName: "planner" */ '../views/planner').then((m) => ({ default: m.PlannerView }))),
  tijdspad: lazyView(() => import(/* webpackChunkName: "timeline" */ '../views/timeline').then((m) => ({ default: m.TimelineView }))),
};

export const SIDE_PANEL_VIEW = lazy(() =>
  import(/* webpackChunkName: "sidePanel" */ '../views/talks').then((m) => ({ default: m.MeetingSidePanel })),
);
`;

describe('the built views', () => {
  it('are the entries of SECTION_VIEWS with their chunk names, not the side panel or stage', () => {
    expect(viewsIn(SOURCE)).toEqual([
      { section: 'veranderplan', chunk: 'planner' },
      { section: 'tijdspad', chunk: 'timeline' },
    ]);
  });

  it('finds none in a file without them', () => {
    expect(viewsIn('export const X = 1;')).toEqual([]);
  });
});
