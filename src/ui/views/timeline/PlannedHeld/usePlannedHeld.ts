import { useId } from 'react';
import { useI18n } from '../../../i18n';
import type { PlannedHeldCountKey, PlannedHeldProps, PlannedHeldState } from './PlannedHeld.types';

const ORDER: readonly PlannedHeldCountKey[] = ['planned', 'held', 'cancelled', 'notRecorded'];

export function usePlannedHeld({ figures, schoolYear, className }: PlannedHeldProps): PlannedHeldState {
  const { messages, format, number } = useI18n();
  const t = messages.planner.timeline;
  const id = useId();
  const count = (key: PlannedHeldCountKey) => figures?.[key].count ?? 0;
  const planned = count('planned');
  const held = count('held');
  return {
    className,
    headingId: `${id}-heading`,
    summaryId: `${id}-summary`,
    heading: t.glance,
    subheading: `${messages.planner.cycle.schoolYear} ${schoolYear}`,
    summary:
      planned > 0 ? format(t.plannedVsHeld, { held: number(held), planned: number(planned) }) : t.nothingPlanned,
    ratio: planned > 0 ? held / planned : null,
    counts: ORDER.map((key) => ({
      key,
      label: t[key],
      count: count(key),
      value: number(count(key)),
      attention: key === 'notRecorded' && count(key) > 0,
    })),
  };
}
