import {
  Avatar,
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import type { StaffPickerState } from './StaffPicker.types';
import { NO_MATCHES } from './useStaffPicker';
import type { StaffPickerClasses } from './useStaffPickerStyles.styles';

export function renderStaffPicker(state: StaffPickerState, classes: StaffPickerClasses) {
  return (
    <Field
      className={classes.root}
      label={state.label}
      required={state.required}
      {...(state.hint ? { hint: state.hint } : {})}
      {...(state.error ? { validationMessage: state.error, validationState: 'error' as const } : {})}
    >
      <TagPicker
        selectedOptions={state.selectedUpns}
        onOptionSelect={(_, data) => state.onSelect(data.value, data.selectedOptions)}
        disabled={state.disabled}
        noPopover={state.full}
      >
        <TagPickerControl className={classes.control}>
          <TagPickerGroup aria-label={state.countText}>
            {state.tags.map((tag) => (
              <Tag
                key={tag.upn}
                value={tag.upn}
                shape="rounded"
                className={classes.tag}
                media={<Avatar name={tag.name} color="colorful" aria-hidden />}
                dismissible
                aria-label={tag.removeLabel}
              >
                {tag.name}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput
            aria-label={state.label}
            value={state.query}
            placeholder={state.tags.length ? '' : state.placeholder}
            onChange={(event) => state.onQuery(event.target.value)}
          />
        </TagPickerControl>
        <TagPickerList>
          {state.options.length ? (
            state.options.map((option) => (
              <TagPickerOption
                key={option.upn}
                value={option.upn}
                text={option.name}
                secondaryContent={option.detail}
                media={<Avatar name={option.name} color="colorful" aria-hidden />}
              >
                {option.name}
              </TagPickerOption>
            ))
          ) : (
            <TagPickerOption value={NO_MATCHES} text={state.noMatches}>
              {state.noMatches}
            </TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
      <span className={classes.count} aria-live="polite">
        {state.countText}
      </span>
    </Field>
  );
}
