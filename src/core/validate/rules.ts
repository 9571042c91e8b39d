import type { Lang } from '../i18n/lang';
import type { RuleMessage } from './message-args';
import { EN } from './messages/en';
import { KY } from './messages/ky';
import { RU } from './messages/ru';
import type { Severity } from './problem';
import { isRuleId, RULE_DEFS, RULE_IDS, type RuleDef, type RuleId } from './rule-defs';

export { isRuleId, RULE_IDS, type RuleId, type RuleScope } from './rule-defs';

/** A validation rule: id, severity, what it reads, and its message in each language. */
export interface Rule extends RuleDef {
  readonly id: RuleId;
  readonly messages: Readonly<Record<Lang, RuleMessage>>;
}

/** Every rule Korgoo checks, by id. */
export const RULES: Readonly<Record<RuleId, Rule>> = Object.fromEntries(
  RULE_IDS.map((id) => [
    id,
    {
      id,
      ...(RULE_DEFS[id] as RuleDef),
      messages: { ru: RU.rules[id], ky: KY.rules[id], en: EN.rules[id] },
    },
  ]),
) as Record<RuleId, Rule>;

/** The severity of a rule; an id no rule has (an old Problems sheet, a typo) counts as an error. */
export function ruleSeverity(id: string): Severity {
  return isRuleId(id) ? RULE_DEFS[id].severity : 'error';
}
