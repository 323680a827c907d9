import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { TextChecksState } from './TextChecks.types';
import type { TextChecksClasses } from './useTextChecksStyles.styles';

/** Hints, never blocks: the teacher decides. Polite, so a screen reader hears them once. */
export function renderTextChecks(state: TextChecksState, classes: TextChecksClasses) {
  if (!state.health && !state.jargon) return <div className={classes.root} aria-live="polite" />;
  return (
    <div className={classes.root} aria-live="polite">
      {state.health && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {state.health.text}
            <span className={classes.terms}>{state.health.terms}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.jargon && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.jargon.heading}</MessageBarTitle>
            {state.jargon.body}
            <ul className={classes.list}>
              {state.jargon.lines.map((line) => (
                <li key={line.key}>
                  <span className={classes.term}>{line.term}</span>: {line.plain}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
