import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import type { Commitment } from '../../../../domain/commitments';
import { buildDigest, renderDigestHtml, renderDigestText } from '../../../../domain/digest';
import { BOUWEN } from '../../../../domain/people';
import { fillTemplate } from '../../../../domain/text';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { DigestNotice, DigestPanelProps, DigestPanelState } from './DigestPanel.types';

export function useDigestPanel({ context, className }: DigestPanelProps): DigestPanelState {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages } = i18n;
  const a = messages.planner.digestActions;
  const { cycle, today } = context;
  const headingId = `${useId()}-digest`;

  // Every bouw's promises (one batched load each, side by side); the digest keeps the open ones.
  const load = useCallback(async (): Promise<Commitment[]> => {
    const answers = await Promise.all(BOUWEN.map((bouw) => api.commitments.load(cycle.id, { kind: 'group', bouw })));
    const unique = new Map<string, Versioned<Commitment>>();
    for (const answer of answers) for (const c of answer.commitments) unique.set(c.value.id, c);
    return [...unique.values()].map((c) => c.value);
  }, [api, cycle.id]);
  const resource = useResource(load);

  const rendered = useMemo(() => {
    if (resource.state !== 'ready') return null;
    // Names as stored with each promise; the staff list is not needed to read the digest.
    const digest = buildDigest(resource.data, [], today);
    const date = (d: string) => i18n.date(d, 'long');
    return {
      text: renderDigestText(digest, messages.planner.digest, date),
      html: renderDigestHtml(digest, messages.planner.digest, date),
      subject: fillTemplate(messages.planner.digest.title, { date: date(today) }),
    };
  }, [resource, today, i18n, messages.planner.digest]);

  const [notice, setNotice] = useState<DigestNotice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [posting, setPosting] = useState(false);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const textareaRef = useCallback((el: HTMLTextAreaElement | null) => {
    textarea.current = el;
  }, []);

  const selectText = () => {
    const el = textarea.current;
    if (!el) return;
    el.focus();
    el.select();
  };

  const copy = useCallback(async () => {
    if (!rendered) return;
    try {
      const clipboard = globalThis.navigator?.clipboard;
      if (!clipboard?.writeText) throw new Error('no clipboard');
      await clipboard.writeText(rendered.text);
      setNotice({ kind: 'copied', text: a.copied });
    } catch {
      // The browser (or the Teams frame) refused: the text is right there to select by hand.
      setNotice({ kind: 'copyFailed', text: a.copyFailed });
      selectText();
    }
  }, [rendered, a.copied, a.copyFailed]);

  const post = useCallback(async () => {
    if (!rendered || posting) return;
    setConfirming(false);
    setPosting(true);
    try {
      const message = await api.digest.postToChannel(rendered.html, rendered.subject);
      setNotice({
        kind: 'posted',
        text: a.posted,
        ...(message.webUrl ? { link: { href: message.webUrl, label: a.openPost } } : {}),
      });
    } catch {
      setNotice({ kind: 'postFailed', text: a.postFailed });
    } finally {
      setPosting(false);
    }
  }, [rendered, posting, api, a.posted, a.openPost, a.postFailed]);

  const common = { className, heading: messages.planner.views.digest, headingId, intro: a.intro };
  if (resource.state === 'loading') return { ...common, status: 'loading', loadingLabel: a.loading };
  if (resource.state === 'failed') return { ...common, status: 'failed', error: resource.error, onRetry: resource.reload };

  return {
    ...common,
    status: 'ready',
    previewLabel: a.preview,
    text: rendered?.text ?? '',
    textareaRef,
    copyLabel: a.copy,
    onCopy: () => void copy(),
    postLabel: a.post,
    posting,
    onAskPost: () => {
      setNotice(null);
      setConfirming(true);
    },
    notice,
    confirm: {
      open: confirming,
      title: a.confirmTitle,
      body: a.confirmBody,
      confirmLabel: a.confirm,
      cancelLabel: messages.shell.saving.cancel,
      onConfirm: () => void post(),
      onCancel: () => setConfirming(false),
    },
  };
}
