import type { PromiseTabProps } from './PromiseTab.types';
import { renderPromiseTab } from './renderPromiseTab';
import { usePromiseTab } from './usePromiseTab';
import { usePromiseTabStyles } from './usePromiseTabStyles.styles';

/** One list view of the tracker (mine, my bouw, support requests, overdue), loaded on its own. */
export function PromiseTab(props: PromiseTabProps) {
  const state = usePromiseTab(props);
  const classes = usePromiseTabStyles(state);
  return renderPromiseTab(state, classes);
}
