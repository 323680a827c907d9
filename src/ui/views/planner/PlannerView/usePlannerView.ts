import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PlannerSnapshot, Versioned } from '../../../../data/api';
import { type ChangeCycle, cycleToOpen, isReadOnly } from '../../../../domain/cycles';
import type { Goal } from '../../../../domain/goals';
import { currentStep, roundProgress, stepsOfRound } from '../../../../domain/guidedPath';
import type { StaffMember } from '../../../../domain/people';
import { isoToday } from '../../../../domain/schoolYear';
import type { StepNumber } from '../../../../domain/steps';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useI18n } from '../../../i18n';
import type { StepCompletion } from '../StepPanel/StepPanel.types';
import type { PlannerMode, PlannerViewProps, PlannerViewState } from './PlannerView.types';

/** The cycle last opened in this tab, so a reload opens it again. Only its id is kept. */
const REMEMBERED = 'driehoek.planner.cycle';

function remembered(): string | null {
  try {
    return window.sessionStorage.getItem(REMEMBERED);
  } catch {
    return null;
  }
}

function remember(cycleId: string): void {
  try {
    window.sessionStorage.setItem(REMEMBERED, cycleId);
  } catch {
    // Storage may be off (private mode, Teams policy): the view then opens the active cycle.
  }
}

/** The chosen cycle when it still exists, else the active one, else the newest. */
function pickCycle(cycles: readonly Versioned<ChangeCycle>[], chosen: string | null): string | null {
  return cycleToOpen(cycles.map((c) => c.value), chosen)?.id ?? null;
}

/** Local edits on top of a loaded value; dropped as soon as the value is loaded again. */
interface Patch<T> {
  base: T;
  value: T;
}

function replaceById<T extends { value: { id: string } }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.value.id === item.value.id)
    ? list.map((x) => (x.value.id === item.value.id ? item : x))
    : [...list, item];
}

export function usePlannerView({ className }: PlannerViewProps): PlannerViewState {
  const api = useDataApi();
  const i18n = useI18n();
  const m = i18n.messages.planner;
  const id = useId();
  const headingId = `${id}-heading`;
  const eyebrowId = `${id}-eyebrow`;
  const panelId = `${id}-panel`;
  // Read once per mount: completions are dated today.
  const today = useMemo(() => isoToday(), []);

  const [mode, setMode] = useState<PlannerMode>('view');
  const [chosenId, setChosenId] = useState<string | null>(remembered);
  const [announcement, setAnnouncement] = useState('');
  const [selectedStep, setSelectedStep] = useState<StepNumber | null>(null);
  const [reloads, setReloads] = useState(0);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);

  // The cycles and the cycle to open come in one read; a reload asks for the cycle in view.
  const toOpen = useRef(chosenId);
  const openResource = useResource(useCallback(() => api.planner.open(toOpen.current), [api]));
  const opened = openResource.state === 'ready' ? openResource.data : null;
  const [cyclesPatch, setCyclesPatch] = useState<Patch<Versioned<ChangeCycle>[]> | null>(null);
  const loadedCycles = opened?.cycles ?? null;
  const cycles = loadedCycles && cyclesPatch?.base === loadedCycles ? cyclesPatch.value : loadedCycles;
  // While the list loads again, keep the open cycle, so its snapshot is not dropped and fetched twice.
  const lastSelected = useRef<string | null>(null);
  const selectedId = cycles ? pickCycle(cycles, chosenId) : lastSelected.current;
  lastSelected.current = selectedId;
  toOpen.current = selectedId ?? chosenId;

  // The opening read's snapshot is shown once; another cycle, or this one again later, is read afresh.
  const shownOpened = useRef<PlannerSnapshot | null>(null);
  const snapshotResource = useResource(
    useCallback(() => {
      if (!opened || !selectedId) return Promise.resolve(null);
      const first = opened.snapshot;
      if (first && first.cycle.value.id === selectedId && shownOpened.current !== first) {
        shownOpened.current = first;
        return Promise.resolve(first);
      }
      return api.planner.load(selectedId);
    }, [api, opened, selectedId]),
  );
  const [snapshotPatch, setSnapshotPatch] = useState<Patch<PlannerSnapshot> | null>(null);
  const loadedSnapshot = snapshotResource.state === 'ready' ? snapshotResource.data : null;
  const snapshot = loadedSnapshot && snapshotPatch?.base === loadedSnapshot ? snapshotPatch.value : loadedSnapshot;
  const latestLoaded = useRef(loadedSnapshot);
  latestLoaded.current = loadedSnapshot;
  const latestCycles = useRef(loadedCycles);
  latestCycles.current = loadedCycles;

  const patchSnapshot = useCallback((change: (s: PlannerSnapshot) => PlannerSnapshot) => {
    setSnapshotPatch((patch) => {
      const base = latestLoaded.current;
      if (!base) return patch;
      return { base, value: change(patch?.base === base ? patch.value : base) };
    });
  }, []);
  const patchCycles = useCallback((change: (c: Versioned<ChangeCycle>[]) => Versioned<ChangeCycle>[]) => {
    setCyclesPatch((patch) => {
      const base = latestCycles.current;
      if (!base) return patch;
      return { base, value: change(patch?.base === base ? patch.value : base) };
    });
  }, []);

  // Staff to choose from when the school has no cycle yet: at least the person signed in.
  const [fallbackStaff, setFallbackStaff] = useState<StaffMember[]>([]);
  const noCycles = cycles !== null && cycles.length === 0;
  useEffect(() => {
    if (!noCycles) return;
    let live = true;
    api.me().then(
      (me) => live && setFallbackStaff(me ? [me] : []),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, noCycles]);

  useEffect(() => {
    if (selectedId) remember(selectedId);
  }, [selectedId]);

  useEffect(() => {
    if (!focusPanel.current) return;
    focusPanel.current = false;
    panelHeadingRef.current?.focus();
  });

  const onReload = useCallback(() => {
    setReloads((n) => n + 1);
    openResource.reload();
  }, [openResource]);

  const onSelectCycle = useCallback((cycleId: string) => {
    setChosenId(cycleId);
    setSelectedStep(null);
    setMode('view');
    setAnnouncement('');
  }, []);

  const onCycleSaved = useCallback(
    (cycle: Versioned<ChangeCycle>, created: boolean) => {
      patchCycles((list) => (created ? [cycle, ...list] : replaceById(list, cycle)));
      if (created) {
        setChosenId(cycle.value.id);
        setSelectedStep(null);
      } else {
        patchSnapshot((s) => (s.cycle.value.id === cycle.value.id ? { ...s, cycle } : s));
      }
      setMode('view');
      setAnnouncement(created ? m.cycle.created : i18n.messages.shell.saving.saved);
    },
    [patchCycles, patchSnapshot, m, i18n],
  );

  const common = {
    className,
    headingId,
    eyebrowId,
    labelledBy: headingId,
    heading: m.cycle.heading,
    announcement,
    today,
    mode,
    cycles: cycles ?? [],
    selectedId,
    onSelectCycle,
    onNewCycle: () => {
      setMode('create');
      setAnnouncement('');
    },
    onCancelForm: () => setMode('view'),
    onCycleSaved,
    onReload,
  };

  const roundGoals = useMemo(
    () => (snapshot ? snapshot.goals.filter((g) => g.value.round === snapshot.cycle.value.round) : []),
    [snapshot],
  );
  const roundGoalValues = useMemo(() => roundGoals.map((g) => g.value), [roundGoals]);

  if (openResource.state === 'failed') {
    return { ...common, status: 'failed', error: openResource.error, onRetry: onReload };
  }
  if (openResource.state === 'loading' || !cycles) {
    return { ...common, status: 'loading', loadingLabel: m.cycle.loading };
  }
  if (cycles.length === 0) {
    return { ...common, status: 'empty', emptyText: m.cycle.none, staff: fallbackStaff };
  }
  if (snapshotResource.state === 'failed') {
    return { ...common, status: 'failed', error: snapshotResource.error, onRetry: onReload };
  }
  if (!snapshot || snapshot.cycle.value.id !== selectedId) {
    return { ...common, status: 'loading', loadingLabel: m.cycle.loading };
  }

  const cycle = snapshot.cycle;
  const round = cycle.value.round;
  const records = snapshot.stepRecords.map((r) => r.value);
  const progress = roundProgress(records, round);
  const current = currentStep(records, round);
  const steps = stepsOfRound(round);
  const step =
    selectedStep !== null && steps.includes(selectedStep) ? selectedStep : (current ?? (steps.at(-1) as StepNumber));
  const selectedProgress = progress.find((p) => p.step === step) as (typeof progress)[number];

  return {
    ...common,
    labelledBy: `${eyebrowId} ${headingId}`,
    status: 'ready',
    snapshot,
    cycle,
    readOnly: isReadOnly(cycle.value),
    roundGoals,
    roundGoalValues,
    progress,
    currentStep: current,
    selectedStep: step,
    selectedProgress,
    onSelectStep: (next) => {
      setSelectedStep(next);
      focusPanel.current = true;
    },
    panelId,
    panelKey: `${cycle.value.id}:${round}:${step}:${snapshot.stepRecords.length}:${reloads}`,
    panelHeadingRef,
    onEdit: () => {
      setMode('edit');
      setAnnouncement('');
    },
    onSummarySaved: (saved, announce) => {
      patchCycles((list) => replaceById(list, saved));
      patchSnapshot((s) => ({ ...s, cycle: saved }));
      if (saved.value.round !== round) setSelectedStep(null);
      setAnnouncement(announce ?? i18n.messages.shell.saving.saved);
    },
    onCycleCreated: (created) => onCycleSaved(created, true),
    onStepCompleted: ({ cycle: saved, record }: StepCompletion) => {
      const nextRecords = [...snapshot.stepRecords, record];
      patchSnapshot((s) => ({ ...s, cycle: saved, stepRecords: [...s.stepRecords, record] }));
      patchCycles((list) => replaceById(list, saved));
      const next = currentStep(
        nextRecords.map((r) => r.value),
        saved.value.round,
      );
      setSelectedStep(next ?? record.value.step);
      focusPanel.current = true;
      setAnnouncement(i18n.format(m.path.completed, { step: record.value.step }));
    },
    onGoalSaved: (goal: Versioned<Goal>) => patchSnapshot((s) => ({ ...s, goals: replaceById(s.goals, goal) })),
    onGoalDeleted: (goalId: string) =>
      patchSnapshot((s) => ({ ...s, goals: s.goals.filter((g) => g.value.id !== goalId) })),
  };
}
