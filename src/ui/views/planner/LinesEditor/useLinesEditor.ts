import { useCallback, useEffect, useId, useRef } from 'react';
import { useI18n } from '../../../i18n';
import type { LineRow, LinesEditorProps, LinesEditorState } from './LinesEditor.types';

/**
 * Lines as the team writes them, one input each. Rows keep a stable key while lines come and go,
 * so typing never jumps to another input; a new line gets the focus.
 */
export function useLinesEditor(props: LinesEditorProps): LinesEditorState {
  const { lines, onChange, errors, field, itemLabel, legend, readOnly = false, className } = props;
  const i18n = useI18n();
  const t = i18n.messages.planner.path;
  const id = useId();
  const keys = useRef<string[]>([]);
  const counter = useRef(0);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const focusKey = useRef<string | null>(null);

  while (keys.current.length < lines.length) keys.current.push(`${id}-${counter.current++}`);
  if (keys.current.length > lines.length) keys.current = keys.current.slice(0, lines.length);

  useEffect(() => {
    if (!focusKey.current) return;
    inputs.current.get(focusKey.current)?.focus();
    focusKey.current = null;
  });

  const onAdd = useCallback(() => {
    keys.current.push(`${id}-${counter.current++}`);
    focusKey.current = keys.current.at(-1) ?? null;
    onChange([...lines, '']);
  }, [id, lines, onChange]);

  const rows: LineRow[] = lines.map((value, index) => {
    const key = keys.current[index] as string;
    const number = i18n.number(index + 1);
    return {
      key,
      value,
      label: i18n.format(t.itemLabel, { item: itemLabel, number }),
      removeLabel: i18n.format(t.removeItem, { item: itemLabel, number }),
      error: errors?.get(`${field}.${index}`),
      inputRef: (element) => {
        if (element) inputs.current.set(key, element);
        else inputs.current.delete(key);
      },
      onChange: (next) => onChange(lines.map((line, i) => (i === index ? next : line))),
      onRemove: () => {
        keys.current.splice(index, 1);
        // Keep the keyboard in the list: the next line, else the one before, else nothing.
        focusKey.current = keys.current[index] ?? keys.current[index - 1] ?? null;
        onChange(lines.filter((_, i) => i !== index));
      },
    };
  });

  return {
    className,
    legendId: `${id}-legend`,
    legend,
    readOnly,
    rows,
    values: lines,
    emptyText: t.noLines,
    addLabel: t.addItem,
    onAdd,
  };
}
