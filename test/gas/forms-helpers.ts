/**
 * Workbooks with Korgoo's forms, built through the bundle ("Create or update forms"), and
 * responses submitted through the fake FormApp and delivered to the bundle's trigger.
 */
import type { FormKind } from '../../src/core/forms/spec';
import type { Lang } from '../../src/core/i18n/lang';
import { SHEETS } from '../../src/core/schema/sheets';
import type { Answer, FakeForm, FakeSheet, FormSubmitEvent } from '../fakes';
import type { AddOn } from './load-bundle';
import { dataRows, day, headerOf, type Row, workbookWithEvents } from './workbook-data';

export interface FormsWorkbook extends AddOn {
  readonly lang: Lang;
  form(kind: FormKind): FakeForm;
  responseSheet(kind: FormKind): FakeSheet;
  sheet(key: keyof typeof SHEETS): FakeSheet;
  /** Submits a response; returns the trigger's event (not yet delivered). */
  submit(kind: FormKind, answers: Readonly<Record<string, Answer>>): FormSubmitEvent;
  /** Delivers an event to the bundle's onFormSubmitted, as the installable trigger does. */
  deliver(event: FormSubmitEvent): void;
  /** Submits and delivers. */
  respond(kind: FormKind, answers: Readonly<Record<string, Answer>>): FormSubmitEvent;
  /** Rows of a canonical sheet, each as {column label: value}. */
  rows(key: keyof typeof SHEETS): Record<string, unknown>[];
  /** The response sheet's Korgoo status column, one value per response row. */
  statuses(kind: FormKind): unknown[];
  logLines(): Row[];
}

export function formIdsOf(addOn: AddOn): Record<FormKind, string> {
  return JSON.parse(addOn.s.PropertiesService.document.store.get('korgoo.forms.ids') ?? '{}');
}

/**
 * A workbook set up in `lang` with the test committees (KANT, TOKM, NARYN active; SUSP
 * suspended) and `events` event rows, whose forms were created (bilingual when asked).
 */
export function workbookWithForms(
  opts: { lang?: Lang; bilingual?: boolean; events?: number } = {},
): FormsWorkbook {
  const lang = opts.lang ?? 'en';
  const addOn = workbookWithEvents(opts.events ?? 0, lang);
  addOn.s.ui.answerAlerts(opts.bilingual ? 'YES' : 'NO');
  addOn.run('createOrUpdateForms');
  addOn.s.counter.reset();
  return withHelpers(addOn, lang);
}

export function withHelpers(addOn: AddOn, lang: Lang): FormsWorkbook {
  const { s } = addOn;
  const form = (kind: FormKind): FakeForm => {
    const id = formIdsOf(addOn)[kind];
    const found = s.FormApp.forms.get(id);
    if (!found) throw new Error(`no ${kind} form`);
    return found;
  };
  const sheet = (key: keyof typeof SHEETS) => s.spreadsheet.sheet(SHEETS[key].labels[lang]);
  const responseSheet = (kind: FormKind): FakeSheet => {
    const found = form(kind).responseSheet;
    if (!found) throw new Error(`the ${kind} form has no response sheet`);
    return found;
  };
  const submit = (kind: FormKind, answers: Readonly<Record<string, Answer>>) => {
    const event = s.FormApp.submit(form(kind).id, answers);
    if (!event) throw new Error('the form has no destination');
    return event;
  };
  const deliver = (event: FormSubmitEvent) => {
    addOn.run('onFormSubmitted', event);
  };
  return {
    ...addOn,
    lang,
    form,
    responseSheet,
    sheet,
    submit,
    deliver,
    respond: (kind, answers) => {
      const event = submit(kind, answers);
      deliver(event);
      return event;
    },
    rows: (key) => {
      const target = sheet(key);
      const header = headerOf(target).map(String);
      return dataRows(target).map((row) =>
        Object.fromEntries(header.map((label, i) => [label, row[i]])),
      );
    },
    statuses: (kind) => {
      const target = responseSheet(kind);
      const header = headerOf(target).map(String);
      const column = header.findIndex((h) => h.startsWith('Korgoo'));
      return dataRows(target).map((row) => row[column]);
    },
    logLines: () => dataRows(sheet('log')),
  };
}

/** An English event report: committee KANT unless told, a training of 25 (15 women, 10 men). */
export function eventAnswers(i: number, over: Record<string, Answer> = {}): Record<string, Answer> {
  return {
    Committee: 'KANT — Committee KANT',
    Date: day(2025, 1 + (i % 12), 1 + (i % 28)),
    Type: 'Training / seminar',
    Audience: 'Parents',
    Participants: '25',
    Women: '15',
    Men: '10',
    Partners: ['Police', 'School'],
    Topic: `Prevention talk ${i}`,
    Decisions: 'Hold a parents meeting next month',
    ...over,
  };
}

/** An English new case: KANT, identified in 2025, a woman, physical and psychological violence. */
export function caseAnswers(i: number, over: Record<string, Answer> = {}): Record<string, Answer> {
  return {
    Committee: 'KANT — Committee KANT',
    'Identified on': day(2025, 1 + (i % 12), 1 + (i % 28)),
    Source: "Resident's appeal",
    'Violence type': ['Physical', 'Psychological'],
    'Affected person': 'Woman',
    'Risk level': 'High',
    'Consent to share recorded': 'Yes',
    Status: 'Open',
    ...over,
  };
}

export function referralAnswers(caseCode: string, over: Record<string, Answer> = {}) {
  return {
    'Case code': caseCode,
    'What are you reporting?': 'Referral',
    'Referral date': day(2025, 6, 2),
    'Referred to': 'Crisis centre',
    Outcome: 'Service received',
    ...over,
  };
}

export function assistanceAnswers(caseCode: string, over: Record<string, Answer> = {}) {
  return {
    'Case code': caseCode,
    'What are you reporting?': 'Assistance',
    'Assistance date': day(2025, 6, 3),
    Type: 'Cash aid',
    'Amount KGS': '6500',
    Provider: 'Ayil okmotu',
    ...over,
  };
}
