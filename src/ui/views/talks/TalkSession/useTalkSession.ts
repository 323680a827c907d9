import { useCallback, useId, useState } from 'react';
import type { ScheduledTalk, TalkRecordSnapshot, Versioned } from '../../../../data/api';
import { NotFoundError } from '../../../../data/errors';
import { useHost } from '../../../app/HostContext';
import type { Agreement } from '../../../../domain/talks/agreements';
import type { StaffMember } from '../../../../domain/people';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import { isAccessDenied } from '../shared/errors';
import { pupilText, talkTitle, talkWhen } from '../shared/talkText';
import type { TalkSessionProps, TalkSessionState } from './TalkSession.types';

interface Loaded {
  snapshot: TalkRecordSnapshot;
  me: StaffMember | null;
}

interface Live {
  from: Loaded;
  talk: Versioned<ScheduledTalk>;
  agreements: Versioned<Agreement>[];
}

export function useTalkSession({ talkId, layout = 'panel', onChangeTalk, onBack, now, className }: TalkSessionProps): TalkSessionState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages } = i18n;
  const ui = messages.talks.ui;
  const headingId = useId();
  const host = useHost();

  const load = useCallback(async (): Promise<Loaded> => {
    const [snapshot, me] = await Promise.all([
      api.talks.record(talkId),
      // Only the sender's name hangs on this; the talk is shown without it.
      api.me().catch((error: unknown) => {
        if (isAccessDenied(error)) throw error;
        return null;
      }),
    ]);
    return { snapshot, me };
  }, [api, talkId]);
  const resource = useResource(load);

  // What the person changed here is kept over the loaded record until it is read again.
  const [live, setLive] = useState<Live | null>(null);
  const loaded = resource.state === 'ready' ? resource.data : null;
  if (loaded && live?.from !== loaded) {
    setLive({ from: loaded, talk: loaded.snapshot.talk, agreements: loaded.snapshot.agreements });
  }

  const onTalkChanged = useCallback(
    (talk: Versioned<ScheduledTalk>) => setLive((l) => (l ? { ...l, talk } : l)),
    [],
  );
  const onAgreementCreated = useCallback(
    (agreement: Versioned<Agreement>) =>
      setLive((l) => (l ? { ...l, agreements: [...l.agreements.filter((a) => a.value.id !== agreement.value.id), agreement] } : l)),
    [],
  );
  // Planning the follow-up links it on this talk and dates its open agreements: read them again.
  const onFollowUpPlanned = useCallback(() => {
    void api.talks.record(talkId).then(
      (snapshot) => setLive((l) => (l ? { ...l, talk: snapshot.talk, agreements: snapshot.agreements } : l)),
      () => undefined,
    );
  }, [api, talkId]);

  const common = {
    className,
    layout,
    changeLabel: ui.panel.change,
    onChangeTalk,
    backLabel: ui.view.back,
    onBack,
    now,
  };

  if (resource.state === 'failed') {
    if (isAccessDenied(resource.error)) return { ...common, status: 'denied' };
    if (resource.error instanceof NotFoundError) return { ...common, status: 'missing', text: ui.panel.missing };
    return { ...common, status: 'failed', error: resource.error, onRetry: resource.reload };
  }
  if (!loaded || !live) return { ...common, status: 'loading', label: ui.panel.loading };

  const talk = live.talk.value.talk;
  return {
    ...common,
    status: 'ready',
    headingId,
    eyebrow: ui.panel.heading,
    title: talkTitle(talk, i18n),
    when: talkWhen(talk, i18n),
    pupil: pupilText(talk.pupil, i18n),
    statusLabel: ui.status[talk.status],
    talk: live.talk,
    agreements: live.agreements,
    senderName: loaded.me?.displayName ?? talk.staff.find((s) => s.email.toLowerCase() === live.talk.value.organizerUpn)?.name ?? '',
    sections: ui.panel.sections,
    canShareToStage: layout === 'panel' && Boolean(host.meetingStage) && host.context.frameContext === 'sidePanel',
    onTalkChanged,
    onAgreementCreated,
    onFollowUpPlanned,
  };
}
