import { Badge, Button, Spinner } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { GuestView } from '../../../shell/GuestView';
import { AgendaTimer } from '../AgendaTimer/AgendaTimer';
import { AgreementsEditor } from '../AgreementsEditor/AgreementsEditor';
import { FollowUpPlanner } from '../FollowUpPlanner/FollowUpPlanner';
import { GlossarySearch } from '../GlossarySearch/GlossarySearch';
import { NotesEditor } from '../NotesEditor/NotesEditor';
import { PanelSection } from '../PanelSection/PanelSection';
import { StageShare } from '../StageShare/StageShare';
import { SummaryReview } from '../SummaryReview/SummaryReview';
import { TalkPrompts } from '../TalkPrompts/TalkPrompts';
import type { TalkSessionState } from './TalkSession.types';
import type { TalkSessionClasses } from './useTalkSessionStyles.styles';

export function renderTalkSession(state: TalkSessionState, classes: TalkSessionClasses) {
  const actions = (
    <div className={classes.headerActions}>
      {state.onBack && <Button onClick={state.onBack}>{state.backLabel}</Button>}
      {state.onChangeTalk && (
        <Button size="small" appearance="subtle" onClick={state.onChangeTalk}>
          {state.changeLabel}
        </Button>
      )}
    </div>
  );
  switch (state.status) {
    case 'denied':
      return <GuestView />;
    case 'loading':
      return (
        <div className={classes.root} aria-busy="true">
          <Spinner size="small" label={state.label} />
        </div>
      );
    case 'missing':
      return (
        <div className={classes.root}>
          <p className={classes.text}>{state.text}</p>
          {actions}
        </div>
      );
    case 'failed':
      return (
        <div className={classes.root}>
          <FailedState error={state.error} onRetry={state.onRetry} />
          {actions}
        </div>
      );
    case 'ready':
      break;
  }
  const level = state.layout === 'page' ? 3 : 2;
  const Heading = state.layout === 'page' ? 'h2' : 'h1';
  const s = state.sections;
  return (
    <div className={classes.root}>
      <header className={classes.header}>
        <p className={classes.eyebrow}>{state.eyebrow}</p>
        <Heading id={state.headingId} className={classes.title}>
          {state.title}
        </Heading>
        <p className={classes.meta}>{state.when}</p>
        <div className={classes.meta}>
          {state.pupil} · <Badge appearance="tint" size="small">{state.statusLabel}</Badge>
        </div>
        {actions}
      </header>
      <div className={classes.columns}>
        <div className={classes.column}>
          <PanelSection title={s.agenda} defaultOpen headingLevel={level}>
            <AgendaTimer talkId={state.talk.value.talk.id} agenda={state.talk.value.talk.agenda} {...(state.now ? { now: state.now } : {})} />
          </PanelSection>
          {state.canShareToStage && (
            <PanelSection title={s.stage} headingLevel={level}>
              <StageShare talk={state.talk.value.talk} />
            </PanelSection>
          )}
          <PanelSection title={s.prompts} headingLevel={level}>
            <TalkPrompts />
          </PanelSection>
          <PanelSection title={s.glossary} headingLevel={level}>
            <GlossarySearch />
          </PanelSection>
        </div>
        <div className={classes.column}>
          <PanelSection title={s.notes} defaultOpen headingLevel={level}>
            <NotesEditor talk={state.talk} onSaved={state.onTalkChanged} />
          </PanelSection>
          <PanelSection title={s.agreements} defaultOpen headingLevel={level}>
            <AgreementsEditor talk={state.talk} agreements={state.agreements} onCreated={state.onAgreementCreated} />
          </PanelSection>
          <PanelSection title={s.followUp} headingLevel={level}>
            <FollowUpPlanner talk={state.talk} onPlanned={state.onFollowUpPlanned} />
          </PanelSection>
          <PanelSection title={s.summary} headingLevel={level}>
            <SummaryReview
              talk={state.talk}
              agreements={state.agreements}
              senderName={state.senderName}
              onChanged={state.onTalkChanged}
            />
          </PanelSection>
        </div>
      </div>
    </div>
  );
}
