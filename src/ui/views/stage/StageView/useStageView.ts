import { useId, useMemo } from 'react';
import { agendaTotal } from '../../../../domain/talks/agenda';
import { GLOSSARY_KEYS } from '../../../../domain/talks/glossary';
import { stageContentOf } from '../../../../domain/talks/stage';
import { useI18n } from '../../../i18n';
import type { StageViewProps, StageViewState } from './StageView.types';

export function useStageView({ search, className }: StageViewProps): StageViewState {
  const { messages, format, number } = useI18n();
  const headingId = useId();
  const content = useMemo(() => stageContentOf(search), [search]);
  const t = messages.talks.ui.stage;
  const talks = messages.talks;
  // Opened on the stage without a share (Teams' own "share" of the app): the whole glossary.
  const keys = content.terms.length || content.agenda.length ? content.terms : GLOSSARY_KEYS;
  const total = agendaTotal(content.agenda);
  return {
    className,
    headingId,
    content,
    heading: content.type ? talks.types[content.type].name : t.heading,
    intro: t.intro,
    purpose: content.type ? talks.types[content.type].purpose : null,
    agendaHeading: t.agendaHeading,
    agenda: content.agenda.map((item, i) => ({
      key: `${i}-${item.key}`,
      title: talks.agenda[item.key],
      minutes: format(t.minutes, { minutes: number(item.minutes) }),
    })),
    total: content.agenda.length ? format(t.total, { total: number(total) }) : null,
    glossaryHeading: t.glossaryHeading,
    terms: keys.map((key) => ({ key, term: messages.glossary[key].term, plain: messages.glossary[key].plain })),
  };
}
