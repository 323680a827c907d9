import { Badge, mergeClasses } from '@fluentui/react-components';
import { STATUS_BADGE } from '../shared/statusBadge';
import type { PlacedRow, PromiseListState } from './PromiseList.types';
import type { PromiseListClasses } from './usePromiseListStyles.styles';

/**
 * A windowed list: the <ul> has the full height of all rows, the rendered rows sit at their
 * place. Each row is one button (its text is its name); only the active one is in the tab order
 * and the arrow keys move between rows. Position and size are announced per item.
 */
export function renderPromiseList(state: PromiseListState, classes: PromiseListClasses) {
  return (
    <>
      <p id={state.hintId} hidden>
        {state.keysHint}
      </p>
      <ul
        ref={state.containerRef}
        className={classes.root}
        aria-label={state.label}
        aria-describedby={state.hintId}
        style={{ height: state.totalHeight }}
        onKeyDown={state.onKeyDown}
      >
        {state.placed.map((placed) => renderRow(placed, state, classes))}
      </ul>
    </>
  );
}

function renderRow({ row, index, top, active, ref }: PlacedRow, state: PromiseListState, classes: PromiseListClasses) {
  const tone = row.overdueLabel ? classes.overdue : row.status === 'open' ? undefined : classes[row.status];
  return (
    <li
      key={row.id}
      className={classes.item}
      style={{ top, height: state.rowHeight }}
      aria-setsize={state.count}
      aria-posinset={index + 1}
    >
      <button
        type="button"
        ref={ref}
        className={mergeClasses(classes.row, tone)}
        tabIndex={active ? 0 : -1}
        onClick={() => state.onOpen(row.id, index)}
        onFocus={() => state.onFocusRow(index)}
      >
        <span className={classes.text}>{row.text}</span>
        <span className={classes.meta}>
          <span className={classes.badges}>
            <Badge size="small" appearance="tint" color={STATUS_BADGE[row.status]}>
              {row.statusLabel}
            </Badge>
            {row.overdueLabel && (
              <Badge size="small" appearance="tint" color="danger">
                {row.overdueLabel}
              </Badge>
            )}
            {row.supportLabel && (
              <Badge size="small" appearance="tint" color="important">
                {row.supportLabel}
              </Badge>
            )}
          </span>
          <span className={classes.who}>
            {row.owner} · {row.due}
          </span>
        </span>
      </button>
    </li>
  );
}
