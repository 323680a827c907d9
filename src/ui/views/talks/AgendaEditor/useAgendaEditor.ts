import { useCallback } from 'react';
import { agendaTimes } from '../../../../domain/talks/agenda';
import { resolveText } from '../../../../domain/talks/messages';
import { useI18n } from '../../../i18n';
import { newId } from '../shared/ids';
import { timeText } from '../shared/talkText';
import { move } from '../TalkForm/talkForm';
import type { AgendaEditorProps, AgendaEditorState } from './AgendaEditor.types';

export function useAgendaEditor(props: AgendaEditorProps): AgendaEditorState {
  const i18n = useI18n();
  const { messages, format } = i18n;
  const a = messages.talks.ui.agenda;
  const { rows, durationMinutes, start, errors, touched, onChange, onFit, onReset } = props;

  const minutes = rows.map((row) => {
    const n = Number(row.minutes.trim());
    return Number.isInteger(n) && n > 0 ? n : 0;
  });
  const total = minutes.reduce((s, n) => s + n, 0);
  const times = start
    ? agendaTimes(
        rows.map((row, i) => ({ title: row.title, minutes: minutes[i] ?? 0 })),
        start,
      ).map((slot) => format(a.times, { start: timeText(slot.start, i18n), end: timeText(slot.end, i18n) }))
    : rows.map(() => null);

  const onText = useCallback(
    // Editing a template text makes it the person's own words.
    (index: number, text: string) => onChange(rows.map((row, i) => (i === index ? { ...row, title: { text } } : row))),
    [rows, onChange],
  );
  const onMinutes = useCallback(
    (index: number, value: string) => onChange(rows.map((row, i) => (i === index ? { ...row, minutes: value } : row))),
    [rows, onChange],
  );

  return {
    rows: rows.map((row, i) => ({
      key: row.key,
      label: format(a.item, { n: i + 1 }),
      text: resolveText(row.title, messages.talks.agenda),
      minutes: row.minutes,
      times: times[i] ?? null,
      textError: errors.get(`agenda.${i}.title`),
      minutesError: errors.get(`agenda.${i}.minutes`),
      moveUpLabel: format(a.moveUp, { n: i + 1 }),
      moveDownLabel: format(a.moveDown, { n: i + 1 }),
      removeLabel: format(a.remove, { n: i + 1 }),
      first: i === 0,
      last: i === rows.length - 1,
    })),
    topicLabel: a.topic,
    minutesLabel: a.minutes,
    totalText:
      durationMinutes !== null && durationMinutes > 0
        ? format(a.total, { total, duration: durationMinutes })
        : format(a.total, { total, duration: '–' }),
    overText: durationMinutes !== null && durationMinutes > 0 && total > durationMinutes ? format(a.over, { total, duration: durationMinutes }) : null,
    error: errors.get('agenda'),
    addLabel: a.add,
    fitLabel: a.fit,
    resetLabel: a.reset,
    canReset: touched,
    onText,
    onMinutes,
    onMove: (index, to) => onChange(move(rows, index, to)),
    onRemove: (index) => onChange(rows.filter((_, i) => i !== index)),
    onAdd: () => onChange([...rows, { key: newId(), title: { text: '' }, minutes: '5' }]),
    onFit,
    onReset,
  };
}
