import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { GLOSSARY_KEYS, type GlossaryKey } from '../../../../domain/talks/glossary';
import { stageContentForTalk, stageQuery, suggestedStageTerms } from '../../../../domain/talks/stage';
import { useHost } from '../../../app/HostContext';
import { useI18n } from '../../../i18n';
import { resolveText } from '../../../../domain/talks/messages';
import type { StageShareProps, StageShareState, StageShareStatus } from './StageShare.types';

/** Always offered, so the words parents meet most can be explained even when no text uses them. */
const COMMON_TERMS: readonly GlossaryKey[] = ['opp', 'tlv', 'ib', 'groepsplan', 'zorgteam'];

/** The stage page's URL beside the tab's own (same origin, which the manifest's validDomains lists). */
export function stageUrl(query: string, base: string): string {
  return new URL(`index.html?${query}`, base).toString();
}

export function useStageShare({ talk, className }: StageShareProps): StageShareState {
  const host = useHost();
  const { messages } = useI18n();
  const t = messages.talks.ui.stage;
  const stage = host.meetingStage;
  // teams-js allows sharing from the side panel (and the stage itself, which has nothing to share).
  const available = Boolean(stage) && host.context.frameContext === 'sidePanel';

  const suggested = useMemo(() => {
    const texts = [
      ...talk.agenda.map((item) => resolveText(item.title, messages.talks.agenda)),
      ...talk.preparationQuestions.map((q) => resolveText(q, messages.talks.questions)),
      messages.talks.types[talk.type].purpose,
    ];
    return suggestedStageTerms(texts, messages.glossary);
  }, [talk, messages]);
  const [chosen, setChosen] = useState<ReadonlySet<GlossaryKey>>(() => new Set(suggested));
  const [status, setStatus] = useState<StageShareStatus>('checking');
  const termsLabelId = useId();

  useEffect(() => {
    if (!available || !stage) return undefined;
    let live = true;
    stage.canShare().then(
      (can) => live && setStatus(can ? 'ready' : 'noPermission'),
      () => live && setStatus('noPermission'),
    );
    return () => {
      live = false;
    };
  }, [available, stage]);

  const onToggleTerm = useCallback((key: GlossaryKey, checked: boolean) => {
    setChosen((current) => {
      const next = new Set(current);
      if (checked) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const onShare = useCallback(() => {
    if (!stage) return;
    const terms = GLOSSARY_KEYS.filter((key) => chosen.has(key));
    setStatus('sharing');
    stage.share(stageUrl(stageQuery(stageContentForTalk(talk, terms)), window.location.href)).then(
      () => setStatus('shared'),
      () => setStatus('failed'),
    );
  }, [stage, chosen, talk]);

  const options = GLOSSARY_KEYS.filter((key) => suggested.includes(key) || COMMON_TERMS.includes(key));
  const message = status === 'shared' ? t.shared : status === 'failed' ? t.failed : status === 'noPermission' ? t.noPermission : null;
  return {
    className,
    available,
    status,
    hint: t.hint,
    typedLeftOut: talk.agenda.some((item) => !('key' in item.title)) ? t.typedLeftOut : null,
    termsLabel: t.termsLabel,
    termsLabelId,
    terms: options.map((key) => ({ key, label: messages.glossary[key].term.replace(/\s*\(.*\)$/, ''), checked: chosen.has(key) })),
    onToggleTerm,
    shareLabel: status === 'sharing' ? t.sharing : t.share,
    onShare,
    message,
  };
}
