/**
 * Apps Script enums. The real values are opaque objects compared by identity and printed by
 * name; strings equal to the member name behave the same for `===` and read well in failures.
 */

export const ProtectionType = Object.freeze({
  RANGE: 'RANGE',
  SHEET: 'SHEET',
} as const);
export type FakeProtectionType = keyof typeof ProtectionType;

export const DataValidationCriteria = Object.freeze({
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const);
export type FakeDataValidationCriteria = keyof typeof DataValidationCriteria;

export const Button = Object.freeze({
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
} as const);
export type FakeButton = keyof typeof Button;

export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const);
export type FakeButtonSet = keyof typeof ButtonSet;

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const);
export type FakeAuthMode = keyof typeof AuthMode;

export const AuthorizationStatus = Object.freeze({
  REQUIRED: 'REQUIRED',
  NOT_REQUIRED: 'NOT_REQUIRED',
} as const);
export type FakeAuthorizationStatus = keyof typeof AuthorizationStatus;

export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const);
export type FakeEventType = keyof typeof EventType;

export const TriggerSource = Object.freeze({
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const);
export type FakeTriggerSource = keyof typeof TriggerSource;

export const XFrameOptionsMode = Object.freeze({
  ALLOWALL: 'ALLOWALL',
  DEFAULT: 'DEFAULT',
} as const);
export type FakeXFrameOptionsMode = keyof typeof XFrameOptionsMode;

export const SandboxMode = Object.freeze({
  EMULATED: 'EMULATED',
  IFRAME: 'IFRAME',
  NATIVE: 'NATIVE',
} as const);
export type FakeSandboxMode = keyof typeof SandboxMode;

export const Weekday = Object.freeze({
  SUNDAY: 'SUNDAY',
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
} as const);
export type FakeWeekday = keyof typeof Weekday;
