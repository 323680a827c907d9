import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, tokens, typographyStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { IntervisieGroupRecord, Versioned } from '../../../../data/api';
import { GROUP_MAX, GROUP_MIN, validateGroup } from '../../../../domain/intervisie/groups';
import { METHOD_KEYS, type MethodKey } from '../../../../domain/intervisie/methods';
import type { StaffMember } from '../../../../domain/people';
import { useDataApi } from '../../../data/DataApiContext';
import { StaffPicker } from '../../../forms/StaffPicker';
import { useI18n } from '../../../i18n';
import { intervisieErrors, intervisieErrorText } from '../shared/errors';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    minWidth: 0,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxSizing: 'border-box',
  },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface GroupFormProps {
  staff: readonly StaffMember[];
  me: StaffMember;
  onCreated(group: Versioned<IntervisieGroupRecord>): void;
  onCancel(): void;
}

/** A new group: a name, four to six colleagues (yourself included) and the usual method. */
export function GroupForm({ staff, me, onCreated, onCancel }: GroupFormProps) {
  const api = useDataApi();
  const i18n = useI18n();
  const { messages } = i18n;
  const iv = messages.intervisie;
  const t = iv.ui.form;
  const styles = useStyles();
  const [id] = useState(() => `ig-${crypto.randomUUID()}`);
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([me.upn]);
  const [method, setMethod] = useState<MethodKey>('incident');
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // The domain's rules first, worded for this form; the data layer checks them again.
    const verdict = validateGroup({ name, memberUpns: members });
    if (!verdict.ok) {
      setErrors(new Map(verdict.errors.map((e) => [e.field, intervisieErrorText(e, i18n)])));
      return;
    }
    setBusy(true);
    setErrors(new Map());
    try {
      onCreated(await api.intervisie.createGroup({ id, name, memberUpns: members, method }));
    } catch (error) {
      setErrors(intervisieErrors(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.root} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="iv-form-title">
      <h2 id="iv-form-title" className={styles.heading}>
        {t.title}
      </h2>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.privacy}</MessageBarBody>
      </MessageBar>
      <Field label={t.name} hint={t.nameHint} required validationMessage={errors.get('name')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} maxLength={40} />
      </Field>
      <StaffPicker
        staff={staff}
        selected={members}
        onChange={setMembers}
        label={t.members}
        hint={`${t.membersHint} (${GROUP_MIN}–${GROUP_MAX})`}
        required
        meUpn={me.upn}
        max={GROUP_MAX}
        {...(errors.get('memberUpns') ? { error: errors.get('memberUpns')! } : {})}
      />
      <Field label={t.method}>
        <Select value={method} onChange={(_, d) => setMethod(d.value as MethodKey)}>
          {METHOD_KEYS.map((k) => (
            <option key={k} value={k}>
              {iv.methods[k].name}
            </option>
          ))}
        </Select>
      </Field>
      {errors.get('form') && (
        <MessageBar intent="error">
          <MessageBarBody>{errors.get('form')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? t.creating : t.create}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}
