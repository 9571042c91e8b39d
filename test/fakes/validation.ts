/** Data validation rules and their builder (SpreadsheetApp.newDataValidation()). */
import type { CallCounter } from './counter';
import { DataValidationCriteria, type FakeDataValidationCriteria } from './enums';
import type { Faked } from './types';
import { type CellValue, copyValue, isDate } from './values';

type Rule = {
  criteria: FakeDataValidationCriteria;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
};

function copyArgs(args: unknown[]): unknown[] {
  return args.map((a) => (Array.isArray(a) ? [...a] : isDate(a) ? copyValue(a) : a));
}

export class FakeDataValidation
  implements
    Faked<
      GoogleAppsScript.Spreadsheet.DataValidation,
      'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
    >
{
  constructor(
    private readonly counter: CallCounter,
    private readonly rule: Readonly<Rule>,
  ) {}

  /** Uncounted: the rule's criteria and arguments, for the fakes' own use. */
  get criteriaUncounted(): FakeDataValidationCriteria {
    return this.rule.criteria;
  }
  get argsUncounted(): readonly unknown[] {
    return this.rule.args;
  }

  copy(): FakeDataValidationBuilder {
    this.counter.hit('DataValidation.copy');
    return new FakeDataValidationBuilder(this.counter, {
      ...this.rule,
      args: copyArgs(this.rule.args),
    });
  }
  getAllowInvalid(): boolean {
    this.counter.hit('DataValidation.getAllowInvalid');
    return this.rule.allowInvalid;
  }
  getCriteriaType(): FakeDataValidationCriteria {
    this.counter.hit('DataValidation.getCriteriaType');
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    this.counter.hit('DataValidation.getCriteriaValues');
    return copyArgs(this.rule.args);
  }
  getHelpText(): string {
    this.counter.hit('DataValidation.getHelpText');
    return this.rule.helpText;
  }
}

/**
 * The two values of a checkbox rule (requireCheckbox): true/false by default, or those given
 * (one value alone: '' when unchecked). Null for any other rule.
 */
export function checkboxValues(
  rule: FakeDataValidation | null,
): { checked: CellValue; unchecked: CellValue } | null {
  if (!rule || rule.criteriaUncounted !== DataValidationCriteria.CHECKBOX) return null;
  const args = rule.argsUncounted;
  if (args.length === 0) return { checked: true, unchecked: false };
  return { checked: args[0] as CellValue, unchecked: (args[1] as CellValue | undefined) ?? '' };
}

/** A checkbox rule as Range.insertCheckboxes makes it (one call, no builder). */
export function checkboxRule(
  counter: CallCounter,
  checkedValue?: unknown,
  uncheckedValue?: unknown,
): FakeDataValidation {
  const args = checkedValue === undefined ? [] : [checkedValue, uncheckedValue ?? ''];
  return new FakeDataValidation(counter, {
    criteria: DataValidationCriteria.CHECKBOX,
    args,
    allowInvalid: true,
    helpText: '',
  });
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextIsEmail'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class FakeDataValidationBuilder
  implements Faked<GoogleAppsScript.Spreadsheet.DataValidationBuilder, BuilderMethods>
{
  private readonly rule: Rule;

  constructor(
    private readonly counter: CallCounter,
    rule?: Rule,
  ) {
    // Like the real builder, a rule without criteria fails on build().
    this.rule = rule ?? { criteria: 'CUSTOM_FORMULA', args: [], allowInvalid: true, helpText: '' };
    this.hasCriteria = rule !== undefined;
  }
  private hasCriteria: boolean;

  private set(name: string, criteria: FakeDataValidationCriteria, args: unknown[]): this {
    this.counter.hit(`DataValidationBuilder.${name}`);
    this.rule.criteria = criteria;
    this.rule.args = copyArgs(args);
    this.hasCriteria = true;
    return this;
  }

  build(): FakeDataValidation {
    this.counter.hit('DataValidationBuilder.build');
    if (!this.hasCriteria) throw new Error('You must specify a criteria type.');
    return new FakeDataValidation(this.counter, { ...this.rule, args: copyArgs(this.rule.args) });
  }
  copy(): FakeDataValidationBuilder {
    this.counter.hit('DataValidationBuilder.copy');
    return new FakeDataValidationBuilder(this.counter, {
      ...this.rule,
      args: copyArgs(this.rule.args),
    });
  }
  getAllowInvalid(): boolean {
    this.counter.hit('DataValidationBuilder.getAllowInvalid');
    return this.rule.allowInvalid;
  }
  getCriteriaType(): FakeDataValidationCriteria {
    this.counter.hit('DataValidationBuilder.getCriteriaType');
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    this.counter.hit('DataValidationBuilder.getCriteriaValues');
    return copyArgs(this.rule.args);
  }
  getHelpText(): string {
    this.counter.hit('DataValidationBuilder.getHelpText');
    return this.rule.helpText;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const args = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.set('requireCheckbox', DataValidationCriteria.CHECKBOX, args);
  }
  requireDate(): this {
    return this.set('requireDate', DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireDateAfter(date: Date): this {
    return this.set('requireDateAfter', DataValidationCriteria.DATE_AFTER, [date]);
  }
  requireDateBefore(date: Date): this {
    return this.set('requireDateBefore', DataValidationCriteria.DATE_BEFORE, [date]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.set('requireNumberGreaterThan', DataValidationCriteria.NUMBER_GREATER_THAN, [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    const c = DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO;
    return this.set('requireNumberGreaterThanOrEqualTo', c, [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    const c = DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO;
    return this.set('requireNumberLessThanOrEqualTo', c, [n]);
  }
  requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  /** The real rule reports [values, showDropdown]; the dropdown is shown unless told not to. */
  requireValueInList(values: string[], showDropdown?: boolean): this {
    const args = [[...values], showDropdown ?? true];
    return this.set('requireValueInList', DataValidationCriteria.VALUE_IN_LIST, args);
  }
  requireValueInRange(range: object, showDropdown?: boolean): this {
    const args = [range, showDropdown ?? true];
    return this.set('requireValueInRange', DataValidationCriteria.VALUE_IN_RANGE, args);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.counter.hit('DataValidationBuilder.setAllowInvalid');
    this.rule.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.counter.hit('DataValidationBuilder.setHelpText');
    this.rule.helpText = helpText;
    return this;
  }
  withCriteria(criteria: FakeDataValidationCriteria, args: unknown[]): this {
    return this.set('withCriteria', criteria, args);
  }
}
