import { resolveText } from '../../../../domain/talks/messages';
import { useI18n } from '../../../i18n';
import { newId } from '../shared/ids';
import { move } from '../TalkForm/talkForm';
import type { QuestionsEditorProps, QuestionsEditorState } from './QuestionsEditor.types';

export function useQuestionsEditor({ rows, errors, touched, onChange, onReset }: QuestionsEditorProps): QuestionsEditorState {
  const { messages, format } = useI18n();
  const q = messages.talks.ui.questions;
  return {
    rows: rows.map((row, i) => ({
      key: row.key,
      label: format(q.item, { n: i + 1 }),
      text: resolveText(row.value, messages.talks.questions),
      error: errors.get(`preparationQuestions.${i}`),
      moveUpLabel: format(q.moveUp, { n: i + 1 }),
      moveDownLabel: format(q.moveDown, { n: i + 1 }),
      removeLabel: format(q.remove, { n: i + 1 }),
      first: i === 0,
      last: i === rows.length - 1,
    })),
    addLabel: q.add,
    resetLabel: q.reset,
    canReset: touched,
    onText: (index, text) => onChange(rows.map((row, i) => (i === index ? { ...row, value: { text } } : row))),
    onMove: (index, to) => onChange(move(rows, index, to)),
    onRemove: (index) => onChange(rows.filter((_, i) => i !== index)),
    onAdd: () => onChange([...rows, { key: newId(), value: { text: '' } }]),
    onReset,
  };
}
