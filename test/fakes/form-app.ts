/**
 * FormApp: forms with the item types Korgoo uses, choices with section navigation, text
 * validation, a spreadsheet destination, responses. A test submits a response with
 * `FormApp.submit(formId, answers)`: like Google, the fake appends a row to the form's
 * response sheet (timestamp, then one column per question, titled by the question) and returns
 * the event object the spreadsheet's installable onFormSubmit trigger receives. As on Google
 * since 30 June 2026, a created form is unpublished, and an unpublished form, or one not
 * accepting responses, takes no response: `submit` throws.
 */
import type { CallCounter } from './counter';
import type { FakeRange } from './range';
import type { FakeScriptApp } from './script-app';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Faked } from './types';
import type { CellValue } from './values';
import { copyDate, isDate } from './values';

export const DestinationType = Object.freeze({ SPREADSHEET: 'SPREADSHEET' } as const);
export type FakeDestinationType = keyof typeof DestinationType;

export const ItemType = Object.freeze({
  CHECKBOX: 'CHECKBOX',
  CHECKBOX_GRID: 'CHECKBOX_GRID',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
  GRID: 'GRID',
  IMAGE: 'IMAGE',
  LIST: 'LIST',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  PAGE_BREAK: 'PAGE_BREAK',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  TEXT: 'TEXT',
  TIME: 'TIME',
  VIDEO: 'VIDEO',
  FILE_UPLOAD: 'FILE_UPLOAD',
} as const);
export type FakeItemType = keyof typeof ItemType;

export const PageNavigationType = Object.freeze({
  CONTINUE: 'CONTINUE',
  GO_TO_PAGE: 'GO_TO_PAGE',
  RESTART: 'RESTART',
  SUBMIT: 'SUBMIT',
} as const);
export type FakePageNavigationType = keyof typeof PageNavigationType;

/** The item types that are questions: each gets a column in the response sheet. */
const QUESTION_TYPES: readonly FakeItemType[] = [
  'CHECKBOX',
  'DATE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT',
  'TEXT',
];

/** What a text validation requires, as recorded by the builder (for assertions). */
export type TextRule =
  | { kind: 'number' }
  | { kind: 'wholeNumber' }
  | { kind: 'numberBetween'; start: number; end: number }
  | { kind: 'numberGreaterThan'; number: number }
  | { kind: 'numberGreaterThanOrEqualTo'; number: number }
  | { kind: 'matchesPattern'; pattern: string }
  | { kind: 'lengthAtMost'; number: number };

export class FakeTextValidation {
  constructor(
    readonly rules: readonly TextRule[],
    readonly helpText: string,
  ) {}
}

type TextValidationMethods =
  | 'build'
  | 'requireNumber'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireTextLengthLessThanOrEqualTo'
  | 'requireTextMatchesPattern'
  | 'requireWholeNumber'
  | 'setHelpText';

export class FakeTextValidationBuilder
  implements
    Faked<GoogleAppsScript.Forms.TextValidationBuilder, TextValidationMethods>,
    Faked<
      GoogleAppsScript.Forms.ParagraphTextValidationBuilder,
      'build' | 'requireTextLengthLessThanOrEqualTo' | 'requireTextMatchesPattern' | 'setHelpText'
    >
{
  private readonly rules: TextRule[] = [];
  private help = '';

  constructor(private readonly counter: CallCounter) {}

  private add(method: string, rule: TextRule): FakeTextValidationBuilder {
    this.counter.hit(`TextValidationBuilder.${method}`);
    this.rules.push(rule);
    return this;
  }
  build(): FakeTextValidation {
    this.counter.hit('TextValidationBuilder.build');
    return new FakeTextValidation([...this.rules], this.help);
  }
  requireNumber(): FakeTextValidationBuilder {
    return this.add('requireNumber', { kind: 'number' });
  }
  requireWholeNumber(): FakeTextValidationBuilder {
    return this.add('requireWholeNumber', { kind: 'wholeNumber' });
  }
  requireNumberBetween(start: number, end: number): FakeTextValidationBuilder {
    return this.add('requireNumberBetween', { kind: 'numberBetween', start, end });
  }
  requireNumberGreaterThan(number: number): FakeTextValidationBuilder {
    return this.add('requireNumberGreaterThan', { kind: 'numberGreaterThan', number });
  }
  requireNumberGreaterThanOrEqualTo(number: number): FakeTextValidationBuilder {
    return this.add('requireNumberGreaterThanOrEqualTo', {
      kind: 'numberGreaterThanOrEqualTo',
      number,
    });
  }
  requireTextLengthLessThanOrEqualTo(number: number): FakeTextValidationBuilder {
    return this.add('requireTextLengthLessThanOrEqualTo', { kind: 'lengthAtMost', number });
  }
  requireTextMatchesPattern(pattern: string): FakeTextValidationBuilder {
    // Forms take RE2 syntax; a pattern JavaScript cannot read is most likely a mistake.
    new RegExp(pattern);
    return this.add('requireTextMatchesPattern', { kind: 'matchesPattern', pattern });
  }
  setHelpText(text: string): FakeTextValidationBuilder {
    this.counter.hit('TextValidationBuilder.setHelpText');
    this.help = text;
    return this;
  }
}

/** The state of one item; the typed views below all read and write it. */
class ItemState {
  title = '';
  helpText = '';
  required = false;
  choices: FakeChoice[] = [];
  validation: FakeTextValidation | null = null;
  includesYear = true;
  goToPage: ItemState | null = null;
  navigation: FakePageNavigationType = 'CONTINUE';

  constructor(
    readonly form: FakeForm,
    readonly id: number,
    readonly type: FakeItemType,
  ) {}
}

export class FakeChoice
  implements
    Faked<GoogleAppsScript.Forms.Choice, 'getGotoPage' | 'getPageNavigationType' | 'getValue'>
{
  constructor(
    private readonly counter: CallCounter,
    private readonly value: string,
    private readonly page: ItemState | null,
    private readonly navigation: FakePageNavigationType | null,
  ) {}

  getValue(): string {
    this.counter.hit('Choice.getValue');
    return this.value;
  }
  getGotoPage(): FakePageBreakItem {
    this.counter.hit('Choice.getGotoPage');
    if (!this.page) throw new Error('This choice does not navigate to a page.');
    return new FakePageBreakItem(this.page);
  }
  getPageNavigationType(): FakePageNavigationType {
    this.counter.hit('Choice.getPageNavigationType');
    return this.page ? 'GO_TO_PAGE' : (this.navigation ?? 'CONTINUE');
  }
  /** Uncounted, for assertions. */
  get valueUncounted(): string {
    return this.value;
  }
  /** Uncounted: the id of the page break this choice jumps to, or its navigation type. */
  get target(): number | FakePageNavigationType | null {
    return this.page ? this.page.id : this.navigation;
  }
}

/** Methods every item view has. */
abstract class ItemView {
  constructor(readonly state: ItemState) {}

  protected hit(method: string): void {
    this.state.form.counter.hit(`${this.kind()}.${method}`);
  }
  protected abstract kind(): string;

  getId(): number {
    this.hit('getId');
    return this.state.id;
  }
  getIndex(): number {
    this.hit('getIndex');
    return this.state.form.indexOf(this.state);
  }
  getTitle(): string {
    this.hit('getTitle');
    return this.state.title;
  }
  getHelpText(): string {
    this.hit('getHelpText');
    return this.state.helpText;
  }
  getType(): FakeItemType {
    this.hit('getType');
    return this.state.type;
  }
  setTitle(title: string): this {
    this.hit('setTitle');
    this.state.title = String(title);
    return this;
  }
  setHelpText(text: string): this {
    this.hit('setHelpText');
    this.state.helpText = String(text);
    return this;
  }
}

abstract class QuestionView extends ItemView {
  isRequired(): boolean {
    this.hit('isRequired');
    return this.state.required;
  }
  setRequired(enabled: boolean): this {
    this.hit('setRequired');
    this.state.required = enabled;
    return this;
  }
}

abstract class ChoiceView extends QuestionView {
  createChoice(
    value: string,
    second?: boolean | FakePageBreakItem | FakePageNavigationType,
  ): FakeChoice {
    this.hit('createChoice');
    if (second instanceof FakePageBreakItem) {
      if (this.state.type === 'CHECKBOX') throw new Error('Checkbox choices cannot navigate.');
      return new FakeChoice(this.state.form.counter, value, second.state, null);
    }
    if (typeof second === 'string') {
      if (this.state.type === 'CHECKBOX') throw new Error('Checkbox choices cannot navigate.');
      return new FakeChoice(this.state.form.counter, value, null, second);
    }
    return new FakeChoice(this.state.form.counter, value, null, null);
  }
  getChoices(): FakeChoice[] {
    this.hit('getChoices');
    return [...this.state.choices];
  }
  setChoiceValues(values: string[]): this {
    this.hit('setChoiceValues');
    this.checkChoices(values);
    this.state.choices = values.map((v) => new FakeChoice(this.state.form.counter, v, null, null));
    return this;
  }
  setChoices(choices: FakeChoice[]): this {
    this.hit('setChoices');
    this.checkChoices(choices.map((c) => c.valueUncounted));
    this.state.choices = [...choices];
    return this;
  }
  /** The real service refuses an empty list and blank or repeated choices. */
  private checkChoices(values: readonly string[]): void {
    if (values.length === 0) throw new Error('Invalid data updating form.');
    if (values.some((v) => String(v).trim() === '')) throw new Error('Invalid data updating form.');
    if (new Set(values).size !== values.length) throw new Error('Invalid data updating form.');
  }
}

type ChoiceItemMethods =
  | 'createChoice'
  | 'getChoices'
  | 'getHelpText'
  | 'getId'
  | 'getIndex'
  | 'getTitle'
  | 'getType'
  | 'isRequired'
  | 'setChoiceValues'
  | 'setChoices'
  | 'setHelpText'
  | 'setRequired'
  | 'setTitle';

type CommonMethods = 'getHelpText' | 'getId' | 'getIndex' | 'getTitle' | 'getType';
type QuestionMethods = CommonMethods | 'isRequired' | 'setHelpText' | 'setRequired' | 'setTitle';

export class FakeListItem
  extends ChoiceView
  implements Faked<GoogleAppsScript.Forms.ListItem, ChoiceItemMethods>
{
  protected kind(): string {
    return 'ListItem';
  }
}

export class FakeMultipleChoiceItem
  extends ChoiceView
  implements Faked<GoogleAppsScript.Forms.MultipleChoiceItem, ChoiceItemMethods>
{
  protected kind(): string {
    return 'MultipleChoiceItem';
  }
}

export class FakeCheckboxItem
  extends ChoiceView
  implements Faked<GoogleAppsScript.Forms.CheckboxItem, Exclude<ChoiceItemMethods, 'createChoice'>>
{
  protected kind(): string {
    return 'CheckboxItem';
  }
}

export class FakeDateItem
  extends QuestionView
  implements
    Faked<GoogleAppsScript.Forms.DateItem, QuestionMethods | 'includesYear' | 'setIncludesYear'>
{
  protected kind(): string {
    return 'DateItem';
  }
  includesYear(): boolean {
    this.hit('includesYear');
    return this.state.includesYear;
  }
  setIncludesYear(enableYear: boolean): this {
    this.hit('setIncludesYear');
    this.state.includesYear = enableYear;
    return this;
  }
}

abstract class TextView extends QuestionView {
  setValidation(validation: FakeTextValidation): this {
    this.hit('setValidation');
    this.state.validation = validation;
    return this;
  }
  clearValidation(): this {
    this.hit('clearValidation');
    this.state.validation = null;
    return this;
  }
}

export class FakeTextItem
  extends TextView
  implements
    Faked<GoogleAppsScript.Forms.TextItem, QuestionMethods | 'setValidation' | 'clearValidation'>
{
  protected kind(): string {
    return 'TextItem';
  }
}

export class FakeParagraphTextItem
  extends TextView
  implements
    Faked<
      GoogleAppsScript.Forms.ParagraphTextItem,
      QuestionMethods | 'setValidation' | 'clearValidation'
    >
{
  protected kind(): string {
    return 'ParagraphTextItem';
  }
}

export class FakePageBreakItem
  extends ItemView
  implements
    Faked<
      GoogleAppsScript.Forms.PageBreakItem,
      | CommonMethods
      | 'getGoToPage'
      | 'getPageNavigationType'
      | 'setGoToPage'
      | 'setHelpText'
      | 'setTitle'
    >
{
  protected kind(): string {
    return 'PageBreakItem';
  }
  /** Null when the section does not jump to a page (the real method too; its typing omits it). */
  getGoToPage(): FakePageBreakItem {
    this.hit('getGoToPage');
    return (
      this.state.goToPage ? new FakePageBreakItem(this.state.goToPage) : null
    ) as FakePageBreakItem;
  }
  getPageNavigationType(): FakePageNavigationType {
    this.hit('getPageNavigationType');
    return this.state.goToPage ? 'GO_TO_PAGE' : this.state.navigation;
  }
  /** Where to go after the section that ends at this page break. */
  setGoToPage(target: FakePageBreakItem | FakePageNavigationType): FakePageBreakItem {
    this.hit('setGoToPage');
    if (typeof target === 'string') {
      this.state.goToPage = null;
      this.state.navigation = target;
    } else {
      this.state.goToPage = target.state;
      this.state.navigation = 'GO_TO_PAGE';
    }
    return this;
  }
}

export class FakeSectionHeaderItem
  extends ItemView
  implements
    Faked<GoogleAppsScript.Forms.SectionHeaderItem, CommonMethods | 'setHelpText' | 'setTitle'>
{
  protected kind(): string {
    return 'SectionHeaderItem';
  }
}

type ItemMethods =
  | CommonMethods
  | 'asCheckboxItem'
  | 'asDateItem'
  | 'asListItem'
  | 'asMultipleChoiceItem'
  | 'asPageBreakItem'
  | 'asParagraphTextItem'
  | 'asSectionHeaderItem'
  | 'asTextItem'
  | 'setHelpText'
  | 'setTitle';

/** A generic item as getItems() returns it; as*() give the typed view or throw. */
export class FakeItem extends ItemView implements Faked<GoogleAppsScript.Forms.Item, ItemMethods> {
  protected kind(): string {
    return 'Item';
  }
  private as<T>(type: FakeItemType, method: string, make: (s: ItemState) => T): T {
    this.hit(method);
    if (this.state.type !== type) {
      throw new Error(`Item ${this.state.id} is of type ${this.state.type}, not ${type}.`);
    }
    return make(this.state);
  }
  asCheckboxItem(): FakeCheckboxItem {
    return this.as('CHECKBOX', 'asCheckboxItem', (s) => new FakeCheckboxItem(s));
  }
  asDateItem(): FakeDateItem {
    return this.as('DATE', 'asDateItem', (s) => new FakeDateItem(s));
  }
  asListItem(): FakeListItem {
    return this.as('LIST', 'asListItem', (s) => new FakeListItem(s));
  }
  asMultipleChoiceItem(): FakeMultipleChoiceItem {
    return this.as('MULTIPLE_CHOICE', 'asMultipleChoiceItem', (s) => new FakeMultipleChoiceItem(s));
  }
  asPageBreakItem(): FakePageBreakItem {
    return this.as('PAGE_BREAK', 'asPageBreakItem', (s) => new FakePageBreakItem(s));
  }
  asParagraphTextItem(): FakeParagraphTextItem {
    return this.as('PARAGRAPH_TEXT', 'asParagraphTextItem', (s) => new FakeParagraphTextItem(s));
  }
  asSectionHeaderItem(): FakeSectionHeaderItem {
    return this.as('SECTION_HEADER', 'asSectionHeaderItem', (s) => new FakeSectionHeaderItem(s));
  }
  asTextItem(): FakeTextItem {
    return this.as('TEXT', 'asTextItem', (s) => new FakeTextItem(s));
  }
}

/** Any of the views, as Form.moveItem / deleteItem accept them. */
type AnyItemView = ItemView;

export type Answer = string | number | Date | readonly string[] | null | undefined;

export class FakeItemResponse
  implements Faked<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'>
{
  constructor(
    private readonly counter: CallCounter,
    private readonly state: ItemState,
    private readonly answer: string | string[],
  ) {}
  getItem(): FakeItem {
    this.counter.hit('ItemResponse.getItem');
    return new FakeItem(this.state);
  }
  getResponse(): string | string[] {
    this.counter.hit('ItemResponse.getResponse');
    return Array.isArray(this.answer) ? [...this.answer] : this.answer;
  }
}

export class FakeFormResponse
  implements
    Faked<GoogleAppsScript.Forms.FormResponse, 'getId' | 'getItemResponses' | 'getTimestamp'>
{
  constructor(
    private readonly counter: CallCounter,
    private readonly id: string,
    private readonly timestamp: Date,
    private readonly items: FakeItemResponse[],
    /** Uncounted: the cell each answer made, by item id (a re-linked sheet gets them again). */
    readonly cells: ReadonlyMap<number, CellValue> = new Map(),
  ) {}
  /** Uncounted: the moment of the response. */
  get timestampUncounted(): Date {
    return this.timestamp;
  }
  getId(): string {
    this.counter.hit('FormResponse.getId');
    return this.id;
  }
  getItemResponses(): FakeItemResponse[] {
    this.counter.hit('FormResponse.getItemResponses');
    return [...this.items];
  }
  getTimestamp(): Date {
    this.counter.hit('FormResponse.getTimestamp');
    return copyDate(this.timestamp);
  }
}

type FormMethods =
  | 'addCheckboxItem'
  | 'addDateItem'
  | 'addListItem'
  | 'addMultipleChoiceItem'
  | 'addPageBreakItem'
  | 'addParagraphTextItem'
  | 'addSectionHeaderItem'
  | 'addTextItem'
  | 'collectsEmail'
  | 'deleteItem'
  | 'getDescription'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'getEditUrl'
  | 'getId'
  | 'getItemById'
  | 'getItems'
  | 'getPublishedUrl'
  | 'getResponses'
  | 'getTitle'
  | 'isAcceptingResponses'
  | 'isPublished'
  | 'moveItem'
  | 'setAcceptingResponses'
  | 'setCollectEmail'
  | 'setConfirmationMessage'
  | 'setDescription'
  | 'setDestination'
  | 'setPublished'
  | 'setTitle';

/** The event the spreadsheet's onFormSubmit trigger receives (what Google builds). */
export type FormSubmitEvent = {
  authMode: 'FULL';
  namedValues: Record<string, string[]>;
  range: FakeRange;
  source: FakeSpreadsheet;
  triggerUid: string;
  values: string[];
};

export class FakeForm implements Faked<GoogleAppsScript.Forms.Form, FormMethods> {
  readonly items: ItemState[] = [];
  readonly responses: FakeFormResponse[] = [];
  description = '';
  confirmationMessage = '';
  collectEmail = false;
  /** Forms made by FormApp after 30 June 2026 start unpublished: they take no response. */
  published = false;
  acceptingResponses = true;
  destinationId: string | null = null;
  /** The response sheet and the column each question writes to (by item id). */
  responseSheet: FakeSheet | null = null;
  readonly columnOfItem = new Map<number, number>();

  constructor(
    readonly app: FakeFormApp,
    readonly counter: CallCounter,
    readonly id: string,
    public title: string,
  ) {}

  private hit(method: string): void {
    this.counter.hit(`Form.${method}`);
  }

  indexOf(state: ItemState): number {
    return this.items.indexOf(state);
  }

  private add(method: string, type: FakeItemType): ItemState {
    this.hit(method);
    const state = new ItemState(this, this.app.nextItemId(), type);
    this.items.push(state);
    return state;
  }
  addCheckboxItem(): FakeCheckboxItem {
    return new FakeCheckboxItem(this.add('addCheckboxItem', 'CHECKBOX'));
  }
  addDateItem(): FakeDateItem {
    return new FakeDateItem(this.add('addDateItem', 'DATE'));
  }
  addListItem(): FakeListItem {
    return new FakeListItem(this.add('addListItem', 'LIST'));
  }
  addMultipleChoiceItem(): FakeMultipleChoiceItem {
    return new FakeMultipleChoiceItem(this.add('addMultipleChoiceItem', 'MULTIPLE_CHOICE'));
  }
  addPageBreakItem(): FakePageBreakItem {
    return new FakePageBreakItem(this.add('addPageBreakItem', 'PAGE_BREAK'));
  }
  addParagraphTextItem(): FakeParagraphTextItem {
    return new FakeParagraphTextItem(this.add('addParagraphTextItem', 'PARAGRAPH_TEXT'));
  }
  addSectionHeaderItem(): FakeSectionHeaderItem {
    return new FakeSectionHeaderItem(this.add('addSectionHeaderItem', 'SECTION_HEADER'));
  }
  addTextItem(): FakeTextItem {
    return new FakeTextItem(this.add('addTextItem', 'TEXT'));
  }
  collectsEmail(): boolean {
    this.hit('collectsEmail');
    return this.collectEmail;
  }
  deleteItem(item: number | AnyItemView): void {
    this.hit('deleteItem');
    const index = typeof item === 'number' ? item : this.items.indexOf(item.state);
    if (index < 0 || index >= this.items.length) throw new Error('Invalid item index.');
    this.items.splice(index, 1);
  }
  getDescription(): string {
    this.hit('getDescription');
    return this.description;
  }
  getDestinationId(): string {
    this.hit('getDestinationId');
    if (this.destinationId === null) {
      throw new Error('This form does not currently have a response destination.');
    }
    return this.destinationId;
  }
  getDestinationType(): FakeDestinationType {
    this.hit('getDestinationType');
    if (this.destinationId === null) {
      throw new Error('This form does not currently have a response destination.');
    }
    return 'SPREADSHEET';
  }
  getEditUrl(): string {
    this.hit('getEditUrl');
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getId(): string {
    this.hit('getId');
    return this.id;
  }
  /** Null when the form has no such item (the real method too; its typing omits it). */
  getItemById(id: number): FakeItem {
    this.hit('getItemById');
    const state = this.items.find((s) => s.id === Number(id));
    return (state ? new FakeItem(state) : null) as FakeItem;
  }
  getItems(itemType?: FakeItemType): FakeItem[] {
    this.hit('getItems');
    return this.items
      .filter((s) => itemType === undefined || s.type === itemType)
      .map((s) => new FakeItem(s));
  }
  getPublishedUrl(): string {
    this.hit('getPublishedUrl');
    return this.viewUrl;
  }
  get viewUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/viewform`;
  }
  getResponses(timestamp?: Date): FakeFormResponse[] {
    this.hit('getResponses');
    const from = timestamp ? timestamp.getTime() : Number.NEGATIVE_INFINITY;
    return this.responses.filter((r) => r.getTimestamp().getTime() >= from);
  }
  getTitle(): string {
    this.hit('getTitle');
    return this.title;
  }
  isAcceptingResponses(): boolean {
    this.hit('isAcceptingResponses');
    return this.acceptingResponses;
  }
  isPublished(): boolean {
    this.hit('isPublished');
    return this.published;
  }
  setAcceptingResponses(enabled: boolean): FakeForm {
    this.hit('setAcceptingResponses');
    this.acceptingResponses = enabled;
    return this;
  }
  /** Like Google, publishing also makes the form accept responses. */
  setPublished(enabled: boolean): FakeForm {
    this.hit('setPublished');
    this.published = enabled;
    if (enabled) this.acceptingResponses = true;
    return this;
  }
  moveItem(from: number | AnyItemView, to: number): FakeItem {
    this.hit('moveItem');
    const index = typeof from === 'number' ? from : this.items.indexOf(from.state);
    if (index < 0 || index >= this.items.length || to < 0 || to >= this.items.length) {
      throw new Error('Invalid item index.');
    }
    const [state] = this.items.splice(index, 1) as [ItemState];
    this.items.splice(to, 0, state);
    return new FakeItem(state);
  }
  setCollectEmail(collect: boolean): FakeForm {
    this.hit('setCollectEmail');
    this.collectEmail = collect;
    return this;
  }
  setConfirmationMessage(message: string): FakeForm {
    this.hit('setConfirmationMessage');
    this.confirmationMessage = message;
    return this;
  }
  setDescription(description: string): FakeForm {
    this.hit('setDescription');
    this.description = description;
    return this;
  }
  /**
   * Like Google, linking the form to a spreadsheet adds a new response sheet at the front,
   * titled by the timestamp and every question; linking it again adds yet another one, which
   * receives a copy of every earlier response (the form keeps them in its own store), while
   * the sheet linked before is unlinked and keeps its rows.
   */
  setDestination(type: FakeDestinationType, id: string): FakeForm {
    this.hit('setDestination');
    if (type !== 'SPREADSHEET') throw new Error(`Unknown destination type ${String(type)}`);
    this.app.linkToSpreadsheet(this, id);
    return this;
  }
  setTitle(title: string): FakeForm {
    this.hit('setTitle');
    this.title = title;
    return this;
  }

  /** Uncounted: the questions, in form order. */
  questions(): ItemState[] {
    return this.items.filter((s) => QUESTION_TYPES.includes(s.type));
  }
  /** Uncounted: a readable outline of the items, for assertions. */
  outline(): ItemOutline[] {
    return this.items.map((s) => ({
      id: s.id,
      type: s.type,
      title: s.title,
      helpText: s.helpText,
      required: s.required,
      choices: s.choices.map((c) => ({ value: c.valueUncounted, target: c.target })),
      validation: s.validation ? [...s.validation.rules] : null,
      goTo: s.goToPage ? s.goToPage.id : s.type === 'PAGE_BREAK' ? s.navigation : null,
    }));
  }
}

export type ItemOutline = {
  id: number;
  type: FakeItemType;
  title: string;
  helpText: string;
  required: boolean;
  choices: { value: string; target: number | FakePageNavigationType | null }[];
  validation: TextRule[] | null;
  goTo: number | FakePageNavigationType | null;
};

/** How a response value appears in a cell: Google stores numbers typed as text as numbers. */
function cellOf(answer: Answer): CellValue {
  if (answer === null || answer === undefined) return '';
  if (isDate(answer)) return copyDate(answer);
  if (typeof answer === 'number') return answer;
  if (Array.isArray(answer)) return answer.join(', ');
  const text = String(answer);
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** The text a value shows in e.values / e.namedValues. */
function displayOf(value: CellValue): string {
  if (isDate(value)) {
    const d = value as Date;
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  }
  return String(value);
}

export class FakeFormApp
  implements Faked<GoogleAppsScript.Forms.FormApp, 'create' | 'createTextValidation' | 'openById'>
{
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;
  readonly PageNavigationType = PageNavigationType;
  /** Every form ever created, by id (deleted ones too: see `trash`). */
  readonly forms = new Map<string, FakeForm>();
  private readonly trashed = new Set<string>();
  private itemIds = 1_000_000;
  private formIds = 0;
  private responseIds = 0;
  /** The virtual clock of submissions, when a test gives no timestamp. */
  nowMs = Date.UTC(2026, 9, 1, 4, 0, 0);

  constructor(
    readonly counter: CallCounter,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly scriptApp: FakeScriptApp,
  ) {}

  nextItemId(): number {
    this.itemIds += 7;
    return this.itemIds;
  }

  create(title: string): FakeForm {
    this.counter.hit('FormApp.create');
    this.formIds++;
    const form = new FakeForm(this, this.counter, `fake-form-${this.formIds}`, title);
    this.forms.set(form.id, form);
    return form;
  }
  createTextValidation(): FakeTextValidationBuilder {
    this.counter.hit('FormApp.createTextValidation');
    return new FakeTextValidationBuilder(this.counter);
  }
  createParagraphTextValidation(): FakeTextValidationBuilder {
    this.counter.hit('FormApp.createParagraphTextValidation');
    return new FakeTextValidationBuilder(this.counter);
  }
  openById(id: string): FakeForm {
    this.counter.hit('FormApp.openById');
    if (this.unavailable) throw new Error('Service unavailable: Forms');
    const form = this.forms.get(id);
    if (!form || this.trashed.has(id)) {
      throw new Error(
        `No item with the given ID could be found, or you do not have permission to access it.`,
      );
    }
    return form;
  }

  /** Test helper: Forms answers every openById with a passing failure while this is true. */
  unavailable = false;

  /** Test helper: the form is deleted (moved to the trash) by someone. */
  trash(id: string): void {
    this.trashed.add(id);
  }
  /** Uncounted: the live (not trashed) forms. */
  liveForms(): FakeForm[] {
    return [...this.forms.values()].filter((f) => !this.trashed.has(f.id));
  }

  linkToSpreadsheet(form: FakeForm, id: string): void {
    if (id !== this.spreadsheet.id) {
      throw new Error(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    }
    const taken = new Set(this.spreadsheet.sheetList().map((s) => s.getNameUncounted()));
    let n = 1;
    while (taken.has(`Form Responses ${n}`)) n++;
    const sheet = this.spreadsheet.addSheet(`Form Responses ${n}`, 0);
    if (form.responseSheet) form.responseSheet.formUrl = null;
    sheet.formUrl = form.viewUrl;
    form.destinationId = id;
    form.responseSheet = sheet;
    form.columnOfItem.clear();
    const header = sheet.grid.cell(1, 1);
    header.value = 'Timestamp';
    this.syncHeader(form);
    for (const response of form.responses) this.writeRow(form, response);
  }

  /** The response's row at the end of the form's response sheet; returns its row and values. */
  private writeRow(
    form: FakeForm,
    response: FakeFormResponse,
  ): { row: number; values: CellValue[] } {
    const sheet = form.responseSheet as FakeSheet;
    const row = sheet.grid.lastRow() + 1;
    const width = Math.max(1, sheet.grid.lastColumn());
    const values: CellValue[] = new Array(width).fill('');
    values[0] = copyDate(response.timestampUncounted);
    for (const question of form.questions()) {
      const column = form.columnOfItem.get(question.id) as number;
      const cell = response.cells.get(question.id);
      values[column - 1] = cell === undefined ? '' : isDate(cell) ? copyDate(cell as Date) : cell;
    }
    values.forEach((value, i) => {
      const cell = sheet.grid.cell(row, i + 1);
      cell.value = value;
      cell.formula = '';
    });
    return { row, values };
  }

  /** Gives every question a column (new ones at the end) titled by its current title. */
  private syncHeader(form: FakeForm): void {
    const sheet = form.responseSheet;
    if (!sheet) return;
    for (const question of form.questions()) {
      let column = form.columnOfItem.get(question.id);
      if (column === undefined) {
        column = Math.max(2, sheet.grid.lastColumn() + 1);
        form.columnOfItem.set(question.id, column);
      }
      sheet.grid.cell(1, column).value = question.title;
    }
  }

  /**
   * Test helper (uncounted): submits a response, answers keyed by question title (a Date for a
   * date question, an array for checkboxes). With a destination, appends the row to the
   * response sheet and returns the spreadsheet trigger's event; otherwise returns null.
   */
  submit(
    formId: string,
    answers: Readonly<Record<string, Answer>>,
    opts: { timestamp?: Date } = {},
  ): FormSubmitEvent | null {
    const form = this.forms.get(formId);
    if (!form || this.trashed.has(formId)) throw new Error(`No form ${formId}`);
    // A responder of an unpublished or closed form sees no question: nothing is recorded.
    if (!form.published) throw new Error(`Form ${formId} is not published: it takes no response.`);
    if (!form.acceptingResponses)
      throw new Error(`Form ${formId} is no longer accepting responses.`);
    const titles = new Set(form.questions().map((q) => q.title));
    for (const title of Object.keys(answers)) {
      if (!titles.has(title)) throw new Error(`Form ${formId} has no question "${title}"`);
    }
    this.nowMs += 1000;
    const timestamp = copyDate(opts.timestamp ?? new Date(this.nowMs));
    const itemResponses = form
      .questions()
      .filter(
        (q) =>
          answers[q.title] !== undefined && answers[q.title] !== null && answers[q.title] !== '',
      )
      .map((q) => {
        const a = answers[q.title];
        const text = Array.isArray(a) ? [...a] : isDate(a) ? displayOf(a as Date) : String(a);
        return new FakeItemResponse(this.counter, q, text);
      });
    this.responseIds++;
    const cells = new Map<number, CellValue>();
    for (const question of form.questions())
      cells.set(question.id, cellOf(answers[question.title]));
    const response = new FakeFormResponse(
      this.counter,
      `response-${this.responseIds}`,
      timestamp,
      itemResponses,
      cells,
    );
    form.responses.push(response);
    const sheet = form.responseSheet;
    if (!sheet || form.destinationId === null) return null;
    this.syncHeader(form);
    const { row, values } = this.writeRow(form, response);
    const width = values.length;
    const namedValues: Record<string, string[]> = { Timestamp: [displayOf(timestamp)] };
    for (const question of form.questions()) {
      const column = form.columnOfItem.get(question.id) as number;
      namedValues[question.title] = [displayOf(values[column - 1] ?? '')];
    }
    const trigger = this.scriptApp.triggers.find(
      (t) => t.describe().eventType === 'ON_FORM_SUBMIT',
    );
    return {
      authMode: 'FULL',
      namedValues,
      range: sheet.rangeAt(row, 1, 1, width),
      source: this.spreadsheet,
      triggerUid: trigger ? trigger.uid : '',
      values: values.map(displayOf),
    };
  }
}
