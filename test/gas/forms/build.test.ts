/**
 * "Create or update forms" through the bundle: three forms from the schema, linked to the
 * spreadsheet; a second run updates the same forms and items in place; the committee lists
 * follow the Committees sheet; one onFormSubmit trigger, installed once.
 */
import { CHOICES } from '../../../src/core/schema/choices';
import type { FakeForm, ItemOutline } from '../../fakes';
import { formIdsOf, workbookWithForms } from '../forms-helpers';
import { ensureBuilt } from '../load-bundle';
import {
  columnOf,
  committeeRows,
  day,
  rowOf,
  workbookWithEvents,
  writeRows,
} from '../workbook-data';

const STATUS = columnOf('committees', 'status');

beforeAll(() => ensureBuilt());

const ACTIVE = ['KANT — Committee KANT', 'TOKM — Committee TOKM', 'NARYN — Committee NARYN'];
const NO_PERSONAL_DATA = 'Do not write names, addresses or phone numbers.';

function item(form: FakeForm, title: string): ItemOutline {
  const found = form.outline().find((o) => o.title === title);
  if (!found) throw new Error(`no item "${title}" in ${form.title}`);
  return found;
}

describe('the three forms', () => {
  const wb = workbookWithForms();

  test('are created, linked to this spreadsheet, each with its own response sheet', () => {
    const forms = wb.s.FormApp.liveForms();
    expect(forms.map((f) => f.title)).toEqual([
      'Korgoo: event report',
      'Korgoo: new case',
      'Korgoo: follow-up of a case',
    ]);
    for (const form of forms) {
      expect(form.destinationId).toBe(wb.s.spreadsheet.id);
      expect(form.responseSheet?.formUrl).toContain(form.id);
    }
    expect(new Set(forms.map((f) => f.responseSheet)).size).toBe(3);
    expect(Object.keys(formIdsOf(wb)).sort()).toEqual(['case', 'event', 'followup']);
  });

  test('the response sheets get the Korgoo status column', () => {
    for (const kind of ['event', 'case', 'followup'] as const) {
      const sheet = wb.responseSheet(kind);
      const header = sheet.rangeAt(1, 1, 1, sheet.grid.lastColumn()).readValuesUncounted()[0];
      expect(header?.[0]).toBe('Timestamp');
      expect(header).toContain('Korgoo status');
    }
  });

  test('the event report asks what the Events sheet needs, typed and required as the schema says', () => {
    const form = wb.form('event');
    const outline = form.outline();
    expect(outline.map((o) => [o.type, o.title, o.required])).toEqual([
      ['LIST', 'Committee', true],
      ['DATE', 'Date', true],
      ['LIST', 'Type', true],
      ['PAGE_BREAK', 'Committee session', false],
      ['TEXT', 'Cases reviewed', false],
      ['PAGE_BREAK', 'Participants and content', false],
      ['LIST', 'Audience', false],
      ['TEXT', 'Participants', true],
      ['TEXT', 'Women', false],
      ['TEXT', 'Men', false],
      ['TEXT', 'Under 18', false],
      ['CHECKBOX', 'Partners', false],
      ['PARAGRAPH_TEXT', 'Topic', false],
      ['PARAGRAPH_TEXT', 'Decisions', false],
    ]);
    expect(item(form, 'Committee').choices.map((c) => c.value)).toEqual(ACTIVE);
    for (const count of ['Cases reviewed', 'Participants', 'Women', 'Men', 'Under 18']) {
      expect(item(form, count).validation).toEqual([
        { kind: 'wholeNumber' },
        { kind: 'numberBetween', start: 0, end: 100_000 },
      ]);
    }
    expect(item(form, 'Partners').choices.map((c) => c.value)).toEqual(
      CHOICES.partner.map((c) => c.labels.en),
    );
  });

  test('cases reviewed is asked only for committee sessions (section navigation)', () => {
    const form = wb.form('event');
    const session = item(form, 'Committee session');
    const details = item(form, 'Participants and content');
    const targets = Object.fromEntries(item(form, 'Type').choices.map((c) => [c.value, c.target]));
    expect(targets['Committee session']).toBe('CONTINUE');
    for (const [value, target] of Object.entries(targets)) {
      if (value !== 'Committee session') expect([value, target]).toEqual([value, details.id]);
    }
    expect(session.id).not.toBe(details.id);
  });

  test('the new case form has no question for names, and says so', () => {
    const form = wb.form('case');
    expect(form.description).toContain('no names, addresses or phone numbers');
    expect(form.outline().map((o) => o.type)).not.toContain('PARAGRAPH_TEXT');
    expect(item(form, 'Violence type').type).toBe('CHECKBOX');
    expect(item(form, 'Reviewed jointly with').type).toBe('CHECKBOX');
    expect(item(form, 'Identified on')).toMatchObject({ type: 'DATE', required: true });
    expect(item(form, 'Affected person')).toMatchObject({ type: 'LIST', required: true });
    expect(item(form, 'Risk level')).toMatchObject({ type: 'LIST', required: false });
  });

  test('every free-text question of every form says not to write names, addresses, phones', () => {
    for (const kind of ['event', 'case', 'followup'] as const) {
      for (const o of wb.form(kind).outline()) {
        const freeText =
          o.type === 'PARAGRAPH_TEXT' || (o.type === 'TEXT' && o.validation === null);
        if (freeText) expect([o.title, o.helpText]).toEqual([o.title, NO_PERSONAL_DATA]);
      }
    }
    expect(item(wb.form('followup'), 'Case code').helpText).toContain(NO_PERSONAL_DATA);
  });

  test('the follow-up form: a first multiple choice leads to the referral or the assistance section', () => {
    const form = wb.form('followup');
    const outline = form.outline();
    expect(outline.map((o) => [o.type, o.title])).toEqual([
      ['TEXT', 'Case code'],
      ['MULTIPLE_CHOICE', 'What are you reporting?'],
      ['PAGE_BREAK', 'Referral'],
      ['DATE', 'Referral date'],
      ['LIST', 'Referred to'],
      ['LIST', 'Outcome'],
      ['PAGE_BREAK', 'Assistance'],
      ['DATE', 'Assistance date'],
      ['LIST', 'Type'],
      ['TEXT', 'Amount KGS'],
      ['TEXT', 'Provider'],
    ]);
    const referral = outline[2] as ItemOutline;
    const assistance = outline[6] as ItemOutline;
    expect(item(form, 'What are you reporting?').choices).toEqual([
      { value: 'Referral', target: referral.id },
      { value: 'Assistance', target: assistance.id },
    ]);
    // After the referral section the form is submitted, not walked into the assistance one.
    expect(assistance.goTo).toBe('SUBMIT');
    expect(item(form, 'Amount KGS').validation).toEqual([{ kind: 'numberGreaterThan', number: 0 }]);
  });

  test('one onFormSubmit trigger is installed', () => {
    expect(wb.s.ScriptApp.triggers.map((t) => t.describe().handler)).toEqual(['onFormSubmitted']);
    expect(wb.s.ScriptApp.triggers[0]?.describe().eventType).toBe('ON_FORM_SUBMIT');
  });
});

describe('a second run', () => {
  test('updates the same forms and items in place: no new form, item or response sheet', () => {
    const wb = workbookWithForms();
    wb.respond('event', {
      Committee: ACTIVE[0],
      Date: day(2025, 3, 3),
      Type: 'Training / seminar',
      Participants: '12',
    });
    const before = wb.s.FormApp.liveForms().map((f) => ({ id: f.id, outline: f.outline() }));
    const sheetsBefore = wb.s.spreadsheet.sheetList().map((s) => s.getNameUncounted());
    wb.s.ScriptApp.newTrigger('sendMonthlyDigest').timeBased().everyDays(1).create();
    wb.s.ui.answerAlerts('NO');
    wb.run('createOrUpdateForms');
    expect(wb.s.FormApp.forms.size).toBe(3);
    expect(wb.s.FormApp.liveForms().map((f) => ({ id: f.id, outline: f.outline() }))).toEqual(
      before,
    );
    expect(wb.s.spreadsheet.sheetList().map((s) => s.getNameUncounted())).toEqual(sheetsBefore);
    expect(wb.form('event').responses).toHaveLength(1);
    expect(wb.statuses('event')).toHaveLength(1);
    // The intake trigger is not doubled; another trigger is left alone.
    expect(wb.s.ScriptApp.triggers.map((t) => t.describe().handler)).toEqual([
      'onFormSubmitted',
      'sendMonthlyDigest',
    ]);
  });

  test('in another wording retitles the same items: bilingual Russian / Kyrgyz', () => {
    const wb = workbookWithForms({ lang: 'ru' });
    const ids = wb
      .form('event')
      .outline()
      .map((o) => o.id);
    wb.s.ui.answerAlerts('YES');
    wb.run('createOrUpdateForms');
    const outline = wb.form('event').outline();
    expect(outline.map((o) => o.id)).toEqual(ids);
    expect(outline[1]?.title).toBe('Дата / Күнү');
    expect(wb.form('event').title).toBe(
      'Korgoo: отчёт о мероприятии / Korgoo: иш-чара боюнча отчёт',
    );
    expect(item(wb.form('case'), 'Пострадавший / Жабыр тарткан адам').choices[0]?.value).toBe(
      'Женщина / Аял',
    );
    expect(wb.s.FormApp.forms.size).toBe(3);
  });

  test('re-creates a form that was deleted, and only that one', () => {
    const wb = workbookWithForms();
    const old = formIdsOf(wb);
    wb.s.FormApp.trash(old.case);
    wb.s.ui.answerAlerts('NO');
    wb.run('createOrUpdateForms');
    const now = formIdsOf(wb);
    expect(now.event).toBe(old.event);
    expect(now.followup).toBe(old.followup);
    expect(now.case).not.toBe(old.case);
    expect(wb.s.FormApp.liveForms()).toHaveLength(3);
  });

  test('Forms briefly unavailable: no new form, the saved ones are kept, the failure is logged', () => {
    const wb = workbookWithForms();
    const old = formIdsOf(wb);
    wb.s.FormApp.unavailable = true;
    wb.s.ui.answerAlerts('NO');
    expect(() => wb.run('createOrUpdateForms')).toThrow('Service unavailable');
    wb.s.FormApp.unavailable = false;
    expect(formIdsOf(wb)).toEqual(old);
    expect(wb.s.FormApp.forms.size).toBe(3);
    const log = wb.s.spreadsheet.sheet('Log');
    expect(
      JSON.stringify(log.rangeAt(1, 1, log.grid.lastRow(), 4).readValuesUncounted()),
    ).toContain('Service unavailable');
  });

  test('a cancelled question changes nothing', () => {
    const wb = workbookWithForms();
    wb.s.ui.answerAlerts('CANCEL');
    wb.run('createOrUpdateForms');
    expect(wb.s.counter.byPrefix('Form')).toBe(0);
    expect(wb.s.counter.sheetsCalls()).toBe(0);
  });
});

describe('with no active committee', () => {
  test('no form is made and the coordinator is told why', () => {
    const addOn = workbookWithEvents(0);
    addOn.s.ui.answerAlerts('NO');
    // Wipe the active committees: only the suspended one stays.
    const committees = addOn.s.spreadsheet.sheet('Committees');
    committees.grid.deleteRows(2, 3);
    addOn.run('createOrUpdateForms');
    expect(addOn.s.FormApp.forms.size).toBe(0);
    expect(addOn.s.ui.dialogs.at(-1)?.prompt).toMatch(/no active committee/);
  });
});

describe('the committee lists follow the Committees sheet', () => {
  const newCommittee = rowOf('committees', {
    committeeId: 'UCHKUN',
    name: 'Uchkun',
    region: 'Naryn',
    settlement: 'Uchkun',
    establishedOn: day(2015, 1, 1),
    status: 'Active',
  });

  test('when the Committees sheet is edited (onEdit)', () => {
    const wb = workbookWithForms();
    const sheet = wb.sheet('committees');
    writeRows(sheet, committeeRows().length + 2, [newCommittee]);
    // KANT is closed at the same time.
    sheet.grid.cell(2, STATUS).value = 'Closed';
    wb.run('onEdit', {
      authMode: 'LIMITED',
      range: sheet.rangeAt(2, 1, committeeRows().length + 1, 10),
      source: wb.s.spreadsheet,
    });
    for (const kind of ['event', 'case'] as const) {
      expect(item(wb.form(kind), 'Committee').choices.map((c) => c.value)).toEqual([
        'TOKM — Committee TOKM',
        'NARYN — Committee NARYN',
        'UCHKUN — Uchkun',
      ]);
    }
  });

  test('when validation runs, and from the menu', () => {
    const wb = workbookWithForms();
    writeRows(wb.sheet('committees'), committeeRows().length + 2, [newCommittee]);
    wb.run('validateNow');
    expect(item(wb.form('event'), 'Committee').choices.map((c) => c.value)).toEqual([
      ...ACTIVE,
      'UCHKUN — Uchkun',
    ]);
    wb.sheet('committees').grid.cell(committeeRows().length + 2, STATUS).value = 'Suspended';
    wb.run('updateFormCommittees');
    expect(item(wb.form('case'), 'Committee').choices.map((c) => c.value)).toEqual(ACTIVE);
    expect(wb.s.ui.dialogs.at(-1)?.prompt).toMatch(/Committee lists updated in 2 forms/);
  });
});

describe('the intake trigger', () => {
  test('is installed for this spreadsheet even when the user has one for another spreadsheet', () => {
    const wb = workbookWithEvents(0);
    // The add-on's trigger of the same user in another workbook (getProjectTriggers lists it).
    const other = wb.s.addSpreadsheet({ id: 'another-spreadsheet' });
    wb.s.openDocument(other);
    wb.s.ScriptApp.newTrigger('onFormSubmitted').forSpreadsheet(other).onFormSubmit().create();
    wb.s.openDocument(wb.s.spreadsheet);
    wb.s.ui.answerAlerts('NO');
    wb.run('createOrUpdateForms');
    wb.run('createOrUpdateForms');
    const mine = wb.s.ScriptApp.triggers.filter(
      (t) => t.getTriggerSourceId() === wb.s.spreadsheet.id,
    );
    expect(mine.map((t) => t.describe().handler)).toEqual(['onFormSubmitted']);
    expect(wb.s.ScriptApp.triggers).toHaveLength(2);
  });
});

describe('"Create or update forms" from the sidebar', () => {
  test('on a busy workbook says so in the workbook language', () => {
    const addOn = workbookWithEvents(0, 'ru');
    addOn.s.LockService.holdFromAnotherExecution('document');
    expect(() => addOn.run('sidebarCreateForms')).toThrow(
      'Korgoo уже выполняет другое действие в этой книге. Попробуйте через минуту.',
    );
    expect(addOn.s.FormApp.forms.size).toBe(0);
  });
});

describe('the forms take responses (Forms made by FormApp start unpublished)', () => {
  test('each created form is published and accepts responses; a response arrives', () => {
    const wb = workbookWithForms();
    for (const form of wb.s.FormApp.liveForms()) {
      expect(form.published).toBe(true);
      expect(form.acceptingResponses).toBe(true);
    }
    wb.respond('event', {
      Committee: ACTIVE[0],
      Date: day(2025, 3, 3),
      Type: 'Training / seminar',
      Participants: '12',
    });
    expect(wb.rows('events')).toHaveLength(1);
  });

  test('a form found unpublished or closed is published again and reported, in the Log too', () => {
    const wb = workbookWithForms();
    wb.form('event').published = false;
    wb.form('case').acceptingResponses = false;
    wb.s.ui.answerAlerts('NO');
    wb.run('createOrUpdateForms');
    for (const form of wb.s.FormApp.liveForms()) {
      expect(form.published).toBe(true);
      expect(form.acceptingResponses).toBe(true);
    }
    const said = wb.s.ui.dialogs.at(-1)?.prompt ?? '';
    expect(said).toContain(
      'The form "Korgoo: event report" was not published and took no responses: it is published now.',
    );
    expect(said).toContain(
      'The form "Korgoo: new case" was not accepting responses: it accepts them again.',
    );
    expect(said).not.toContain('follow-up of a case" was');
    const log = wb.s.spreadsheet.sheet('Log');
    expect(
      JSON.stringify(log.rangeAt(1, 1, log.grid.lastRow(), 4).readValuesUncounted()),
    ).toContain('was not published');
  });

  test('the report speaks the workbook language', () => {
    const ru = workbookWithForms({ lang: 'ru' });
    ru.form('followup').published = false;
    ru.s.ui.answerAlerts('NO');
    ru.run('createOrUpdateForms');
    expect(ru.s.ui.dialogs.at(-1)?.prompt).toContain(
      'не была опубликована и не принимала ответы: теперь она опубликована.',
    );
    const ky = workbookWithForms({ lang: 'ky' });
    ky.form('case').acceptingResponses = false;
    ky.s.ui.answerAlerts('NO');
    ky.run('createOrUpdateForms');
    expect(ky.s.ui.dialogs.at(-1)?.prompt).toContain('жооп кабыл алуу кайра күйгүзүлдү');
  });

  test('from the sidebar too: republished, and the Log says which form', () => {
    const wb = workbookWithForms();
    wb.form('followup').published = false;
    wb.run('sidebarCreateForms');
    expect(wb.form('followup').published).toBe(true);
    const log = wb.s.spreadsheet.sheet('Log');
    expect(
      JSON.stringify(log.rangeAt(1, 1, log.grid.lastRow(), 4).readValuesUncounted()),
    ).toContain('The form \\"Korgoo: follow-up of a case\\" was not published');
  });

  test('nothing to report when every form already takes responses', () => {
    const wb = workbookWithForms();
    wb.s.ui.answerAlerts('NO');
    wb.run('createOrUpdateForms');
    expect(wb.s.ui.dialogs.at(-1)?.prompt).not.toMatch(/was not (published|accepting)/);
  });
});
