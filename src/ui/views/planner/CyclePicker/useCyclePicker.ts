import { useI18n } from '../../../i18n';
import type { CyclePickerProps, CyclePickerState } from './CyclePicker.types';

export function useCyclePicker({ cycles, selectedId, onSelect, onNew, creating, className }: CyclePickerProps): CyclePickerState {
  const i18n = useI18n();
  const m = i18n.messages.planner;
  return {
    className,
    label: m.cycle.picker,
    value: selectedId ?? '',
    options: cycles.map((c) => ({
      value: c.value.id,
      label: i18n.format(m.cycle.option, {
        title: c.value.title,
        year: c.value.schoolYear,
        status: m.cycleStatus[c.value.status],
      }),
    })),
    onSelect,
    newLabel: m.cycle.new,
    onNew,
    showNew: !creating,
  };
}
