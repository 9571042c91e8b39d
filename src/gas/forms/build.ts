/**
 * "Create or update forms": the three committee forms built from FORM_SPECS. A form whose id
 * the document keeps is updated in place: its items are found by their kept ids, retitled and
 * reconfigured, never replaced, so the form keeps its address, its response sheet and every
 * response. Only a form that no longer opens (deleted) is created anew.
 */
import { errorText } from '../../core/error-text';
import {
  FORM_KINDS,
  FORM_SPECS,
  type FormKind,
  type FormWording,
  type ItemSpec,
  longTextOf,
  MAX_FORM_COUNT,
  type Navigation,
  type PageSpec,
  type QuestionSpec,
  wordOf,
} from '../../core/forms/spec';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { SHEETS } from '../../core/schema/sheets';
import { committeeChoices, readCommittees } from './committees';
import { IntakeLedger } from './intake-ledger';
import { ensurePublished } from './publish';
import { ensureStatusColumn, responseSheetOf } from './response-sheet';
import { type FormIds, formIds, itemIds, setFormIds, setItemIds } from './store';
import { installIntakeTrigger } from './triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ItemType = GoogleAppsScript.Forms.ItemType;

export interface BuildResult {
  readonly ok: boolean;
  readonly message: string;
  /** Forms found unpublished or closed and published again, one sentence each. */
  readonly republished?: readonly string[];
}

function itemTypeOf(spec: ItemSpec): ItemType {
  if (spec.item === 'page') return FormApp.ItemType.PAGE_BREAK;
  switch (spec.type) {
    case 'committee':
    case 'list':
      return FormApp.ItemType.LIST;
    case 'multipleChoice':
      return FormApp.ItemType.MULTIPLE_CHOICE;
    case 'checkbox':
      return FormApp.ItemType.CHECKBOX;
    case 'date':
      return FormApp.ItemType.DATE;
    case 'paragraph':
      return FormApp.ItemType.PARAGRAPH_TEXT;
    default:
      return FormApp.ItemType.TEXT;
  }
}

function addItem(form: Form, spec: ItemSpec): Item {
  const type = itemTypeOf(spec);
  let added: { getId(): number };
  if (type === FormApp.ItemType.PAGE_BREAK) added = form.addPageBreakItem();
  else if (type === FormApp.ItemType.LIST) added = form.addListItem();
  else if (type === FormApp.ItemType.MULTIPLE_CHOICE) added = form.addMultipleChoiceItem();
  else if (type === FormApp.ItemType.CHECKBOX) added = form.addCheckboxItem();
  else if (type === FormApp.ItemType.DATE) added = form.addDateItem();
  else if (type === FormApp.ItemType.PARAGRAPH_TEXT) added = form.addParagraphTextItem();
  else added = form.addTextItem();
  return form.getItemById(added.getId());
}

/** The item kept for this spec, if it is still in the form and still of the right type. */
function keptItem(form: Form, id: number | undefined, spec: ItemSpec): Item | null {
  if (id === undefined) return null;
  const item = form.getItemById(id);
  return item && item.getType() === itemTypeOf(spec) ? item : null;
}

/** What Forms says of a form that no longer exists (deleted, or never shared with this user). */
const FORM_GONE = /No item with the given ID could be found/i;

/**
 * The saved form, or null when it is gone and must be made again. Any other failure (Forms
 * briefly unavailable) is thrown: making a new form then would orphan the one people answer.
 */
function openForm(id: string | undefined): Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch (error) {
    if (FORM_GONE.test(errorText(error))) return null;
    throw error;
  }
}

/** Builds or updates the three forms; returns what to tell the coordinator. */
export function buildForms(spreadsheet: Spreadsheet, lang: Lang, bilingual: boolean): BuildResult {
  const committees = committeeChoices(readCommittees(spreadsheet));
  if (committees.length === 0) {
    return {
      ok: false,
      message: text('noActiveCommittee', lang, { sheet: SHEETS.committees.labels[lang] }),
    };
  }
  const wording: FormWording = { lang, bilingual };
  const ids: FormIds = formIds();
  let created = 0;
  let updated = 0;
  const links: string[] = [];
  const reopened: string[] = [];
  for (const kind of FORM_KINDS) {
    let form = openForm(ids[kind]);
    const isNew = form === null;
    if (form) updated++;
    else {
      form = FormApp.create(wordOf(FORM_SPECS[kind].title, wording));
      form.setCollectEmail(false);
      created++;
      ids[kind] = form.getId();
      // Kept at once: a failure further on must not orphan a form that exists.
      setFormIds(ids);
      setItemIds(kind, {});
    }
    buildForm(form, kind, wording, committees);
    linkToSpreadsheet(form, spreadsheet, lang);
    const fix = ensurePublished(form);
    // A new form is always unpublished at first: only an existing one found closed is news.
    if (fix && !isNew) {
      const title = wordOf(FORM_SPECS[kind].title, wording);
      reopened.push(text(fix === 'unpublished' ? 'republished' : 'reopened', lang, { title }));
    }
    links.push(`${wordOf(FORM_SPECS[kind].title, wording)}: ${form.getPublishedUrl()}`);
  }
  setFormIds(ids);
  // Made with the forms, so that the first response costs what every later one does.
  IntakeLedger.ensureSheet(spreadsheet, lang);
  installIntakeTrigger(spreadsheet);
  return {
    ok: true,
    message: [
      text('formsDone', lang, { created, updated, links: links.join('\n') }),
      reopened.join('\n'),
    ]
      .filter((part) => part !== '')
      .join('\n\n'),
    republished: reopened,
  };
}

function buildForm(form: Form, kind: FormKind, wording: FormWording, committees: string[]): void {
  const spec = FORM_SPECS[kind];
  form.setTitle(wordOf(spec.title, wording));
  form.setDescription(longTextOf(spec.description, wording));
  const kept = itemIds(kind);
  const items = new Map<string, Item>();
  // First every item exists (navigation needs the page breaks), then each is configured.
  for (const item of spec.items) {
    const found = keptItem(form, kept[item.key], item) ?? addItem(form, item);
    items.set(item.key, found);
    kept[item.key] = found.getId();
  }
  setItemIds(kind, kept);
  for (const item of spec.items) {
    const target = items.get(item.key) as Item;
    if (item.item === 'page') configurePage(target, item, wording, items);
    else configureQuestion(target, item, wording, items, committees);
  }
  // Korgoo's items first, in the spec's order; items a coordinator added stay after them.
  spec.items.forEach((item, index) => {
    const target = items.get(item.key) as Item;
    if (target.getIndex() !== index) form.moveItem(target.getIndex(), index);
  });
}

function pageOf(
  items: Map<string, Item>,
  navigation: Navigation,
): GoogleAppsScript.Forms.PageBreakItem | null {
  if (typeof navigation === 'string') return null;
  return (items.get(navigation.page) as Item).asPageBreakItem();
}

function navigationType(navigation: Navigation): GoogleAppsScript.Forms.PageNavigationType {
  return navigation === 'submit'
    ? FormApp.PageNavigationType.SUBMIT
    : FormApp.PageNavigationType.CONTINUE;
}

function configurePage(
  item: Item,
  spec: PageSpec,
  wording: FormWording,
  items: Map<string, Item>,
): void {
  const page = item.asPageBreakItem();
  page.setTitle(wordOf(spec.title, wording));
  page.setHelpText(spec.help ? longTextOf(spec.help, wording) : '');
  if (spec.afterPrevious) {
    const target = pageOf(items, spec.afterPrevious);
    if (target) page.setGoToPage(target);
    else page.setGoToPage(navigationType(spec.afterPrevious));
  }
}

function countValidation(spec: QuestionSpec): GoogleAppsScript.Forms.TextValidation {
  const builder = FormApp.createTextValidation();
  if (spec.type === 'amount') return builder.requireNumberGreaterThan(0).build();
  return builder.requireWholeNumber().requireNumberBetween(0, MAX_FORM_COUNT).build();
}

function configureQuestion(
  item: Item,
  spec: QuestionSpec,
  wording: FormWording,
  items: Map<string, Item>,
  committees: string[],
): void {
  const title = wordOf(spec.title, wording);
  const help = spec.help ? longTextOf(spec.help, wording) : '';
  const choiceValues = (spec.choices ?? []).map((choice) => wordOf(choice.labels, wording));
  switch (spec.type) {
    case 'committee':
      item
        .asListItem()
        .setTitle(title)
        .setHelpText(help)
        .setRequired(spec.required)
        .setChoiceValues(committees);
      return;
    case 'list':
    case 'multipleChoice': {
      const choiceItem = spec.type === 'list' ? item.asListItem() : item.asMultipleChoiceItem();
      choiceItem.setTitle(title).setHelpText(help).setRequired(spec.required);
      if (!spec.navigation) {
        choiceItem.setChoiceValues(choiceValues);
        return;
      }
      const navigation = spec.navigation;
      const choices = (spec.choices ?? []).map((choice, i) => {
        const value = choiceValues[i] as string;
        const to = navigation[choice.key] ?? 'continue';
        const page = pageOf(items, to);
        return page
          ? choiceItem.createChoice(value, page)
          : choiceItem.createChoice(value, navigationType(to));
      });
      choiceItem.setChoices(choices);
      return;
    }
    case 'checkbox':
      item
        .asCheckboxItem()
        .setTitle(title)
        .setHelpText(help)
        .setRequired(spec.required)
        .setChoiceValues(choiceValues);
      return;
    case 'date':
      item
        .asDateItem()
        .setTitle(title)
        .setHelpText(help)
        .setRequired(spec.required)
        .setIncludesYear(true);
      return;
    case 'count':
    case 'amount':
      item
        .asTextItem()
        .setTitle(title)
        .setHelpText(help)
        .setRequired(spec.required)
        .setValidation(countValidation(spec));
      return;
    case 'caseCode':
      item
        .asTextItem()
        .setTitle(title)
        .setHelpText(help)
        .setRequired(spec.required)
        .setValidation(
          FormApp.createTextValidation()
            .requireTextMatchesPattern('\\s*[A-Za-z0-9-]{2,16}-[0-9]{4}-[0-9]{4}\\s*')
            .build(),
        );
      return;
    case 'text':
      item.asTextItem().setTitle(title).setHelpText(help).setRequired(spec.required);
      return;
    case 'paragraph':
      item.asParagraphTextItem().setTitle(title).setHelpText(help).setRequired(spec.required);
      return;
  }
}

/**
 * Responses go to this spreadsheet. Linking again would add a second response sheet, so a
 * form already linked here is left as it is.
 */
function linkToSpreadsheet(form: Form, spreadsheet: Spreadsheet, lang: Lang): void {
  let linked = false;
  try {
    linked = form.getDestinationId() === spreadsheet.getId();
  } catch {
    linked = false;
  }
  if (!linked) form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  SpreadsheetApp.flush();
  const sheet = responseSheetOf(spreadsheet, form.getId());
  if (sheet) ensureStatusColumn(sheet, lang);
}
