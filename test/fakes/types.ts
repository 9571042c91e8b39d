/**
 * `Faked<Real, 'a' | 'b'>` is `Pick<Real, 'a' | 'b'>` with every real service type in the
 * parameters and results of each overload replaced by its fake (Range -> FakeRange, enums ->
 * the fake string enums). A fake class `implements` it, so tsc checks each method, overload by
 * overload, against @types/google-apps-script while the fakes return each other.
 */
import type {
  FakeAuthMode,
  FakeAuthorizationStatus,
  FakeButton,
  FakeButtonSet,
  FakeDataValidationCriteria,
  FakeEventType,
  FakeProtectionType,
  FakeSandboxMode,
  FakeTriggerSource,
  FakeWeekday,
  FakeXFrameOptionsMode,
} from './enums';
import type {
  FakeCheckboxItem,
  FakeChoice,
  FakeDateItem,
  FakeDestinationType,
  FakeForm,
  FakeFormResponse,
  FakeItem,
  FakeItemResponse,
  FakeItemType,
  FakeListItem,
  FakeMultipleChoiceItem,
  FakePageBreakItem,
  FakePageNavigationType,
  FakeParagraphTextItem,
  FakeSectionHeaderItem,
  FakeTextItem,
  FakeTextValidation,
  FakeTextValidationBuilder,
} from './form-app';
import type { FakeHtmlOutput, FakeHtmlTemplate } from './html';
import type { FakeLock } from './lock';
import type { FakeLogger } from './logger';
import type { FakeProperties } from './properties';
import type { FakeProtection } from './protection';
import type { FakeRange } from './range';
import type { FakeRangeList } from './range-list';
import type {
  FakeAuthorizationInfo,
  FakeClockTriggerBuilder,
  FakeSpreadsheetTriggerBuilder,
  FakeTrigger,
  FakeTriggerBuilder,
} from './script-app';
import type { FakeUser } from './session';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeTextFinder } from './text-finder';
import type { FakeMenu, FakePromptResponse, FakeUi } from './ui';
import type { FakeDataValidation, FakeDataValidationBuilder } from './validation';

/** [real, fake] pairs; enums are listed separately because every enum accepts a number. */
type Pairs = {
  0: [GoogleAppsScript.Spreadsheet.Range, FakeRange];
  1: [GoogleAppsScript.Spreadsheet.Sheet, FakeSheet];
  2: [GoogleAppsScript.Spreadsheet.Spreadsheet, FakeSpreadsheet];
  3: [GoogleAppsScript.Spreadsheet.Protection, FakeProtection];
  4: [GoogleAppsScript.Spreadsheet.DataValidation, FakeDataValidation];
  5: [GoogleAppsScript.Spreadsheet.DataValidationBuilder, FakeDataValidationBuilder];
  6: [GoogleAppsScript.Base.Ui, FakeUi];
  7: [GoogleAppsScript.Base.Menu, FakeMenu];
  8: [GoogleAppsScript.Base.PromptResponse, FakePromptResponse];
  9: [GoogleAppsScript.Base.User, FakeUser];
  10: [GoogleAppsScript.Base.Date, Date];
  11: [GoogleAppsScript.HTML.HtmlOutput, FakeHtmlOutput];
  12: [GoogleAppsScript.HTML.HtmlTemplate, FakeHtmlTemplate];
  13: [GoogleAppsScript.Lock.Lock, FakeLock];
  14: [GoogleAppsScript.Properties.Properties, FakeProperties];
  15: [GoogleAppsScript.Script.Trigger, FakeTrigger];
  16: [GoogleAppsScript.Script.TriggerBuilder, FakeTriggerBuilder];
  17: [GoogleAppsScript.Script.SpreadsheetTriggerBuilder, FakeSpreadsheetTriggerBuilder];
  18: [GoogleAppsScript.Script.ClockTriggerBuilder, FakeClockTriggerBuilder];
  19: [GoogleAppsScript.Base.Logger, FakeLogger];
  20: [GoogleAppsScript.Forms.Form, FakeForm];
  21: [GoogleAppsScript.Forms.Item, FakeItem];
  22: [GoogleAppsScript.Forms.ListItem, FakeListItem];
  23: [GoogleAppsScript.Forms.CheckboxItem, FakeCheckboxItem];
  24: [GoogleAppsScript.Forms.MultipleChoiceItem, FakeMultipleChoiceItem];
  25: [GoogleAppsScript.Forms.DateItem, FakeDateItem];
  26: [GoogleAppsScript.Forms.TextItem, FakeTextItem];
  27: [GoogleAppsScript.Forms.ParagraphTextItem, FakeParagraphTextItem];
  28: [GoogleAppsScript.Forms.PageBreakItem, FakePageBreakItem];
  29: [GoogleAppsScript.Forms.SectionHeaderItem, FakeSectionHeaderItem];
  30: [GoogleAppsScript.Forms.Choice, FakeChoice];
  /** TextValidation and ParagraphTextValidation are both empty interfaces: one fake for both. */
  31: [GoogleAppsScript.Forms.TextValidation, FakeTextValidation];
  32: [GoogleAppsScript.Forms.TextValidationBuilder, FakeTextValidationBuilder];
  33: [GoogleAppsScript.Forms.ParagraphTextValidationBuilder, FakeTextValidationBuilder];
  34: [GoogleAppsScript.Forms.FormResponse, FakeFormResponse];
  35: [GoogleAppsScript.Forms.ItemResponse, FakeItemResponse];
  36: [GoogleAppsScript.Script.AuthorizationInfo, FakeAuthorizationInfo];
  37: [GoogleAppsScript.Spreadsheet.TextFinder, FakeTextFinder];
  38: [GoogleAppsScript.Spreadsheet.RangeList, FakeRangeList];
};

type EnumPairs = {
  0: [GoogleAppsScript.Spreadsheet.ProtectionType, FakeProtectionType];
  1: [GoogleAppsScript.Spreadsheet.DataValidationCriteria, FakeDataValidationCriteria];
  2: [GoogleAppsScript.Base.Button, FakeButton];
  3: [GoogleAppsScript.Base.ButtonSet, FakeButtonSet];
  4: [GoogleAppsScript.Base.Weekday, FakeWeekday];
  5: [GoogleAppsScript.Script.AuthMode, FakeAuthMode];
  6: [GoogleAppsScript.Script.EventType, FakeEventType];
  7: [GoogleAppsScript.Script.TriggerSource, FakeTriggerSource];
  8: [GoogleAppsScript.HTML.XFrameOptionsMode, FakeXFrameOptionsMode];
  9: [GoogleAppsScript.HTML.SandboxMode, FakeSandboxMode];
  10: [GoogleAppsScript.Forms.DestinationType, FakeDestinationType];
  11: [GoogleAppsScript.Forms.ItemType, FakeItemType];
  12: [GoogleAppsScript.Forms.PageNavigationType, FakePageNavigationType];
  13: [GoogleAppsScript.Script.AuthorizationStatus, FakeAuthorizationStatus];
};

type IsAny<T> = 0 extends 1 & T ? true : false;
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Keyed rather than a union of tuples: inferring from such a union left the result deferred. */
type Lookup<R, M extends { [K in keyof M]: [unknown, unknown] }> = {
  [K in keyof M]: Exact<R, M[K][0]> extends true ? M[K][1] : never;
}[keyof M];
type OrSelf<R, F> = [F] extends [never] ? R : F;
/** Plain numbers are assignable to every (ambient, computed) enum, but not to two of them. */
type IsPlainNumber<R> = [R] extends [GoogleAppsScript.Base.Month]
  ? [R] extends [GoogleAppsScript.Base.Weekday]
    ? true
    : false
  : false;

/**
 * Enums are matched whole, before distributing over unions: an enum type is itself a union
 * of its members. Tuple-wrapped checks keep R from being narrowed (e.g. to E & number).
 */
export type Sub<R> =
  IsAny<R> extends true
    ? R
    : IsPlainNumber<R> extends true
      ? R
      : [Lookup<R, EnumPairs>] extends [never]
        ? R extends unknown
          ? SubOne<R>
          : never
        : Lookup<R, EnumPairs>;

type SubOne<R> = [R] extends [readonly (infer E)[]] ? Sub<E>[] : OrSelf<R, Lookup<R, Pairs>>;

type SubArgs<A extends unknown[]> = { [I in keyof A]: Sub<A[I]> };

/** Each overload as an [args, result] pair (up to 8 overloads; fewer repeat harmlessly). */
type Overloads<F> = F extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
  (...a: infer A5): infer R5;
  (...a: infer A6): infer R6;
  (...a: infer A7): infer R7;
  (...a: infer A8): infer R8;
}
  ? [A1, R1] | [A2, R2] | [A3, R3] | [A4, R4] | [A5, R5] | [A6, R6] | [A7, R7] | [A8, R8]
  : never;

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (
  k: infer I,
) => void
  ? I
  : never;

type FakeFn<F> = UnionToIntersection<
  Overloads<F> extends infer O
    ? O extends [infer A extends unknown[], infer R]
      ? (...a: SubArgs<A>) => Sub<R>
      : never
    : never
>;

export type Faked<T, K extends keyof T> = { [P in K]: FakeFn<T[P]> };
