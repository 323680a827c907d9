/**
 * The configurable tab's settings page (Teams frame context "settings"): the team owner picks
 * the section the tab opens with; Teams stores the content URL this page hands back on Save.
 */
import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TabConfig } from '../../host/types';
import { useI18n } from '../i18n';
import { DEFAULT_SECTION, SECTION_IDS, type SectionId } from '../shell/sectionIds';

export interface ConfigPageProps {
  tabConfig: TabConfig | undefined;
  /** Where the app is served from, e.g. https://driehoek.school.nl */
  origin: string;
}

/** What Teams saves for a tab that opens with `section`. */
export function tabFor(section: SectionId, origin: string, name: string) {
  const contentUrl = `${origin}/index.html?view=tab#${section}`;
  return { contentUrl, websiteUrl: contentUrl, entityId: `driehoek-${section}`, suggestedDisplayName: name };
}

const useStyles = makeStyles({
  root: { padding: tokens.spacingVerticalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function ConfigPage({ tabConfig, origin }: ConfigPageProps) {
  const styles = useStyles();
  const { messages } = useI18n();
  const text = messages.shell.config;
  const [section, setSection] = useState<SectionId>(DEFAULT_SECTION);

  useEffect(() => {
    if (!tabConfig) return;
    tabConfig.onSave(() => tabFor(section, origin, `Driehoek: ${messages.shell.nav[section]}`));
    tabConfig.setValid(true);
  }, [tabConfig, section, origin, messages]);

  return (
    <main className={styles.root} aria-labelledby="config-heading">
      <Text as="h1" size={600} weight="semibold" id="config-heading">
        {text.heading}
      </Text>
      <Text as="p">{text.intro}</Text>
      <Field label={text.section}>
        <RadioGroup value={section} onChange={(_, data) => setSection(data.value as SectionId)}>
          {SECTION_IDS.map((id) => (
            <Radio key={id} value={id} label={messages.shell.nav[id]} />
          ))}
        </RadioGroup>
      </Field>
      <Text as="p" size={200} className={styles.hint}>
        {text.meetingHint}
      </Text>
    </main>
  );
}
