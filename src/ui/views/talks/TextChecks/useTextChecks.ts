import { useDeferredValue, useMemo } from 'react';
import { jargonIn } from '../../../../domain/talks/glossary';
import { mentionsHealthOrDiagnosis } from '../../../../domain/talks/privacy';
import { useI18n } from '../../../i18n';
import type { TextChecksProps, TextChecksState } from './TextChecks.types';

export function useTextChecks({ text, jargon = false, className }: TextChecksProps): TextChecksState {
  const { messages } = useI18n();
  // Checked a moment behind the typing, so a long text never slows the keyboard down.
  const deferred = useDeferredValue(text);
  const health = useMemo(() => mentionsHealthOrDiagnosis(deferred), [deferred]);
  const keys = useMemo(() => (jargon ? jargonIn(deferred, messages.glossary) : []), [jargon, deferred, messages.glossary]);
  return {
    className,
    health: health ? { text: messages.talks.record.healthHint, terms: health.terms.join(', ') } : null,
    jargon: keys.length
      ? {
          heading: messages.talks.ui.jargon.heading,
          body: messages.talks.ui.jargon.body,
          lines: keys.map((key) => ({ key, term: messages.glossary[key].term, plain: messages.glossary[key].plain })),
        }
      : null,
  };
}
