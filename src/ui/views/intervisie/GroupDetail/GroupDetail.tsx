import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { IntervisieGroupRecord, Versioned } from '../../../../data/api';
import { GROUP_MAX } from '../../../../domain/intervisie/groups';
import { INTERVISIE_ROLES } from '../../../../domain/intervisie/roles';
import { nextRoles } from '../../../../domain/intervisie/session';
import { SERIES_COUNT, SERIES_MINUTES, seriesDates, type SeriesDraft } from '../../../../domain/intervisie/series';
import { methodMinutes } from '../../../../domain/intervisie/methods';
import type { StaffMember } from '../../../../domain/people';
import { isoToday } from '../../../../domain/schoolYear';
import { useDataApi } from '../../../data/DataApiContext';
import { useResource } from '../../../data/useResource';
import { StaffPicker } from '../../../forms/StaffPicker';
import { useI18n } from '../../../i18n';
import { safeHref } from '../../talks/shared/talkText';
import { PrivateNotice } from '../PrivateNotice/PrivateNotice';
import { intervisieErrors, isAccessDenied } from '../shared/errors';
import { isIn, nameOf } from '../shared/names';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { ...typographyStyles.title3, margin: 0, overflowWrap: 'anywhere' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    maxWidth: '48rem',
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxSizing: 'border-box',
  },
  sectionTitle: { ...typographyStyles.subtitle2, margin: 0 },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, margin: 0 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 11rem), 1fr))', gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  session: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  label: { ...typographyStyles.body1Strong },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  ok: { color: tokens.colorPaletteGreenForeground1, margin: 0 },
  /** Fluent's Select keeps a minimum width of its own; in a grid cell it must shrink with it. */
  select: { width: '100%', minWidth: 0 },
});

export interface GroupDetailProps {
  group: Versioned<IntervisieGroupRecord>;
  staff: readonly StaffMember[];
  me: StaffMember;
  onBack(): void;
  onChanged(group: Versioned<IntervisieGroupRecord>): void;
}

type Frequency = 'w1' | 'w2' | 'w3' | 'w4' | 'monthly';
const frequencyOf = (f: Frequency): SeriesDraft['frequency'] => (f === 'monthly' ? { kind: 'monthly' } : { kind: 'weeks', interval: Number(f.slice(1)) });

/** One group: members, the recurring series, the roles for next time and — for members — the history. */
export function GroupDetail({ group, staff, me, onBack, onChanged }: GroupDetailProps) {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages, format } = i18n;
  const iv = messages.intervisie;
  const ui = iv.ui;
  const styles = useStyles();
  const g = group.value;
  const member = isIn(me.upn, g.memberUpns);

  const load = useCallback(() => api.intervisie.sessions(g), [api, g]);
  const sessions = useResource(load);

  // Members
  const [editing, setEditing] = useState(false);
  const [members, setMembers] = useState<string[]>(g.memberUpns);
  const [memberErrors, setMemberErrors] = useState<Map<string, string>>(new Map());
  const [memberNote, setMemberNote] = useState<string | null>(null);
  const saveMembers = async () => {
    setMemberErrors(new Map());
    try {
      const saved = await api.intervisie.updateMembers(group, members);
      setEditing(false);
      setMemberNote(ui.editMembers.saved);
      onChanged(saved);
    } catch (error) {
      setMemberErrors(intervisieErrors(error, i18n));
    }
  };

  // Series
  const today = isoToday();
  const [firstDate, setFirstDate] = useState(today);
  const [startTime, setStartTime] = useState('15:30');
  const [minutes, setMinutes] = useState(String(methodMinutes(g.method)));
  const [frequency, setFrequency] = useState<Frequency>('w3');
  const [count, setCount] = useState('6');
  const [seriesErrors, setSeriesErrors] = useState<Map<string, string>>(new Map());
  const [planned, setPlanned] = useState<{ joinUrl?: string } | null>(null);
  const [planning, setPlanning] = useState(false);
  const draft: SeriesDraft = { firstDate, startTime, minutes: Number(minutes), frequency: frequencyOf(frequency), count: Number(count) };
  // The dates as the calendar will have them, while the form is filled in.
  const preview = /^\d{4}-\d{2}-\d{2}$/.test(firstDate) && Number(count) >= 1 && Number(count) <= SERIES_COUNT.max ? seriesDates(draft) : [];
  const plan = async () => {
    if (planning) return;
    setPlanning(true);
    setSeriesErrors(new Map());
    try {
      const outcome = await api.intervisie.planSeries(group, draft, {
        subject: format(ui.series.subject, { name: g.name }),
        intro: ui.series.inviteIntro,
        members: ui.series.inviteMembers,
        method: ui.series.inviteMethod,
        methodName: iv.methods[g.method].name,
        confidential: iv.session.confidential,
      });
      setPlanned(outcome.joinUrl ? { joinUrl: outcome.joinUrl } : {});
      onChanged(outcome.group);
    } catch (error) {
      setSeriesErrors(intervisieErrors(error, i18n));
    } finally {
      setPlanning(false);
    }
  };

  const history = sessions.state === 'ready' ? sessions.data : null;
  const proposal = history && member ? nextRoles(g, history.map((s) => s.value)) : null;
  const join = safeHref(planned?.joinUrl);

  return (
    <div className={styles.root}>
      <div>
        <Button appearance="subtle" onClick={onBack}>
          {ui.back}
        </Button>
      </div>
      <h2 className={styles.heading}>{g.name}</h2>

      <section className={styles.section} aria-labelledby="iv-members">
        <h3 id="iv-members" className={styles.sectionTitle}>
          {ui.members}
        </h3>
        {editing ? (
          <>
            <StaffPicker
              staff={staff}
              selected={members}
              onChange={setMembers}
              label={ui.members}
              hint={ui.form.membersHint}
              meUpn={me.upn}
              max={GROUP_MAX}
              {...(memberErrors.get('memberUpns') ? { error: memberErrors.get('memberUpns')! } : {})}
            />
            {memberErrors.get('form') && (
              <MessageBar intent="error">
                <MessageBarBody>{memberErrors.get('form')}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => void saveMembers()}>
                {ui.editMembers.save}
              </Button>
              <Button onClick={() => setEditing(false)}>{ui.form.cancel}</Button>
            </div>
          </>
        ) : (
          <>
            <ul className={styles.list}>
              {g.memberUpns.map((u) => (
                <li key={u}>{nameOf(u, staff)}</li>
              ))}
            </ul>
            {member && (
              <div>
                <Button onClick={() => setEditing(true)}>{ui.editMembers.title}</Button>
              </div>
            )}
            {memberNote && <p className={styles.ok} role="status">{memberNote}</p>}
          </>
        )}
      </section>

      {member && (
        <section className={styles.section} aria-labelledby="iv-series">
          <h3 id="iv-series" className={styles.sectionTitle}>
            {ui.series.title}
          </h3>
          <p className={styles.hint}>{ui.series.intro}</p>
          {g.series && <p className={styles.text}>{format(ui.nextSession, { date: i18n.date(g.series.dates.find((d) => d >= today) ?? g.series.dates.at(-1)!, 'long') })}</p>}
          <div className={styles.grid}>
            <Field label={ui.series.firstDate} validationMessage={seriesErrors.get('firstDate')}>
              <Input type="date" value={firstDate} onChange={(_, d) => setFirstDate(d.value)} />
            </Field>
            <Field label={ui.series.startTime} validationMessage={seriesErrors.get('startTime')}>
              <Input type="time" value={startTime} onChange={(_, d) => setStartTime(d.value)} />
            </Field>
            <Field label={ui.series.minutes} validationMessage={seriesErrors.get('minutes')}>
              <Input type="number" min={SERIES_MINUTES.min} max={SERIES_MINUTES.max} value={minutes} onChange={(_, d) => setMinutes(d.value)} />
            </Field>
            <Field className={styles.select} label={ui.series.frequency} validationMessage={seriesErrors.get('frequency')}>
              <Select className={styles.select} value={frequency} onChange={(_, d) => setFrequency(d.value as Frequency)}>
                <option value="w1">{ui.series.weekly}</option>
                {[2, 3, 4].map((w) => (
                  <option key={w} value={`w${w}`}>
                    {format(ui.series.everyWeeks, { weeks: w })}
                  </option>
                ))}
                <option value="monthly">{ui.series.monthly}</option>
              </Select>
            </Field>
            <Field label={ui.series.count} validationMessage={seriesErrors.get('count')}>
              <Input type="number" min={SERIES_COUNT.min} max={SERIES_COUNT.max} value={count} onChange={(_, d) => setCount(d.value)} />
            </Field>
          </div>
          {preview.length > 0 && (
            <div>
              <span className={styles.label}>{ui.series.preview}</span>
              <ul className={styles.list} aria-label={ui.series.preview}>
                {preview.map((d) => (
                  <li key={d}>{i18n.date(d, 'long')}</li>
                ))}
              </ul>
            </div>
          )}
          {seriesErrors.get('form') && (
            <MessageBar intent="error">
              <MessageBarBody>{seriesErrors.get('form')}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={planning} onClick={() => void plan()}>
              {planning ? ui.series.planning : ui.series.plan}
            </Button>
          </div>
          <div role="status" aria-live="polite">
            {planned && (
              <p className={styles.ok}>
                {ui.series.planned}{' '}
                {join && (
                  <Link href={join} target="_blank" rel="noreferrer">
                    {ui.series.join}
                  </Link>
                )}
              </p>
            )}
          </div>
        </section>
      )}

      {proposal && (
        <section className={styles.section} aria-labelledby="iv-roles-next">
          <h3 id="iv-roles-next" className={styles.sectionTitle}>
            {ui.roles.title}
          </h3>
          <p className={styles.hint}>{ui.roles.hint}</p>
          <ul className={styles.list}>
            {INTERVISIE_ROLES.map((role) => (
              <li key={role}>
                <span className={styles.label}>{iv.roles[role].name}:</span> {nameOf(proposal[role], staff)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.section} aria-labelledby="iv-history">
        <h3 id="iv-history" className={styles.sectionTitle}>
          {ui.history.title}
        </h3>
        {sessions.state === 'loading' && <Spinner size="tiny" label={messages.shell.app.loading} />}
        {sessions.state === 'failed' && (isAccessDenied(sessions.error) ? <PrivateNotice /> : <p>{ui.errors.failed}</p>)}
        {history && history.length === 0 && <p className={styles.text}>{ui.history.none}</p>}
        {history?.map((s) => (
          <article key={s.value.id} className={styles.session} aria-label={format(ui.history.heading, { date: i18n.date(s.value.date, 'long'), method: iv.methods[s.value.method].name })}>
            <span className={styles.label}>{format(ui.history.heading, { date: i18n.date(s.value.date, 'long'), method: iv.methods[s.value.method].name })}</span>
            <p className={styles.hint}>
              {ui.history.roles}: {INTERVISIE_ROLES.map((r) => `${iv.roles[r].name} ${nameOf(s.value.roles[r], staff)}`).join(' · ')}
            </p>
            {s.value.caseSummary && (
              <p className={styles.text}>
                <span className={styles.label}>{iv.session.caseSummary}: </span>
                {s.value.caseSummary}
              </p>
            )}
            {s.value.advice && (
              <p className={styles.text}>
                <span className={styles.label}>{iv.session.advice}: </span>
                {s.value.advice}
              </p>
            )}
            {s.value.learningPoints.length > 0 && (
              <div>
                <span className={styles.label}>{iv.session.learningPoints}</span>
                <ul className={styles.list}>
                  {s.value.learningPoints.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </div>
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
