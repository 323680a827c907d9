import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { StaffRoles } from '../StaffRoles/StaffRoles';
import type { SettingsViewState } from './SettingsView.types';
import type { SettingsViewClasses } from './useSettingsViewStyles.styles';

export function renderSettingsView(state: SettingsViewState, classes: SettingsViewClasses) {
  if (state.status === 'loading') return <Spinner label={state.label} />;
  if (state.status === 'failed') return <FailedState error={state.error} onRetry={state.onRetry} />;
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <h1 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h1>
      {state.canManage ? (
        <>
          <p className={classes.intro}>{state.intro}</p>
          <StaffRoles meUpn={state.me?.upn} />
        </>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.notAllowed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
