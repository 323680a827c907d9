import { Button, Field, Link, MessageBar, MessageBarBody, Spinner, Textarea } from '@fluentui/react-components';
import { ConfirmDialog } from '../../../forms/ConfirmDialog';
import { FailedState } from '../../../shell/FailedState';
import type { DigestNotice, DigestPanelReady, DigestPanelState } from './DigestPanel.types';
import type { DigestPanelClasses } from './useDigestPanelStyles.styles';

const INTENT: Record<DigestNotice['kind'], 'success' | 'warning' | 'error'> = {
  copied: 'success',
  posted: 'success',
  copyFailed: 'warning',
  postFailed: 'error',
};

export function renderDigestPanel(state: DigestPanelState, classes: DigestPanelClasses) {
  return (
    <section className={classes.root} aria-labelledby={state.headingId} aria-busy={state.status === 'loading' || undefined}>
      <h2 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h2>
      <p className={classes.intro}>{state.intro}</p>
      {state.status === 'loading' && <Spinner className={classes.status} label={state.loadingLabel} />}
      {state.status === 'failed' && <FailedState error={state.error} onRetry={state.onRetry} />}
      {state.status === 'ready' && renderReady(state, classes)}
    </section>
  );
}

function renderReady(state: DigestPanelReady, classes: DigestPanelClasses) {
  const notice = state.notice;
  return (
    <>
      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.onCopy}>
          {state.copyLabel}
        </Button>
        <Button onClick={state.onAskPost} disabledFocusable={state.posting}>
          {state.postLabel}
        </Button>
      </div>
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={INTENT[notice.kind]} layout="multiline">
            <MessageBarBody>
              {notice.text}
              {notice.link && (
                <>
                  {' '}
                  <Link href={notice.link.href} target="_blank" rel="noreferrer">
                    {notice.link.label}
                  </Link>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Field label={state.previewLabel} className={classes.preview}>
        <Textarea
          ref={state.textareaRef}
          textarea={{ className: classes.textarea }}
          readOnly
          resize="vertical"
          value={state.text}
        />
      </Field>
      <ConfirmDialog
        open={state.confirm.open}
        heading={state.confirm.title}
        body={state.confirm.body}
        confirmLabel={state.confirm.confirmLabel}
        cancelLabel={state.confirm.cancelLabel}
        onConfirm={state.confirm.onConfirm}
        onCancel={state.confirm.onCancel}
      />
    </>
  );
}
