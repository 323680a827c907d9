import { mergeClasses } from '@fluentui/react-components';
import type { StackedBarsState } from './StackedBars.types';
import { STACKED_BAR_THICKNESS } from './useStackedBars';
import type { StackedBarsClasses } from './useStackedBarsStyles.styles';

/** One SVG image named by a sentence, its table elsewhere (`describedBy`); the legend is decoration. */
export function renderStackedBars(state: StackedBarsState, classes: StackedBarsClasses) {
  return (
    <div className={classes.root}>
      <svg
        role="img"
        aria-label={state.label}
        aria-describedby={state.describedBy}
        className={classes.chart}
        viewBox={`0 0 ${state.width} ${state.height}`}
        focusable="false"
      >
        {state.bars.map((bar) => (
          <g key={bar.key}>
            <text className={classes.barLabel} x={0} y={bar.labelY}>
              {bar.label}
            </text>
            {bar.rects.map((r) => (
              <rect key={r.key} className={classes[r.tone]} x={r.x} y={bar.barY} width={r.width} height={STACKED_BAR_THICKNESS} />
            ))}
          </g>
        ))}
      </svg>
      <ul className={classes.legend} aria-hidden="true">
        {state.legend.map((item) => (
          <li key={item.key}>
            <span className={mergeClasses(classes.swatch, classes[`swatch${item.tone}`])} />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
