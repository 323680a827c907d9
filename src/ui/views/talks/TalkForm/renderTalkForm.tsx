import { StaffPicker } from '../../../forms/StaffPicker';
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from '@fluentui/react-components';
import type { TalkMode, TalkType } from '../../../../domain/talks/types';
import { AgendaEditor } from '../AgendaEditor/AgendaEditor';
import { QuestionsEditor } from '../QuestionsEditor/QuestionsEditor';
import { TextChecks } from '../TextChecks/TextChecks';
import { NEW_PUPIL } from './talkForm';
import type { TalkFormState } from './TalkForm.types';
import type { TalkFormClasses } from './useTalkFormStyles.styles';

/** Label, hint and the refusal (if any) of a Fluent Field. */
function fieldProps(label: string, error: string | undefined, hint?: string) {
  return {
    ...(label ? { label } : {}),
    ...(hint ? { hint } : {}),
    ...(error ? { validationMessage: error, validationState: 'error' as const } : {}),
  };
}

/**
 * The planning form. Every value is user text and only ever rendered as text (input values and
 * text nodes), so "<b>" in a name arrives as typed.
 */
export function renderTalkForm(state: TalkFormState, classes: TalkFormClasses) {
  const { t, values, errors } = state;
  const id = state.headingId;
  return (
    <form ref={state.formRef} className={classes.root} aria-labelledby={id} onSubmit={state.onSubmit} noValidate>
      <h2 id={id} className={classes.heading}>
        {t.heading}
      </h2>
      <p className={classes.intro}>{t.intro}</p>

      <div className={classes.section}>
        <Field {...fieldProps(t.type, errors.get('type'), state.typeHint)}>
          <Select className={classes.control} value={values.type} onChange={(_, d) => state.setType(d.value as TalkType)}>
            {state.typeOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <fieldset className={classes.section}>
        <legend className={classes.legend}>{t.pupilSection}</legend>
        <Field {...fieldProps(t.pupil, errors.get('pupil'))} required>
          <Select className={classes.control} value={values.pupilChoice} onChange={(_, d) => state.setPupilChoice(d.value)}>
            <option value="" disabled>
              {t.choosePupil}
            </option>
            {state.pupilOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            <option value={NEW_PUPIL}>{t.newPupil}</option>
          </Select>
        </Field>
        {values.pupilChoice === NEW_PUPIL && (
          <div className={classes.row}>
            <Field {...fieldProps(t.firstName, errors.get('pupil.firstName'), t.firstNameHint)} required>
              <Input
                autoComplete="off"
                value={values.newPupil.firstName}
                onChange={(_, d) => state.setNewPupil('firstName', d.value)}
              />
            </Field>
            <Field {...fieldProps(t.group, errors.get('pupil.group'))} required>
              <Select className={classes.control} value={values.newPupil.group} onChange={(_, d) => state.setNewPupil('group', d.value)}>
                <option value="" disabled>
                  {t.group}
                </option>
                {state.groupOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
        <Field hint={state.childSuggestion ?? t.childJoinsHint}>
          <Checkbox
            label={t.childJoins}
            checked={values.childJoins}
            onChange={(_, d) => state.setChildJoins(d.checked === true)}
          />
        </Field>
      </fieldset>

      <fieldset className={classes.section}>
        <legend className={classes.legend}>{t.parentsSection}</legend>
        <p className={classes.hint}>{t.parentsHint}</p>
        {errors.get('parents') && (
          <MessageBar intent="error">
            <MessageBarBody>{errors.get('parents')}</MessageBarBody>
          </MessageBar>
        )}
        {values.parents.map((parent, i) => (
          <fieldset key={parent.key} className={classes.person}>
            <legend className={classes.personLegend}>{state.labels.parent(i + 1)}</legend>
            <div className={classes.row}>
              <Field {...fieldProps(t.name, errors.get(`parents.${i}.name`))} required>
                <Input className={classes.control} autoComplete="off" value={parent.name} onChange={(_, d) => state.setParent(i, 'name', d.value)} />
              </Field>
              <Field {...fieldProps(t.email, errors.get(`parents.${i}.email`))} required>
                <Input
                  type="email"
                  autoComplete="off"
                  value={parent.email}
                  onChange={(_, d) => state.setParent(i, 'email', d.value)}
                />
              </Field>
              <Field {...fieldProps(t.household, errors.get(`parents.${i}.household`))}>
                <Select className={classes.control} value={String(parent.household)} onChange={(_, d) => state.setParent(i, 'household', d.value)}>
                  {state.householdOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            {values.parents.length > 1 && (
              <div className={classes.personActions}>
                <Button size="small" appearance="subtle" onClick={() => state.removeParent(i)}>
                  {state.labels.removeParent(i + 1)}
                </Button>
              </div>
            )}
          </fieldset>
        ))}
        <Button className={classes.add} onClick={state.addParent}>
          {t.addParent}
        </Button>
      </fieldset>

      <fieldset className={classes.section}>
        <legend className={classes.legend}>{t.staffSection}</legend>
        <p className={classes.hint}>{t.staffHint}</p>
        {state.colleagues && (
          <StaffPicker
            label={state.colleagues.label}
            hint={state.colleagues.hint}
            staff={state.colleagues.staff}
            selected={state.colleagues.selected}
            onChange={state.colleagues.onChange}
            {...(state.colleagues.meUpn ? { meUpn: state.colleagues.meUpn } : {})}
          />
        )}
        {errors.get('staff') && (
          <MessageBar intent="error">
            <MessageBarBody>{errors.get('staff')}</MessageBarBody>
          </MessageBar>
        )}
        {values.staff.map((person, i) => (
          <fieldset key={person.key} className={classes.person}>
            <legend className={classes.personLegend}>{state.labels.staffMember(i + 1)}</legend>
            <div className={classes.row}>
              <Field {...fieldProps(t.name, errors.get(`staff.${i}.name`))} required>
                <Input className={classes.control} autoComplete="off" value={person.name} onChange={(_, d) => state.setStaff(i, 'name', d.value)} />
              </Field>
              <Field {...fieldProps(t.email, errors.get(`staff.${i}.email`))} required>
                <Input
                  type="email"
                  autoComplete="off"
                  value={person.email}
                  onChange={(_, d) => state.setStaff(i, 'email', d.value)}
                />
              </Field>
              <Field {...fieldProps(t.role, errors.get(`staff.${i}.role`))}>
                <Select className={classes.control} value={person.role} onChange={(_, d) => state.setStaff(i, 'role', d.value)}>
                  {state.roleOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            {values.staff.length > 1 && (
              <div className={classes.personActions}>
                <Button size="small" appearance="subtle" onClick={() => state.removeStaff(i)}>
                  {state.labels.removeStaff(i + 1)}
                </Button>
              </div>
            )}
          </fieldset>
        ))}
        <Button className={classes.add} onClick={state.addStaff}>
          {t.addStaff}
        </Button>
      </fieldset>

      <fieldset className={classes.section}>
        <legend className={classes.legend}>{t.whenSection}</legend>
        <div className={classes.row}>
          <Field {...fieldProps(t.date, errors.get('date'))} required>
            <Input className={classes.control} type="date" value={values.date} onChange={(_, d) => state.setDate(d.value)} />
          </Field>
          <Field {...fieldProps(t.start, errors.get('start'))} required>
            <Input className={classes.control} id={`${id}-start`} type="time" value={values.start} onChange={(_, d) => state.setStart(d.value)} />
          </Field>
          <Field {...fieldProps(t.end, errors.get('end') ?? errors.get('durationMinutes'))} required>
            <Input className={classes.control} type="time" value={values.end} onChange={(_, d) => state.setEnd(d.value)} />
          </Field>
        </div>
        {state.durationText && (
          <p className={classes.hint} aria-live="polite">
            {state.durationText}
          </p>
        )}
        {state.showPreTalk && (
          <Field {...fieldProps('', errors.get('withPreTalk'), t.preTalkHint)}>
            <Checkbox label={t.preTalk} checked={values.withPreTalk} onChange={(_, d) => state.setPreTalk(d.checked === true)} />
          </Field>
        )}
      </fieldset>

      <fieldset className={classes.section}>
        <legend className={classes.legend}>{t.mode}</legend>
        <RadioGroup value={values.mode} onChange={(_, d) => state.setMode(d.value as TalkMode)} aria-label={t.mode}>
          {state.modeOptions.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
        {values.mode === 'inPerson' && (
          <Field {...fieldProps(t.location, errors.get('location'), t.locationHint)}>
            <Input className={classes.control} value={values.location} onChange={(_, d) => state.setLocation(d.value)} />
          </Field>
        )}
        <p className={classes.hint}>{t.teamsNote}</p>
      </fieldset>

      <fieldset className={classes.section}>
        <legend className={classes.legend}>{t.agendaSection}</legend>
        <p className={classes.hint}>{t.agendaHint}</p>
        <AgendaEditor {...state.agenda} />
      </fieldset>

      <fieldset className={classes.section}>
        <legend className={classes.legend}>{t.questionsSection}</legend>
        <p className={classes.hint}>{t.questionsHint}</p>
        <QuestionsEditor {...state.questions} />
      </fieldset>

      <TextChecks text={state.typedTexts} jargon />

      {state.errors.size > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {state.t.checkFields}
            {state.otherErrors.length > 0 && (
              <ul>
                {state.otherErrors.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.clashes && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.clashes.heading}</MessageBarTitle>
            {state.clashes.body}
            <ul className={classes.clashList}>
              {state.clashes.lines.map((line) => (
                <li key={line.key} className={classes.text}>
                  {line.text}
                </li>
              ))}
            </ul>
            <div className={classes.clashActions}>
              <Button appearance="primary" onClick={state.onPlanAnyway} disabledFocusable={state.saving}>
                {state.clashes.planAnyway}
              </Button>
              <Button onClick={state.onChangeTime}>{state.clashes.change}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.failedText && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.failedText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={state.saving}>
          {state.submitLabel}
        </Button>
        <Button onClick={state.onCancel}>{state.cancelLabel}</Button>
        {state.saving && <Spinner size="tiny" label={state.savingLabel} />}
      </div>
    </form>
  );
}
