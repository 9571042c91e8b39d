import type { Severity } from './problem';
import { isRuleId, RULE_DEFS } from './rule-defs';

export { isRuleId, RULE_DEFS, RULE_IDS, type RuleId, type RuleScope } from './rule-defs';

/** The severity of a rule; an id no rule has (an old Problems sheet, a typo) counts as an error. */
export function ruleSeverity(id: string): Severity {
  return isRuleId(id) ? RULE_DEFS[id].severity : 'error';
}
