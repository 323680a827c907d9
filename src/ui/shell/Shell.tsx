/**
 * The frame around every view: the app's name, who is signed in, the navigation and the open
 * section. It holds no data of its own.
 */
import { Button, makeStyles, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import type { PendingChanges as Outbox } from '../../data/graph/outbox';
import type { StaffMember } from '../../domain/people';
import { useI18n } from '../i18n';
import { PendingChanges } from './PendingChanges/PendingChanges';
import { RetentionJob } from './RetentionJob/RetentionJob';
import type { JobStore } from './RetentionJob/RetentionJob.types';
import { SECTION_IDS, type SectionId } from './sectionIds';
import { SECTION_VIEWS } from './sections';

export interface ShellProps {
  me: StaffMember | null;
  section: SectionId;
  onNavigate(section: SectionId): void;
  /** Local mode: go back to the identity picker. */
  onSwitchPerson?: () => void;
  /** Changes waiting for the network (the DataApi's outbox), shown above the open section. */
  pendingChanges?: Outbox;
  /** The tab's sessionStorage: the retention job remembers there on which day it last ran. */
  sessionStore?: JobStore;
}

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  tagline: { color: tokens.colorNeutralForeground3 },
  who: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  nav: { backgroundColor: tokens.colorNeutralBackground1, paddingInline: tokens.spacingHorizontalS, overflowX: 'auto' },
  main: { flexGrow: 1, padding: tokens.spacingHorizontalL },
});

export function Shell({ me, section, onNavigate, onSwitchPerson, pendingChanges, sessionStore }: ShellProps) {
  const styles = useStyles();
  const { messages, format } = useI18n();
  const { nav, app, identity } = messages.shell;
  const View = SECTION_VIEWS[section];

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Text as="span" size={500} weight="semibold">
            {app.name}
          </Text>
          <Text as="span" size={200} className={styles.tagline}>
            {app.tagline}
          </Text>
        </div>
        {me && (
          <div className={styles.who}>
            <Text size={200}>{format(identity.signedInAs, { name: me.displayName })}</Text>
            {onSwitchPerson && (
              <Button size="small" appearance="subtle" onClick={onSwitchPerson}>
                {identity.switch}
              </Button>
            )}
          </div>
        )}
      </header>
      <nav className={styles.nav} aria-label={nav.label}>
        <TabList selectedValue={section} onTabSelect={(_, data) => onNavigate(data.value as SectionId)}>
          {SECTION_IDS.map((id) => (
            <Tab key={id} value={id}>
              {nav[id]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <PendingChanges {...(pendingChanges ? { source: pendingChanges } : {})} />
      <RetentionJob me={me} {...(sessionStore ? { storage: sessionStore } : {})} />
      <main className={styles.main}>
        <Suspense fallback={<Spinner label={app.loading} />}><View /></Suspense>
      </main>
    </div>
  );
}
