import type { PanelSectionState } from './PanelSection.types';
import type { PanelSectionClasses } from './usePanelSectionStyles.styles';

/**
 * A disclosure (heading with a toggle button). Closed content stays mounted but hidden, so a
 * half-typed note or a running clock survives closing the section.
 */
export function renderPanelSection(state: PanelSectionState, classes: PanelSectionClasses) {
  const Heading = state.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className={classes.root} aria-labelledby={state.buttonId}>
      <Heading className={classes.heading}>
        <button
          type="button"
          id={state.buttonId}
          className={classes.button}
          aria-expanded={state.open}
          aria-controls={state.regionId}
          onClick={state.onToggle}
        >
          <span>{state.title}</span>
          <span className={classes.chevron} aria-hidden="true">
            ›
          </span>
        </button>
      </Heading>
      <div id={state.regionId} className={classes.region} hidden={!state.open}>
        {state.children}
      </div>
    </section>
  );
}
