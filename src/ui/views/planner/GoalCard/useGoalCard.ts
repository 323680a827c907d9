import { type RefCallback, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import {
  EPSTEIN_FORMS,
  type Goal,
  type GoalDraft,
  INVOLVEMENT_LEVELS,
  INVOLVEMENT_LINES,
  ONDERWIJSRAAD_CONDITIONS,
  phrasingHint,
  validateGoal,
} from '../../../../domain/goals';
import type { BenefitLevel } from '../../../../domain/goalMap';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { otherMessages } from '../shared/saveStatus';
import type { BenefitGroup, GoalCardProps, GoalCardState, GoalFields, TagField } from './GoalCard.types';

const LEVELS: readonly BenefitLevel[] = ['personal', 'team', 'school'];
const EMPTY: GoalFields = { title: '', benefits: { personal: [], team: [], school: [] }, signsOfProgress: [] };

export function fieldsOf(goal: Goal | undefined): GoalFields {
  if (!goal) return EMPTY;
  return {
    title: goal.title,
    ...(goal.condition ? { condition: goal.condition } : {}),
    ...(goal.epsteinForm ? { epsteinForm: goal.epsteinForm } : {}),
    ...(goal.level ? { level: goal.level } : {}),
    ...(goal.line ? { line: goal.line } : {}),
    benefits: { personal: [...goal.benefits.personal], team: [...goal.benefits.team], school: [...goal.benefits.school] },
    signsOfProgress: [...goal.signsOfProgress],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * "Keep mine" after a conflict: what this person changed (draft against the version they started
 * from), laid over the version someone else saved. Their changes to other fields stay.
 */
export function mergeOnto(theirs: GoalFields, mine: GoalFields, base: GoalFields): GoalFields {
  const merged: GoalFields = {
    ...theirs,
    benefits: {
      personal: same(mine.benefits.personal, base.benefits.personal) ? theirs.benefits.personal : mine.benefits.personal,
      team: same(mine.benefits.team, base.benefits.team) ? theirs.benefits.team : mine.benefits.team,
      school: same(mine.benefits.school, base.benefits.school) ? theirs.benefits.school : mine.benefits.school,
    },
  };
  if (!same(mine.title, base.title)) merged.title = mine.title;
  if (!same(mine.signsOfProgress, base.signsOfProgress)) merged.signsOfProgress = mine.signsOfProgress;
  for (const tag of ['condition', 'epsteinForm', 'level', 'line'] as const) {
    if (same(mine[tag], base[tag])) continue;
    if (mine[tag] === undefined) delete merged[tag];
    else (merged as Record<string, unknown>)[tag] = mine[tag];
  }
  return merged;
}

function sameFields(a: GoalFields, b: GoalFields): boolean {
  const plain = (f: GoalFields) =>
    JSON.stringify([f.title, f.condition ?? '', f.epsteinForm ?? '', f.level ?? '', f.line ?? '', f.benefits, f.signsOfProgress]);
  return plain(a) === plain(b);
}

/** Fields the card has an input for; a refusal of anything else is shown above its buttons. */
const shown = (field: string) =>
  ['title', 'condition', 'epsteinForm', 'level', 'line'].includes(field) ||
  field.startsWith('benefits.') ||
  field.startsWith('signsOfProgress.');

export function useGoalCard(props: GoalCardProps): GoalCardState {
  const { mode, goal, cycleId, round, readOnly, index, count, className } = props;
  const api = useDataApi();
  const i18n = useI18n();
  const m = i18n.messages;
  const t = m.planner.goal;
  const save = useSave<Goal>();
  const id = useId();
  const goalId = goal?.value.id ?? (props.newGoalId as string);

  const [draft, setDraft] = useState<GoalFields>(() => fieldsOf(goal?.value));
  const [base, setBase] = useState<GoalFields>(() => fieldsOf(goal?.value));
  const [syncedEtag, setSyncedEtag] = useState(goal?.etag);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const lastAction = useRef<'save' | 'delete'>('save');

  // The stored goal moved on (a reorder, a reload): follow it unless the person is editing.
  if (goal && goal.etag !== syncedEtag) {
    const stored = fieldsOf(goal.value);
    if (sameFields(draft, base)) setDraft(stored);
    setBase(stored);
    setSyncedEtag(goal.etag);
  }

  const dirty = !sameFields(draft, goal ? base : EMPTY);
  const { onDirtyChange } = props;
  useEffect(() => {
    onDirtyChange(goalId, dirty);
  }, [onDirtyChange, goalId, dirty]);
  useEffect(() => () => onDirtyChange(goalId, false), [onDirtyChange, goalId]);

  const submit = async (theirs?: Versioned<Goal>) => {
    lastAction.current = 'save';
    const current = theirs ?? goal;
    const fields = theirs ? mergeOnto(fieldsOf(theirs.value), draft, base) : draft;
    const next: GoalDraft = {
      cycleId,
      round,
      priority: current?.value.priority ?? props.priority,
      ...fields,
    };
    if (!save.check(validateGoal(next))) return;
    const stored = await save.run(() =>
      current ? api.planner.updateGoal(current, next) : api.planner.createGoal({ id: goalId, ...next }),
    );
    if (stored) {
      const fields = fieldsOf(stored.value);
      setDraft(fields);
      setBase(fields);
      setSyncedEtag(stored.etag);
      props.onSaved(stored);
    }
  };

  const remove = async (theirs?: Versioned<Goal>) => {
    lastAction.current = 'delete';
    const current = theirs ?? goal;
    if (!current) return;
    const gone = await save.run(async () => {
      await api.planner.deleteGoal(current);
      return current;
    });
    if (gone) props.onDeleted(goalId);
  };

  // Keyboard focus stays on the move button after the list changed order.
  const moveUp = useRef<HTMLButtonElement | null>(null);
  const moveDown = useRef<HTMLButtonElement | null>(null);
  const moveUpRef = useCallback<RefCallback<HTMLButtonElement>>((el) => void (moveUp.current = el), []);
  const moveDownRef = useCallback<RefCallback<HTMLButtonElement>>((el) => void (moveDown.current = el), []);
  const { focusMove } = props;
  useEffect(() => {
    if (!focusMove) return;
    const wanted = focusMove === 'up' ? moveUp.current : moveDown.current;
    const other = focusMove === 'up' ? moveDown.current : moveUp.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusMove, index]);

  const f = m.planner.frameworks;
  const tag = <K extends 'condition' | 'epsteinForm' | 'level' | 'line'>(
    field: K,
    label: string,
    values: readonly string[],
    items: Record<string, { label: string; explanation: string }>,
  ): TagField => {
    const value = (draft[field] as string | undefined) ?? '';
    return {
      field,
      label,
      value,
      options: [{ value: '', label: t.noTag }, ...values.map((v) => ({ value: v, label: items[v]?.label ?? v }))],
      hint: value ? items[value]?.explanation : undefined,
      onChange: (next) =>
        setDraft((d) => {
          const { [field]: _, ...rest } = d;
          return (next ? { ...rest, [field]: next } : rest) as unknown as GoalFields;
        }),
    };
  };
  const tags: TagField[] = [
    tag('condition', t.condition, ONDERWIJSRAAD_CONDITIONS, f.conditions.items),
    tag('epsteinForm', t.epsteinForm, EPSTEIN_FORMS, f.epsteinForms.items),
    tag('level', t.level, INVOLVEMENT_LEVELS, f.involvementLevels.items),
    tag('line', t.line, INVOLVEMENT_LINES, f.involvementLines.items),
  ];
  const stored = goal?.value;
  const tagSummary = [
    stored?.condition && f.conditions.items[stored.condition].label,
    stored?.epsteinForm && f.epsteinForms.items[stored.epsteinForm].label,
    stored?.level && f.involvementLevels.items[stored.level].label,
    stored?.line && f.involvementLines.items[stored.line].label,
  ].filter((x): x is string => Boolean(x));

  const benefitGroups: BenefitGroup[] = LEVELS.map((level) => ({
    level,
    legend: m.planner.benefitLevels[level],
    lines: draft.benefits[level],
    onChange: (lines) => setDraft((d) => ({ ...d, benefits: { ...d.benefits, [level]: lines } })),
  }));

  const hint = mode === 'goal' ? phrasingHint(draft.title) : null;
  const status = save.status;
  const errors: ReadonlyMap<string, string> = status.state === 'invalid' ? status.errors : new Map();
  const priority = goal?.value.priority ?? props.priority;

  return {
    className,
    mode,
    goalId,
    isNew: !goal,
    readOnly,
    headingId: `${id}-heading`,
    heading: mode === 'goal' ? i18n.format(t.numbered, { priority: i18n.number(priority) }) : (stored?.title ?? ''),
    unsavedLabel: !readOnly && (dirty || !goal) ? t.unsaved : null,
    status,
    errors,

    titleLabel: t.title,
    title: draft.title,
    onTitleChange: (value) => setDraft((d) => ({ ...d, title: value })),
    phrasingHint: hint ? i18n.format(t.negativePhrasing, { word: hint.word }) : undefined,
    tagsLegend: t.tags,
    tags,
    tagSummary,

    benefitGroups,
    benefitItemLabel: m.steps.benefits.item,
    signsLegend: t.signs,
    signsItemLabel: m.steps.comingProgress.item,
    signs: draft.signsOfProgress,
    onSignsChange: (lines) => setDraft((d) => ({ ...d, signsOfProgress: lines })),

    saveLabel: m.shell.saving.save,
    saving: status.state === 'saving',
    onSave: () => void submit(),
    failedText: status.state === 'failed' ? m.shell.saving.failed : null,
    otherErrors: otherMessages(status, shown),

    moveUpLabel: t.moveUp,
    moveDownLabel: t.moveDown,
    canMoveUp: Boolean(goal) && index > 0,
    canMoveDown: Boolean(goal) && index < count - 1,
    moving: Boolean(props.moving),
    onMoveUp: () => props.onMove?.(goalId, index - 1),
    onMoveDown: () => props.onMove?.(goalId, index + 1),
    moveUpRef,
    moveDownRef,

    deleteLabel: t.delete,
    cancelLabel: m.shell.saving.cancel,
    onDeleteRequest: () => setConfirmingDelete(true),
    onCancelNew: () => props.onCancelNew?.(goalId),
    confirmDelete: {
      open: confirmingDelete,
      heading: t.deleteHeading,
      body: t.deleteBody,
      confirmLabel: t.delete,
      cancelLabel: m.shell.saving.cancel,
      onConfirm: () => {
        setConfirmingDelete(false);
        void remove();
      },
      onCancel: () => setConfirmingDelete(false),
    },

    conflict: {
      open: status.state === 'conflict',
      theirs: status.state === 'conflict' ? status.current?.value : undefined,
      onKeepMine: () => {
        if (status.state !== 'conflict' || !status.current) {
          save.reset();
          props.onReload();
          return;
        }
        void (lastAction.current === 'delete' ? remove(status.current) : submit(status.current));
      },
      onTakeTheirs: () => {
        save.reset();
        props.onReload();
      },
    },
    labels: { title: t.title, benefits: t.benefits, signs: t.signs, levels: m.planner.benefitLevels },
  };
}
