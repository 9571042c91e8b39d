import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createFakeServices, LOCK_TIMEOUT_MESSAGE } from './index';

const setup = (opts?: Parameters<typeof createFakeServices>[0]) => {
  const s = createFakeServices(opts);
  const sheet = s.spreadsheet.activeSheetUncounted();
  return { ...s, sheet };
};

describe('ranges and values', () => {
  test('ranges are 1-based and reject rows/columns below 1 like the real service', () => {
    const { sheet } = setup();
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange(1, 27).getA1Notation()).toBe('AA1');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    const b = sheet.getRange('B3:D4');
    expect([b.getRow(), b.getColumn(), b.getNumRows(), b.getNumColumns()]).toEqual([3, 2, 2, 3]);
    expect([b.getLastRow(), b.getLastColumn()]).toEqual([4, 4]);
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
  });

  test('Spreadsheet.getRange resolves a quoted sheet name', () => {
    const { spreadsheet } = setup({ spreadsheet: { sheets: ['Sheet1', 'Events'] } });
    spreadsheet.getRange("'Events'!B3").setValue('x');
    expect(spreadsheet.sheet('Events').getRange(3, 2).getValue()).toBe('x');
    expect(spreadsheet.sheet('Sheet1').getRange(3, 2).getValue()).toBe('');
    expect(() => spreadsheet.getRange("'Nope'!A1")).toThrow('Range not found');
  });

  test('setValues with the wrong shape throws the real messages', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 2, 2);
    expect(() => r.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('empty cells read as empty strings; numbers, booleans and text round trip', () => {
    const { sheet } = setup();
    expect(sheet.getRange(5, 5, 2, 2).getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    sheet.getRange(1, 1, 1, 4).setValues([[3.5, true, 'text', null]]);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([[3.5, true, 'text', '']]);
  });

  test('dates are stored and returned as copies', () => {
    const { sheet } = setup();
    const d = new Date(Date.UTC(2024, 4, 1, 6, 0));
    sheet.getRange('A1').setValue(d);
    d.setUTCFullYear(1999);
    const out = sheet.getRange('A1').getValue();
    expect(out).toBeInstanceOf(Date);
    expect((out as Date).toISOString()).toBe('2024-05-01T06:00:00.000Z');
    (out as Date).setUTCFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2024);
  });

  test('typed-looking strings are parsed like Sheets, unless the cell is plain text', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 5).setValues([['+1', '-2', '42', 'TRUE', '-cmd']]);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([[1, -2, 42, true, '-cmd']]);

    const text = sheet.getRange(2, 1, 1, 3).setNumberFormat('@');
    text.setValues([['+1', '007', '=1+1']]);
    expect(text.getValues()).toEqual([['+1', '007', '=1+1']]);
    expect(text.getFormulas()).toEqual([['', '', '']]);
  });

  test('a leading = makes a formula; a leading apostrophe makes text', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 2).setValues([['=HYPERLINK("http://evil")', "'=1+1"]]);
    expect(sheet.getRange(1, 1, 1, 2).getFormulas()).toEqual([['=HYPERLINK("http://evil")', '']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['', '=1+1']]);
    expect(sheet.getLastRow()).toBe(1);
  });

  test('the apostrophe is a marker, not stored, except in a plain-text cell', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 2).setValues([["'abc", "''abc"]]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['abc', "'abc"]]);
    const text = sheet.getRange(2, 1, 1, 2).setNumberFormat('@');
    text.setValues([["'abc", "''abc"]]);
    expect(text.getValues()).toEqual([["'abc", "''abc"]]);
  });

  test('last row/column follow content, not notes; writing past the grid grows it', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange(4, 3).setValue('x');
    sheet.getRange(9, 9).setNote('only a note');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    sheet.getRange(1500, 30).setValue(1);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1500, 30]);
  });

  test('strictBounds makes out-of-grid ranges throw', () => {
    const { sheet } = setup({ spreadsheet: { strictBounds: true } });
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getRow()).toBe(1005);
  });

  test('appendRow writes below the last row; insertColumnsAfter shifts cells right', () => {
    const { sheet } = setup();
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([['a', '', '', 1]]);
    expect(sheet.getMaxColumns()).toBe(28);
  });

  test('notes, backgrounds, formats, offsets and display values', () => {
    const { sheet, spreadsheet } = setup();
    const r = sheet.getRange(1, 1, 1, 2);
    r.setNotes([['n1', null]])
      .setBackgrounds([['#ff0000', null]])
      .setFontWeight('bold');
    expect(r.getNotes()).toEqual([['n1', '']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.offset(1, 1).getA1Notation()).toBe('B2:C2');
    r.clearNote();
    expect(r.getNote()).toBe('');

    const d = sheet.getRange(3, 1, 1, 3);
    d.setNumberFormats([['yyyy-mm-dd', '0.00', 'General']]);
    d.setValues([[new Date(Date.UTC(2024, 0, 31, 20, 0)), 2.5, true]]);
    expect(d.getDisplayValues()).toEqual([['2024-02-01', '2.50', 'TRUE']]);
    spreadsheet.setSpreadsheetTimeZone('UTC');
    expect(d.getDisplayValue()).toBe('2024-01-31');
  });

  test('data validation builder builds rules a range keeps', () => {
    const { SpreadsheetApp, sheet } = setup();
    const list = SpreadsheetApp.newDataValidation()
      .requireValueInList(['yes', 'no'], true)
      .setAllowInvalid(false)
      .setHelpText('pick one')
      .build();
    const num = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 120).build();
    sheet.getRange(1, 1, 1, 2).setDataValidations([[list, num]]);
    const [a, b] = sheet.getRange(1, 1, 1, 2).getDataValidations()[0] ?? [];
    expect(a?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(a?.getCriteriaValues()).toEqual([['yes', 'no'], true]);
    expect([a?.getAllowInvalid(), a?.getHelpText()]).toEqual([false, 'pick one']);
    expect(b?.getCriteriaValues()).toEqual([0, 120]);
    expect(SpreadsheetApp.newDataValidation().requireDate().build().getCriteriaType()).toBe(
      'DATE_IS_VALID_DATE',
    );
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow();
    sheet.getRange(1, 1, 1, 2).clearDataValidations();
    expect(sheet.getRange(1, 1, 1, 2).getDataValidations()).toEqual([[null, null]]);
  });

  test('checkboxes hold booleans: inserted unchecked (false), a click stores true', () => {
    const { SpreadsheetApp, sheet } = setup();
    const boxes = sheet.getRange(2, 1, 3, 1);
    boxes.insertCheckboxes();
    expect(boxes.getValues()).toEqual([[false], [false], [false]]);
    expect(boxes.getDataValidations()[0]?.[0]?.getCriteriaType()).toBe(
      SpreadsheetApp.DataValidationCriteria.CHECKBOX,
    );
    sheet.getRange(3, 1).check();
    expect(boxes.getValues()).toEqual([[false], [true], [false]]);
    expect(sheet.getRange(3, 1).isChecked()).toBe(true);
    expect(boxes.isChecked()).toBeNull();
    sheet.getRange(3, 1).uncheck();
    expect(boxes.isChecked()).toBe(false);
    // A rule set by the builder toggles the same; text that is no checkbox value stays as typed.
    const rule = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    const other = sheet.getRange(2, 2, 2, 1);
    other.setValues([[false], ['Yes']]);
    other.setDataValidation(rule);
    other.check();
    expect(other.getValues()).toEqual([[true], ['Yes']]);
    // Custom values: one value alone leaves '' for unchecked.
    const custom = sheet.getRange(2, 3);
    custom.insertCheckboxes('yes');
    expect(custom.getValue()).toBe('');
    custom.check();
    expect(custom.getValue()).toBe('yes');
  });
});

describe('FormApp', () => {
  test('re-linking a form makes a new response sheet holding every earlier response', () => {
    const { FormApp, spreadsheet } = setup();
    const form = FormApp.create('Report');
    form.addTextItem().setTitle('Topic');
    form.addDateItem().setTitle('Date');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.id);
    // Forms made after 30 June 2026 take responses only once published.
    form.setPublished(true);
    const first = form.responseSheet;
    FormApp.submit(form.id, { Topic: 'one', Date: new Date(Date.UTC(2026, 9, 1)) });
    FormApp.submit(form.id, { Topic: '25' });
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.id);
    const second = form.responseSheet;
    expect(second).not.toBe(first);
    const rows = (sheet: typeof first) => sheet?.rangeAt(1, 1, 3, 3).readValuesUncounted();
    expect(rows(second)).toEqual(rows(first));
    expect(rows(second)?.[2]).toEqual([form.responses[1]?.getTimestamp(), 25, '']);
    // The sheet linked before keeps its rows but is no response sheet any more.
    expect(first?.getFormUrl()).toBeNull();
    expect(second?.getFormUrl()).toBe(form.getPublishedUrl());
  });
});

describe('sheets, spreadsheet, protection', () => {
  test('insertSheet, names, deleteSheet and the active sheet', () => {
    const { spreadsheet } = setup();
    const events = spreadsheet.insertSheet('Events', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Events', 'Sheet1']);
    expect(spreadsheet.getActiveSheet()).toBe(events);
    expect(events.getIndex()).toBe(1);
    expect(() => spreadsheet.insertSheet('events')).toThrow(
      'A sheet with the name "events" already exists.',
    );
    expect(spreadsheet.getSheetByName('Missing')).toBeNull();
    spreadsheet.deleteSheet(events);
    expect(() => spreadsheet.deleteSheet(spreadsheet.sheet('Sheet1'))).toThrow(
      "You can't remove all the sheets in a document.",
    );
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Bishkek');
  });

  test('protect() keeps the owner as editor and is found by getProtections', () => {
    const { sheet, spreadsheet } = setup({
      session: { activeUserEmail: 'member@example.com' },
      spreadsheet: { ownerEmail: 'chair@example.com' },
    });
    const p = sheet.protect().setDescription('Korgoo data');
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(['chair@example.com', 'member@example.com']);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['chair@example.com']);
    expect(p.canEdit()).toBe(false);
    p.setWarningOnly(true);
    expect(p.canEdit()).toBe(true);
    expect(sheet.protect()).toBe(p);
    expect(sheet.getProtections('SHEET')).toEqual([p]);
    expect(spreadsheet.getProtections('RANGE')).toEqual([]);
    p.remove();
    expect(sheet.getProtections('SHEET')).toEqual([]);
  });

  test('frozen rows, hidden sheets, toasts', () => {
    const { sheet, spreadsheet } = setup({ spreadsheet: { sheets: ['A', 'B'] } });
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => spreadsheet.sheet('B').hideSheet()).toThrow("You can't hide all the sheets");
    spreadsheet.toast('Saved', 'Korgoo', 3);
    expect(spreadsheet.toasts).toEqual([{ msg: 'Saved', title: 'Korgoo', timeoutSeconds: 3 }]);
  });
});

describe('call counting', () => {
  test('counts per method, by prefix, and Sheets round trips', () => {
    const { sheet, counter, PropertiesService } = setup();
    counter.reset();
    const r = sheet.getRange(1, 1, 2, 2);
    r.getValues();
    r.getValues();
    PropertiesService.getDocumentProperties().getProperty('x');
    expect(counter.count('Range.getValues')).toBe(2);
    expect(counter.count('Sheet.getRange')).toBe(1);
    expect(counter.byPrefix('Range.')).toBe(2);
    expect(counter.sheetsCalls()).toBe(3);
    expect(counter.total()).toBe(5);
    counter.reset();
    expect(counter.total()).toBe(0);
  });

  test('internal plumbing is not counted, so bulk code costs the same at 10 and 10,000 rows', () => {
    const callsFor = (rows: number): number => {
      const { spreadsheet, counter } = setup({ spreadsheet: { sheets: ['Events'] } });
      const data = Array.from({ length: rows }, (_, i) => [i, `row ${i}`]);
      counter.reset();
      const sheet = spreadsheet.getSheetByName('Events');
      sheet?.getRange(2, 1, rows, 2).setValues(data);
      const last = sheet?.getLastRow() ?? 0;
      const read = sheet?.getRange(2, 1, last - 1, 2).getValues() ?? [];
      expect(read).toHaveLength(rows);
      return counter.sheetsCalls();
    };
    // getSheetByName, getRange, setValues, getLastRow, getRange, getValues
    expect(callsFor(10)).toBe(6);
    expect(callsFor(10_000)).toBe(6);
  });

  test('counts the cells each call reads and writes, whatever it moves', () => {
    const { sheet, counter } = setup();
    sheet.getRange(1, 1, 3, 4).setValues(Array.from({ length: 3 }, () => [1, 2, 3, 4]));
    counter.reset();
    const r = sheet.getRange(1, 1, 3, 4);
    r.getValues();
    r.getNotes();
    r.getBackgrounds();
    sheet.getSheetValues(1, 1, 2, 2);
    r.getValue();
    expect(counter.cells).toEqual({ read: 12 * 3 + 4 + 1, written: 0 });
    r.setNotes(Array.from({ length: 3 }, () => ['', '', '', '']));
    r.setBackground('#ffffff');
    sheet.appendRow([1, 2]);
    r.clearContent();
    expect(counter.cells).toEqual({ read: 41, written: 12 + 12 + 2 + 12 });
    counter.reset();
    expect(counter.cells).toEqual({ read: 0, written: 0 });
  });

  test('a TextFinder finds by displayed text, case-insensitive and partial unless told', () => {
    const { sheet, counter } = setup();
    sheet.getRange(1, 1, 4, 1).setValues([['abc|X1'], ['ABC|x1'], ['abc|x1'], ['abc|x1']]);
    counter.reset();
    const column = sheet.getRange(1, 1, 4, 1);
    expect(column.createTextFinder('abc|x1').findNext()?.getRow()).toBe(1);
    const exact = column.createTextFinder('abc|x1').matchCase(true).matchEntireCell(true);
    expect(exact.findNext()?.getRow()).toBe(3);
    expect(exact.findNext()?.getRow()).toBe(4);
    expect(exact.findNext()).toBeNull();
    expect(
      column
        .createTextFinder('c|x')
        .findAll()
        .map((r) => r.getRow()),
    ).toEqual([1, 2, 3, 4]);
    expect(column.createTextFinder('c|x').matchEntireCell(true).findAll()).toEqual([]);
    const regex = column.createTextFinder('abc\\|x1').useRegularExpression(true).matchCase(true);
    expect(
      regex
        .matchEntireCell(true)
        .findAll()
        .map((r) => r.getRow()),
    ).toEqual([3, 4]);
    // Only the cells found come back: the search runs on Google's side.
    expect(counter.cells.read).toBe(1 + 2 + 4 + 2);
    expect(counter.count('TextFinder.findNext')).toBe(4);
    // Over a whole sheet: every cell with content, row by row.
    sheet.getRange(2, 3).setValue('ABC|x1');
    const whole = sheet.createTextFinder('ABC|x1').matchCase(true).matchEntireCell(true);
    expect(whole.findAll().map((r) => r.getA1Notation())).toEqual(['A2', 'C2']);
  });

  test('a cell-by-cell loop is visible in the count', () => {
    const { sheet, counter } = setup();
    counter.reset();
    for (let i = 1; i <= 50; i++) sheet.getRange(i, 1).setValue(i);
    expect(counter.count('Range.setValue')).toBe(50);
    expect(counter.sheetsCalls()).toBe(100);
  });
});

describe('cell counting', () => {
  test('a 2-D getter counts every cell of its range read, a setter every cell written', () => {
    const { sheet, counter } = setup();
    counter.reset();
    const range = sheet.getRange(1, 1, 3, 4);
    range.getValues();
    range.getNotes();
    range.setBackgrounds(Array.from({ length: 3 }, () => Array(4).fill('#ffffff')));
    range.clearContent();
    sheet.appendRow(['a', 'b']);
    expect([counter.cells.read, counter.cells.written]).toEqual([24, 12 + 12 + 2]);
    expect(counter.cells.total()).toBe(50);
    counter.reset();
    expect(counter.cells.total()).toBe(0);
  });

  test('getSheetValues counts its cells; the tests’ own uncounted looks count none', () => {
    const { sheet, counter } = setup();
    counter.reset();
    sheet.getSheetValues(1, 1, 5, 2);
    sheet.rangeAt(1, 1, 100, 10).readValuesUncounted();
    expect(counter.cells.read).toBe(10);
  });
});

describe('RangeList', () => {
  test('one setBackground call colours scattered cells and ranges, and no other cell', () => {
    const { sheet, counter } = setup();
    counter.reset();
    sheet.getRangeList(['B3', 'D5:D7']).setBackground('#f4cccc');
    expect(counter.count('Sheet.getRangeList')).toBe(1);
    expect(counter.count('RangeList.setBackground')).toBe(1);
    expect(counter.sheetsCalls()).toBe(2);
    expect(counter.cells.written).toBe(4);
    const colour = (row: number, col: number) => sheet.grid.peek(row, col).background;
    expect([colour(3, 2), colour(5, 4), colour(6, 4), colour(7, 4)]).toEqual(
      Array(4).fill('#f4cccc'),
    );
    expect([colour(3, 3), colour(4, 4), colour(8, 4)]).toEqual(Array(3).fill('#ffffff'));
    expect(sheet.getRangeList(['A1']).getRanges()[0]?.getA1Notation()).toBe('A1');
  });
});

describe('LockService', () => {
  test('a held lock blocks another instance of the same scope only', () => {
    const { LockService } = setup();
    const a = LockService.getScriptLock();
    const b = LockService.getScriptLock();
    expect(a.tryLock(1000)).toBe(true);
    expect(a.hasLock()).toBe(true);
    expect(b.tryLock(1000)).toBe(false);
    expect(() => b.waitLock(1000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
    a.releaseLock();
    expect(b.tryLock(0)).toBe(true);
    expect(a.hasLock()).toBe(false);
  });

  test('another execution holds the lock, for ever or for a while', () => {
    const { LockService } = setup();
    LockService.holdFromAnotherExecution('document');
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(30_000)).toBe(false);
    expect(LockService.nowMs).toBe(30_000);
    LockService.releaseFromAnotherExecution('document');
    expect(lock.tryLock(0)).toBe(true);
    lock.releaseLock();

    LockService.holdFromAnotherExecution('document', { forMs: 5_000 });
    expect(lock.tryLock(1_000)).toBe(false);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(LockService.holder('document')).toBe('this execution');
  });

  test('simulateTimeout fails the next acquisition even when free', () => {
    const { LockService } = setup();
    LockService.simulateTimeout('script');
    const lock = LockService.getScriptLock();
    expect(() => lock.waitLock(10_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
  });
});

describe('Utilities.formatDate', () => {
  const instant = new Date(Date.UTC(2024, 0, 31, 20, 30, 5));

  test('uses wall-clock time of the zone (Bishkek is UTC+6)', () => {
    const { Utilities } = setup();
    expect(Utilities.formatDate(instant, 'Asia/Bishkek', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2024-02-01 02:30:05',
    );
    expect(Utilities.formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-01-31 20:30:05');
    expect(Utilities.formatDate(instant, 'Asia/Bishkek', 'd MMM yy, H:mm Z')).toBe(
      '1 Feb 24, 2:30 +0600',
    );
    expect(Utilities.formatDate(instant, 'Asia/Bishkek', "yyyy-MM-dd'T'HH:mmXXX")).toBe(
      '2024-02-01T02:30+06:00',
    );
    expect(Utilities.formatDate(instant, 'UTC', 'XXX')).toBe('Z');
    expect(Utilities.formatDate(instant, 'UTC', 'EEEE MMMM')).toBe('Wednesday January');
  });

  test('sleep does not block but is recorded; uuids are unique', () => {
    const { Utilities } = setup();
    Utilities.sleep(1500);
    Utilities.sleep(500);
    expect(Utilities.sleptMs).toBe(2000);
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
  });
});

describe('Ui', () => {
  test('menus are recorded with captions and function names', () => {
    const { SpreadsheetApp, ui } = setup();
    const u = SpreadsheetApp.getUi();
    u.createMenu('Korgoo')
      .addItem('Open', 'openSidebar')
      .addSeparator()
      .addSubMenu(u.createMenu('Reports').addItem('Monthly', 'monthlyReport'))
      .addToUi();
    u.createAddonMenu().addItem('Start', 'start').addToUi();
    expect(ui.menuShapes()).toEqual([
      {
        caption: 'Korgoo',
        addon: false,
        items: [
          { caption: 'Open', functionName: 'openSidebar' },
          '---',
          {
            caption: 'Reports',
            addon: false,
            items: [{ caption: 'Monthly', functionName: 'monthlyReport' }],
          },
        ],
      },
      { caption: '', addon: true, items: [{ caption: 'Start', functionName: 'start' }] },
    ]);
    expect(ui.menus[0]?.functionNames()).toEqual(['openSidebar', 'monthlyReport']);
  });

  test('alerts and prompts answer from a script, else with the first button', () => {
    const { ui } = setup();
    expect(ui.alert('Hello')).toBe(ui.Button.OK);
    expect(ui.alert('Delete?', ui.ButtonSet.YES_NO)).toBe('YES');
    ui.answerAlerts('NO');
    expect(ui.alert('Title', 'Delete?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    ui.answerPrompt('Talas', 'OK');
    const p = ui.prompt('Region?', ui.ButtonSet.OK_CANCEL);
    expect([p.getResponseText(), p.getSelectedButton()]).toEqual(['Talas', 'OK']);
    expect(ui.dialogs.map((d) => [d.kind, d.title, d.prompt, d.buttons])).toEqual([
      ['alert', '', 'Hello', 'OK'],
      ['alert', '', 'Delete?', 'YES_NO'],
      ['alert', 'Title', 'Delete?', 'YES_NO'],
      ['prompt', '', 'Region?', 'OK_CANCEL'],
    ]);
  });

  test('sidebars and dialogs show HtmlService outputs', () => {
    const { ui, HtmlService } = setup({ htmlFiles: { Sidebar: '<h1>Korgoo</h1>' } });
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Korgoo'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>x</p>').setWidth(400), 'Dialog');
    expect(
      ui.shown.map((s) => [s.kind, s.output.getTitle(), s.output.getContent(), s.title]),
    ).toEqual([
      ['sidebar', 'Korgoo', '<h1>Korgoo</h1>', ''],
      ['modal', '', '<p>x</p>', 'Dialog'],
    ]);
    expect(() => HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  test('templates fill escaped and raw scriptlets and includes', () => {
    const { HtmlService } = setup({
      htmlFiles: {
        'Page.html': '<b><?= user.name ?></b><?!= include("Css") ?>',
        Css: '<style></style>',
      },
    });
    const t = HtmlService.createTemplateFromFile('Page');
    t.user = { name: '<Aibek>' };
    expect(t.evaluate().getContent()).toBe('<b>&lt;Aibek&gt;</b><style></style>');
    expect(HtmlService.XFrameOptionsMode.ALLOWALL).toBe('ALLOWALL');
  });
});

describe('PropertiesService, Session, Logger', () => {
  test('properties are per scope strings with null for missing keys', () => {
    const { PropertiesService } = setup();
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('a', '1').setProperties({ b: '2' });
    expect(doc.getProperty('a')).toBe('1');
    expect(doc.getProperty('zz')).toBeNull();
    expect(doc.getKeys().sort()).toEqual(['a', 'b']);
    expect(PropertiesService.getScriptProperties().getProperties()).toEqual({});
    doc.setProperties({ c: '3' }, true);
    expect(doc.getProperties()).toEqual({ c: '3' });
    doc.deleteProperty('c');
    expect(doc.getKeys()).toEqual([]);
    expect(() => doc.setProperty('big', 'x'.repeat(10_000))).toThrow('Argument too large');
  });

  test('session users and time zone; logger lines', () => {
    const { Session, Logger } = setup({ session: { activeUserEmail: '' } });
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getScriptTimeZone()).toBe('Asia/Bishkek');
    Logger.log('a %s b %s', 1, 'two');
    Logger.log({ x: 1 });
    expect(Logger.lines).toEqual(['a 1 b two', '{"x":1}']);
  });
});

describe('ScriptApp triggers', () => {
  test('spreadsheet and clock triggers are created, listed and deleted', () => {
    const { ScriptApp, spreadsheet } = setup();
    const submit = ScriptApp.newTrigger('onFormSubmitHandler')
      .forSpreadsheet(spreadsheet)
      .onFormSubmit()
      .create();
    const monthly = ScriptApp.newTrigger('sendMonthlyDigest')
      .timeBased()
      .onMonthDay(1)
      .atHour(8)
      .inTimezone('Asia/Bishkek')
      .create();
    expect(submit.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(submit.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(submit.getTriggerSourceId()).toBe(spreadsheet.id);
    expect(monthly.describe()).toEqual({
      handler: 'sendMonthlyDigest',
      eventType: 'CLOCK',
      source: 'CLOCK',
      clock: { onMonthDay: 1, atHour: 8, timezone: 'Asia/Bishkek' },
      owner: 'user@example.com',
      documentId: spreadsheet.id,
    });
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'onFormSubmitHandler',
      'sendMonthlyDigest',
    ]);
    expect(new Set(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).size).toBe(2);
    ScriptApp.deleteTrigger(monthly);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  test('invalid trigger specs throw', () => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(8).create()).toThrow('no schedule');
    expect(() => ScriptApp.newTrigger('f').timeBased().onMonthDay(32)).toThrow(
      'Invalid day of month',
    );
    expect(() => ScriptApp.newTrigger('f').forSpreadsheet('id').create()).toThrow('event type');
    expect(() => ScriptApp.newTrigger('f').forSpreadsheet('id').onEdit().create()).toThrow(
      'only create triggers for the file in which it is used',
    );
    expect(ScriptApp.AuthMode.NONE).toBe('NONE');
  });
});

describe('MailApp', () => {
  test('quota counts recipients; failures send nothing', () => {
    const { MailApp } = setup({ mailQuota: 3 });
    MailApp.sendEmail('a@example.com', 'Subject', 'Body');
    MailApp.sendEmail({
      to: 'b@example.com',
      cc: 'c@example.com',
      subject: 'S',
      htmlBody: '<p>x</p>',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(MailApp.sent.map((m) => [m.to, m.cc, m.subject])).toEqual([
      [['a@example.com'], [], 'Subject'],
      [['b@example.com'], ['c@example.com'], 'S'],
    ]);
    expect(() => MailApp.sendEmail('d@example.com', 'S', 'B')).toThrow(
      'Service invoked too many times',
    );

    MailApp.quota = 10;
    MailApp.failFor('bad@example.com');
    expect(() => MailApp.sendEmail('bad@example.com', 'S', 'B')).toThrow('Failed to send email');
    expect(() => MailApp.sendEmail('not-an-email', 'S', 'B')).toThrow(
      'Invalid email: not-an-email',
    );
    expect(MailApp.getRemainingDailyQuota()).toBe(10);
    expect(MailApp.sent).toHaveLength(2);
  });
});

describe('use from a vm context (as gas-local loads the bundle)', () => {
  test('globals work across realms, including dates', () => {
    const services = setup({ spreadsheet: { sheets: ['Events'] } });
    const ctx = vm.createContext({ ...services.globals() });
    services.useDateClass(vm.runInContext('Date', ctx));
    vm.runInContext(
      `var sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Events');
       sh.getRange(1, 1, 1, 2).setValues([[new Date(Date.UTC(2024, 1, 3)), '=1']]);
       var back = sh.getRange(1, 1).getValue();
       var isLocalDate = back instanceof Date;`,
      ctx,
    );
    expect(vm.runInContext('isLocalDate', ctx)).toBe(true);
    const sheet = services.spreadsheet.sheet('Events');
    expect(sheet.getRange(1, 2).getFormula()).toBe('=1');
    expect(Object.prototype.toString.call(sheet.getRange(1, 1).getValue())).toBe('[object Date]');
  });

  test('gas-local loads a script folder against the fakes', () => {
    const services = setup({ spreadsheet: { sheets: ['Events'] } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'korgoo-fakes-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'Code.js'),
        `function onOpen() {
           SpreadsheetApp.getUi().createMenu('Korgoo').addItem('Open', 'openSidebar').addToUi();
         }
         function countRows() {
           var sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Events');
           return sh.getLastRow();
         }`,
      );
      const gas: unknown = createRequire(__filename)('gas-local');
      const load: unknown =
        gas !== null && typeof gas === 'object' ? Reflect.get(gas, 'require') : null;
      if (typeof load !== 'function') throw new Error('gas-local has no require()');
      const ctx: unknown = Reflect.apply(load, gas, [dir, services.globals()]);
      if (ctx === null || typeof ctx !== 'object') throw new Error('gas-local returned no context');
      services.spreadsheet.sheet('Events').appendRow(['a']);
      Reflect.apply(Reflect.get(ctx, 'onOpen'), ctx, []);
      expect(Reflect.apply(Reflect.get(ctx, 'countRows'), ctx, [])).toBe(1);
      expect(services.ui.menus[0]?.functionNames()).toEqual(['openSidebar']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the real-typed view is the same objects', () => {
    const services = setup();
    const app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = services.real.SpreadsheetApp;
    app.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('typed');
    expect(services.sheet.getRange('A1').getValue()).toBe('typed');
  });
});
