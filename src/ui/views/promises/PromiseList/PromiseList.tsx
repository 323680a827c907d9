import type { PromiseListProps } from './PromiseList.types';
import { renderPromiseList } from './renderPromiseList';
import { usePromiseList } from './usePromiseList';
import { usePromiseListStyles } from './usePromiseListStyles.styles';

/** Promises as compact rows, windowed so thousands stay fast; Enter or a click opens one. */
export function PromiseList(props: PromiseListProps) {
  const state = usePromiseList(props);
  const classes = usePromiseListStyles(state);
  return renderPromiseList(state, classes);
}
