import type { FieldError } from './validation';

/**
 * Some refusals are not a field filled in wrongly but a rule of the method: steps are walked in
 * order, an archived cycle is history, a renegotiated promise is closed. They use the existing
 * `invalidChoice` code and name the rule in `params.reason`; the planner catalog has a sentence
 * per reason (`planner.rules.<reason>`), so the UI can explain instead of just refusing.
 */
export const RULE_REASONS = [
  'archived',
  'statusOrder',
  'notInRound',
  'notReached',
  'roundNotComplete',
  'reportOrder',
  'onlyIb',
] as const;
export type RuleReason = (typeof RULE_REASONS)[number];

export function ruleError(
  field: string,
  reason: RuleReason,
  params: Record<string, string | number> = {},
): FieldError {
  return { field, code: 'invalidChoice', params: { reason, ...params } };
}
