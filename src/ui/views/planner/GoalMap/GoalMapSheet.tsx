/**
 * The print sheet: the goal map on a page of its own, in the light theme whatever the app's
 * theme is, mounted on <body> so printing can hide the app around it (see the print styles).
 * Exports read their picture from here too, so files always carry the light colours.
 */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { type ReactNode, type RefObject, useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { GoalMapState } from './GoalMap.types';
import { renderGoalMapList } from './renderGoalMapList';
import { renderGoalMapPicture } from './renderGoalMapPicture';
import { goalMapClassNames, type GoalMapClasses } from './useGoalMapStyles.styles';

export interface GoalMapSheetProps {
  state: GoalMapState;
  classes: GoalMapClasses;
  svgRef: RefObject<SVGSVGElement>;
}

export function GoalMapSheet({ state, classes, svgRef }: GoalMapSheetProps) {
  const [mount] = useState(() => {
    const element = document.createElement('div');
    element.className = goalMapClassNames.sheet;
    element.setAttribute('aria-hidden', 'true');
    return element;
  });
  useLayoutEffect(() => {
    document.body.append(mount);
    return () => mount.remove();
  }, [mount]);

  const picture = state.picture;
  let content: ReactNode = null;
  if (picture) {
    content = (
      <FluentProvider theme={teamsLightTheme} className={classes.sheet}>
        <p className={classes.sheetCaption}>{state.sheet.caption}</p>
        <h1 className={classes.sheetTitle}>{state.sheet.title}</h1>
        {renderGoalMapPicture(picture, classes, { ref: svgRef, className: classes.sheetPicture })}
        {renderGoalMapList(state.list, classes, { className: `${classes.list} ${classes.sheetList}` })}
      </FluentProvider>
    );
  }
  return createPortal(content, mount);
}
