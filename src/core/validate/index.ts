/** Validation: the rules of DESIGN §3, their messages in ru, ky and en, and the checker. */
export { problemMessage } from './message';
export type { Problem, Severity } from './problem';
export {
  isRuleId,
  RULE_DEFS,
  RULE_IDS,
  type RuleId,
  type RuleScope,
  ruleSeverity,
} from './rules';
export { type ValidationContext, validateWorkbook } from './validate-workbook';
