import { Button, Card, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { IntervisieGroupRecord, Versioned } from '../../../../data/api';
import { isoToday } from '../../../../domain/schoolYear';
import { useI18n } from '../../../i18n';
import { GuestView } from '../../../shell/GuestView';
import { GroupDetail } from '../GroupDetail/GroupDetail';
import { GroupForm } from '../GroupForm/GroupForm';
import { isAccessDenied } from '../shared/errors';
import { isIn, nameOf } from '../shared/names';
import { useIntervisieOverview } from '../shared/useOverview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, minWidth: 0 },
  heading: { ...typographyStyles.title2, margin: 0 },
  intro: { margin: 0, maxWidth: '48rem' },
  sectionTitle: { ...typographyStyles.subtitle1, margin: 0 },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, margin: 0 },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))', gap: tokens.spacingHorizontalM, listStyleType: 'none', padding: 0, margin: 0 },
  card: { height: '100%' },
  name: { ...typographyStyles.subtitle2, overflowWrap: 'anywhere' },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The Intervisie section: my groups (open one to plan its series, see the roles for next time
 * and the history), a new group, and the other groups of the school — their names and how often
 * they met, never what was said. Opening another group shows the members-only notice: the
 * group's own site refuses everyone else.
 */
export function IntervisieView() {
  const i18n = useI18n();
  const { messages, format } = i18n;
  const ui = messages.intervisie.ui;
  const styles = useStyles();
  const resource = useIntervisieOverview();
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [changed, setChanged] = useState<Map<string, Versioned<IntervisieGroupRecord>>>(new Map());
  const [note, setNote] = useState<string | null>(null);

  if (resource.state === 'loading') return <Spinner label={messages.shell.app.loading} />;
  if (resource.state === 'failed') {
    if (isAccessDenied(resource.error)) return <GuestView />;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {ui.errors.failed} <Button onClick={resource.reload}>{messages.shell.errors.retry}</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { me, staff } = resource.data;
  if (!me) return <GuestView />;
  const groups = resource.data.groups.map((g) => changed.get(g.value.id) ?? g);
  for (const g of changed.values()) if (!groups.some((x) => x.value.id === g.value.id)) groups.push(g);
  const mine = groups.filter((g) => isIn(me.upn, g.value.memberUpns));
  const others = groups.filter((g) => !isIn(me.upn, g.value.memberUpns));
  const remember = (g: Versioned<IntervisieGroupRecord>) => setChanged((m) => new Map(m).set(g.value.id, g));
  const open = groups.find((g) => g.value.id === openId);
  const today = isoToday();

  if (open) {
    return (
      <section className={styles.root} aria-label={ui.title}>
        <GroupDetail key={open.value.id} group={open} staff={staff} me={me} onBack={() => setOpenId(null)} onChanged={remember} />
      </section>
    );
  }

  const card = (g: Versioned<IntervisieGroupRecord>, withMembers: boolean) => {
    const v = g.value;
    const next = v.series?.dates.find((d) => d >= today);
    return (
      <li key={v.id}>
        <Card className={styles.card}>
          <Text as="h3" className={styles.name}>
            {v.name}
          </Text>
          {withMembers && <Text className={styles.meta}>{v.memberUpns.map((u) => nameOf(u, staff)).join(', ')}</Text>}
          <Text className={styles.meta}>{v.sessionDates.length ? format(ui.sessionsHeld, { count: v.sessionDates.length }) : ui.noSessionsYet}</Text>
          {withMembers && <Text className={styles.meta}>{next ? format(ui.nextSession, { date: i18n.date(next, 'long') }) : ui.noSeries}</Text>}
          {withMembers && !v.space && <Text className={styles.meta}>{ui.settingUp}</Text>}
          <div className={styles.actions}>
            <Button onClick={() => setOpenId(v.id)} aria-label={`${ui.open}: ${v.name}`}>
              {ui.open}
            </Button>
          </div>
        </Card>
      </li>
    );
  };

  return (
    <section className={styles.root} aria-labelledby="iv-title">
      <h1 id="iv-title" className={styles.heading}>
        {ui.title}
      </h1>
      <p className={styles.intro}>{ui.intro}</p>
      {note && (
        <MessageBar intent="success">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {creating ? (
        <GroupForm
          staff={staff}
          me={me}
          onCancel={() => setCreating(false)}
          onCreated={(g) => {
            remember(g);
            setCreating(false);
            setNote(ui.form.created);
          }}
        />
      ) : (
        <div>
          <Button appearance="primary" onClick={() => setCreating(true)}>
            {ui.newGroup}
          </Button>
        </div>
      )}
      <section aria-labelledby="iv-mine">
        <h2 id="iv-mine" className={styles.sectionTitle}>
          {ui.myGroups}
        </h2>
        {mine.length ? <ul className={styles.cards}>{mine.map((g) => card(g, true))}</ul> : <p>{ui.noGroups}</p>}
      </section>
      {others.length > 0 && (
        <section aria-labelledby="iv-others">
          <h2 id="iv-others" className={styles.sectionTitle}>
            {ui.otherGroups}
          </h2>
          <p className={styles.hint}>{ui.otherGroupsHint}</p>
          <ul className={styles.cards}>{others.map((g) => card(g, false))}</ul>
        </section>
      )}
    </section>
  );
}
