import { Button, MessageBar, MessageBarBody, ToggleButton } from '@fluentui/react-components';
import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { GoalMapState } from './GoalMap.types';
import { GoalMapSheet } from './GoalMapSheet';
import { renderGoalMapList } from './renderGoalMapList';
import { renderGoalMapPicture } from './renderGoalMapPicture';
import type { GoalMapClasses } from './useGoalMapStyles.styles';

/** The picture shrinks to at most this scale; below it, it scrolls sideways and stays legible. */
const LEGIBLE_SCALE = 0.7;

export function renderGoalMap(state: GoalMapState, classes: GoalMapClasses, hidden: string) {
  const picture = state.picture;
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <div className={classes.header}>
        <h2 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h2>
        {picture && (
          <div className={classes.actions}>
            <ToggleButton size="small" checked={state.showList} onClick={state.onToggleList}>
              {state.showListLabel}
            </ToggleButton>
            <Button size="small" disabled={state.busy} onClick={state.onExportSvg}>
              {state.exportSvgLabel}
            </Button>
            <Button size="small" disabled={state.busy} onClick={state.onExportPng}>
              {state.exportPngLabel}
            </Button>
            <Button size="small" onClick={state.onPrint}>
              {state.printLabel}
            </Button>
          </div>
        )}
      </div>
      {state.exportError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.exportError}</MessageBarBody>
        </MessageBar>
      )}
      {picture ? (
        <>
          {!state.showList && (
            // Scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too.
            <div className={classes.scroller} role="group" aria-labelledby={state.headingId} tabIndex={0}>
              {renderGoalMapPicture(picture, classes, {
                ref: state.screenSvgRef,
                className: classes.svg,
                style: {
                  width: '100%',
                  maxWidth: `${picture.width}px`,
                  minWidth: `${Math.round(picture.width * LEGIBLE_SCALE)}px`,
                },
              })}
            </div>
          )}
          {renderGoalMapList(state.list, classes, {
            id: state.listId,
            className: state.showList ? classes.list : hidden,
          })}
        </>
      ) : (
        <p className={classes.empty}>{state.emptyText}</p>
      )}
      {state.sheet.open && <GoalMapSheet state={state} classes={classes} svgRef={state.sheet.svgRef} />}
    </section>
  );
}

export function useHiddenClass(): string {
  return useVisuallyHiddenStyles().root;
}
