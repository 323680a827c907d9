/**
 * Domain validation results in the person's words. Rule refusals (code invalidChoice with a
 * `reason`) get the planner's sentence for that rule; everything else the generic text.
 */
import { RULE_REASONS, type RuleReason } from '../../domain/rules';
import type { FieldError } from '../../domain/validation';
import type { I18n } from '../i18n';

function isRuleReason(value: unknown): value is RuleReason {
  return typeof value === 'string' && (RULE_REASONS as readonly string[]).includes(value);
}

export function fieldErrorText(error: FieldError, i18n: Pick<I18n, 'messages' | 'format'>): string {
  const params = error.params ?? {};
  const reason = params.reason;
  if (error.code === 'invalidChoice' && isRuleReason(reason)) {
    return i18n.format(i18n.messages.planner.rules[reason], params);
  }
  return i18n.format(i18n.messages.shell.validation[error.code], params);
}

/** The first error for each field, worded: what a form shows under each input. */
export function errorsByField(errors: readonly FieldError[], i18n: Pick<I18n, 'messages' | 'format'>): Map<string, string> {
  const byField = new Map<string, string>();
  for (const error of errors) {
    if (!byField.has(error.field)) byField.set(error.field, fieldErrorText(error, i18n));
  }
  return byField;
}
