import { useCallback, useId, useRef, useState } from 'react';
import { isoToday } from '../../../../domain/schoolYear';
import { MATURITY_LEADERSHIP, type MaturityLevel } from '../../../../domain/teamScan/maturity';
import {
  ASSESSMENT_KINDS,
  ASSESSMENT_SCALES,
  type AssessmentKind,
  type AssessmentTrend,
  type SelfAssessmentDraft,
  validateAssessment,
} from '../../../../domain/teamScan/selfAssessment';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { useSave } from '../../../forms/useSave';
import { useI18n, type I18n } from '../../../i18n';
import { newId } from '../../promises/shared/ids';
import type { AssessmentPanelProps, AssessmentPanelState, TrendView } from './AssessmentPanel.types';

function labelOf(i18n: I18n, kind: AssessmentKind, value: string): { label: string; description: string } {
  const t = i18n.messages.teamScan;
  const entry = kind === 'maturity' ? t.maturity[value as MaturityLevel] : t.schoolTypes[value as keyof typeof t.schoolTypes];
  return entry ?? { label: value, description: '' };
}

function trendView(i18n: I18n, kind: AssessmentKind, trend: AssessmentTrend<AssessmentKind>): TrendView {
  const t = i18n.messages.teamScan;
  const first = trend.points[0];
  const moved =
    trend.points.length < 2 || !first
      ? null
      : i18n.format(trend.overall > 0 ? t.assessment.movedUp : trend.overall < 0 ? t.assessment.movedDown : t.assessment.unchanged, {
          count: i18n.number(Math.abs(trend.overall)),
          date: i18n.date(first.at),
        });
  return {
    kind,
    title: t.assessment.kinds[kind],
    current: trend.current ? labelOf(i18n, kind, trend.current) : null,
    none: t.assessment.none,
    moved,
    fittingLeadership:
      kind === 'maturity' && trend.current
        ? `${t.assessment.fittingLeadership}: ${t.leadership[MATURITY_LEADERSHIP[trend.current as MaturityLevel]].label}`
        : null,
    points: trend.points.map((p) => ({
      key: p.assessmentId,
      date: i18n.date(p.at),
      position: p.position,
      label: labelOf(i18n, kind, p.value).label,
      rationale: p.rationale,
      change: p.change === 0 ? '' : p.change > 0 ? `+${p.change}` : `−${Math.abs(p.change)}`,
    })),
    scaleSize: ASSESSMENT_SCALES[kind].length,
    chartLabel: `${t.assessmentView.trendLabel}: ${t.assessment.kinds[kind]}`,
    historyHeading: t.assessmentView.historyHeading,
    headers: { date: t.assessment.at, value: t.assessment.value, rationale: t.assessment.rationale },
  };
}

export function useAssessmentPanel({ me }: AssessmentPanelProps): AssessmentPanelState {
  const api = useDataApi();
  const i18n = useI18n();
  const t = i18n.messages.teamScan;
  const id = useId();
  const load = useCallback(() => api.teamScan.overview(), [api]);
  const resource = useResource(load);
  const save = useSave<unknown>();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [kind, setKind] = useState<AssessmentKind>('maturity');
  const [at, setAt] = useState(() => isoToday());
  const [value, setValue] = useState<string>('');
  const [rationale, setRationale] = useState('');
  const assessmentId = useRef(newId());

  if (resource.state === 'loading') return { status: 'loading', loadingLabel: t.view.loading };
  if (resource.state === 'failed') return { status: 'failed', error: resource.error, onRetry: resource.reload };
  const errors = save.status.state === 'invalid' ? save.status.errors : new Map<string, string>();
  const overview = resource.data;
  const scale = ASSESSMENT_SCALES[kind] as readonly string[];

  return {
    status: 'ready',
    intro: t.assessmentView.intro,
    trends: [trendView(i18n, 'maturity', overview.maturity), trendView(i18n, 'schoolType', overview.schoolType)],
    // Guests never get here; every staff member may record what the team agreed on.
    addLabel: me && !open ? t.assessment.add : null,
    onAdd: () => {
      setNotice(null);
      save.reset();
      setOpen(true);
    },
    notice,
    form: open
      ? {
          headingId: `${id}-form`,
          heading: t.assessmentView.formHeading,
          kind: {
            label: t.assessmentView.kind,
            value: kind,
            options: ASSESSMENT_KINDS.map((k) => ({ value: k, label: t.assessment.kinds[k] })),
            onChange: (k) => {
              setKind(k);
              setValue('');
            },
          },
          at: { label: t.assessment.at, value: at, error: errors.get('at'), onChange: setAt },
          value: {
            label: t.assessment.value,
            value,
            error: errors.get('value'),
            options: scale.map((v) => ({ value: v, ...labelOf(i18n, kind, v) })),
            onChange: setValue,
          },
          rationale: {
            label: t.assessment.rationale,
            hint: t.assessment.rationaleHint,
            value: rationale,
            error: errors.get('rationale'),
            onChange: setRationale,
          },
          saving: save.status.state === 'saving',
          failure: save.status.state === 'failed' ? save.status.error : null,
          onSave: () => {
            const draft = { kind, at, value, rationale } as SelfAssessmentDraft;
            if (!save.check(validateAssessment(draft))) return;
            void save.run(() => api.teamScan.assess({ ...draft, id: assessmentId.current })).then((saved) => {
              if (!saved) return;
              assessmentId.current = newId();
              setOpen(false);
              setValue('');
              setRationale('');
              setNotice(t.assessmentView.saved);
              resource.reload();
            });
          },
          onCancel: () => setOpen(false),
          saveLabel: t.assessmentView.save,
          cancelLabel: t.assessmentView.cancel,
        }
      : null,
  };
}
