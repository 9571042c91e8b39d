/**
 * "Update roll-up" through the bundle (DESIGN §11): a regional workbook copies the Return sheet
 * of each active source (one range read each) into Returns, whose figures are then the whole
 * programme's; a source that cannot be read keeps its last good rows and says why.
 */
import { DEMO_TIME_ZONE } from '../../../src/core/demo';
import { SHEETS } from '../../../src/core/schema/sheets';
import { ensureBuilt, loadAddOn } from '../load-bundle';
import { rowOf, writeRows } from '../workbook-data';
import {
  expectWholeProgramme,
  HOUR,
  type Programme,
  programme,
  returnsRows,
  rowsOfSource,
  SOURCE_AT,
  sheetOf,
  stateOf,
  valuesOf,
  WHOLE,
} from './programme';

beforeAll(() => ensureBuilt());

describe('Update roll-up over three regional workbooks', () => {
  let p: Programme;
  let gets: number;
  beforeAll(() => {
    p = programme();
    p.addOn.s.counter.reset();
    p.addOn.run('updateRollup');
    gets = p.addOn.s.counter.count('Range.getValues');
  }, 120_000);

  test('Returns holds every source’s rows, and they add up to the whole programme', () => {
    for (const name of ['Chui', 'Issyk-Kul', 'Naryn']) {
      expect(rowsOfSource(p.regional, name).length).toBeGreaterThan(0);
    }
    expect(rowsOfSource(p.regional, 'Talas (not started)')).toEqual([]);
    const committees = new Set(returnsRows(p.regional).map((row) => row[0]));
    expect([...committees].sort()).toEqual(
      WHOLE.committees
        .slice(1)
        .map((row) => row[0])
        .sort(),
    );
    expectWholeProgramme(p.regional);
  });

  test('one range read per source, besides Sources and Returns themselves', () => {
    expect(gets).toBe(2 + 3);
    // A link is opened by its ID: openByUrl would refuse a link without "/edit".
    expect(p.addOn.s.counter.count('SpreadsheetApp.openById')).toBe(3);
    expect(p.addOn.s.counter.count('SpreadsheetApp.openByUrl')).toBe(0);
  });

  test('Sources says what was read; the inactive row is left alone', () => {
    const states = stateOf(p.regional);
    expect(states.slice(0, 3).every((s) => s.startsWith('Read: '))).toBe(true);
    expect(states[3]).toBe('');
    expect(JSON.stringify(p.addOn.s.ui.dialogs)).toContain(
      'The Returns sheet is up to date: 3 of 3 sources read.',
    );
  });

  test('a source made inaccessible keeps its last good rows, and Sources and the Log say why', () => {
    const before = rowsOfSource(p.regional, 'Naryn');
    p.addOn.s.context.noAccess.add('book-naryn');
    p.clock.now += 24 * HOUR;
    p.addOn.run('updateRollup');
    expect(rowsOfSource(p.regional, 'Naryn')).toEqual(before);
    const state = stateOf(p.regional)[2] ?? '';
    expect(state).toContain('The source "Naryn" was not read; its last good rows stay');
    expect(state).toContain('You do not have permission to access the requested document.');
    const log = valuesOf(p.regional, 'log').map((row) => row.join(' | '));
    expect(log.some((line) => line.includes('Roll-up update') && line.includes('"Naryn"'))).toBe(
      true,
    );
    // The other sources were read again (a newer Read at), and the whole still adds up.
    const readAt = (name: string) => rowsOfSource(p.regional, name)[0]?.[SOURCE_AT + 1];
    expect(readAt('Chui')).not.toEqual(before[0]?.[SOURCE_AT + 1]);
    expect(readAt('Naryn')).toEqual(before[0]?.[SOURCE_AT + 1]);
    expectWholeProgramme(p.regional);
  });

  test('a file that does not exist, has no Return sheet or a bad header is named in Sources', () => {
    p.addOn.s.addSpreadsheet({ id: 'plain-book', timeZone: DEMO_TIME_ZONE });
    const bad = p.addOn.s.addSpreadsheet({ id: 'bad-header', sheets: ['Return'] });
    writeRows(bad.sheet('Return'), 1, [['Committee', 'Number']]);
    writeRows(sheetOf(p.regional, 'sources'), 6, [
      rowOf('sources', { spreadsheet: 'no-such-file', name: 'Missing', active: 'Yes' }),
      rowOf('sources', { spreadsheet: 'plain-book', name: 'Plain', active: 'Yes' }),
      rowOf('sources', { spreadsheet: 'bad-header', name: 'Bad', active: 'Yes' }),
    ]);
    p.addOn.run('updateRollup');
    const states = stateOf(p.regional);
    expect(states[4]).toContain(
      'there is no spreadsheet with this ID (Unexpected error while getting the method or property openById on object SpreadsheetApp.): it was deleted for good or the ID is mistyped',
    );
    expect(states[5]).toContain('the spreadsheet has no Return sheet: run "Update return" in it');
    expect(states[6]).toContain('Sheet "Return": the column "Committee ID" is missing');
    expect(JSON.stringify(p.addOn.s.ui.dialogs)).toContain('2 of 6 sources read');
    expectWholeProgramme(p.regional);
  });

  test('a committee found in two sources is named, and only the first source’s rows kept', () => {
    writeRows(sheetOf(p.regional, 'sources'), 9, [
      rowOf('sources', { spreadsheet: 'book-chui', name: 'Chui again', active: 'Yes' }),
    ]);
    p.addOn.run('updateRollup');
    const state = stateOf(p.regional)[7] ?? '';
    const chuiIds = new Set(rowsOfSource(p.regional, 'Chui').map((row) => row[0]));
    expect(chuiIds.size).toBeGreaterThan(0);
    for (const id of chuiIds) {
      expect(state).toContain(`Committee ${id} is in both "Chui" and "Chui again"`);
    }
    expect(state).toContain('only the first source’s rows are kept');
    expect(rowsOfSource(p.regional, 'Chui again')).toEqual([]);
    expectWholeProgramme(p.regional);
  });

  test('an Active cell neither yes nor no is named by sheet, row and column; its rows stay', () => {
    const before = rowsOfSource(p.regional, 'Chui');
    writeRows(sheetOf(p.regional, 'sources'), 2, [
      rowOf('sources', { spreadsheet: 'book-chui', name: 'Chui', active: 'Maybe' }),
    ]);
    p.addOn.run('updateRollup');
    const expected = 'Sheet "Sources", row 2, column "Active": expected "Yes" or "No", not "Maybe"';
    expect(stateOf(p.regional)[0]).toBe(expected);
    expect(p.addOn.s.ui.dialogs.at(-1)?.prompt).toContain(expected);
    expect(rowsOfSource(p.regional, 'Chui')).toEqual(before);
    expectWholeProgramme(p.regional);
  });

  test('it runs under the document lock: while another action holds it, nothing is read or written', () => {
    const before = valuesOf(p.regional, 'returns');
    p.addOn.s.LockService.holdFromAnotherExecution('document');
    p.addOn.s.counter.reset();
    p.addOn.run('updateRollup');
    expect(p.addOn.s.counter.sheetsCalls()).toBe(0);
    expect(p.addOn.s.counter.count('SpreadsheetApp.openById')).toBe(0);
    expect(valuesOf(p.regional, 'returns')).toEqual(before);
    expect(p.addOn.s.ui.dialogs.at(-1)?.prompt).toBe(
      'Korgoo is busy with another action in this workbook. Try again in a minute.',
    );
  });
});

test.each([
  ['ru', 'Обновить сводку источников'],
  ['ky', 'Булактардын жыйынтыгын жаңыртуу'],
  ['en', 'Update roll-up'],
] as const)('the menu has "Update roll-up" in %s', (lang, caption) => {
  const addOn = loadAddOn();
  addOn.s.ui.answerPrompt(lang);
  addOn.run('setUpWorkbook');
  const menu = addOn.s.ui.menuShapes().at(-1);
  expect(menu?.items).toContainEqual({ caption, functionName: 'updateRollup' });
});

test('without its Active column Sources is named and Returns left as it is', () => {
  const addOn = loadAddOn();
  addOn.s.ui.answerPrompt('en');
  addOn.run('setUpWorkbook');
  const sources = addOn.s.spreadsheet.sheet(SHEETS.sources.labels.en);
  writeRows(sources, 1, [['Spreadsheet', 'Name', 'Region', 'Switched on']]);
  writeRows(sources, 2, [['book-a', 'A', '', 'Yes']]);
  addOn.s.counter.reset();
  addOn.run('updateRollup');
  expect(addOn.s.counter.count('SpreadsheetApp.openById')).toBe(0);
  expect(addOn.s.ui.dialogs.at(-1)?.prompt).toBe('Sheet "Sources": the column "Active" is missing');
});

test('in a Russian workbook, Sources and the Log say in Russian why a source was not read', () => {
  const addOn = loadAddOn();
  addOn.s.ui.answerPrompt('ru');
  addOn.run('setUpWorkbook');
  addOn.s.addSpreadsheet({ id: 'closed-book' });
  addOn.s.context.noAccess.add('closed-book');
  const sources = addOn.s.spreadsheet.sheet(SHEETS.sources.labels.ru);
  writeRows(sources, 2, [
    rowOf('sources', { spreadsheet: 'closed-book', name: 'Нарын', active: 'Да' }),
  ]);
  addOn.run('updateRollup');
  const state = String(sources.rangeAt(2, 5).readValuesUncounted()[0]?.[0]);
  expect(state).toBe(
    'Источник «Нарын» не прочитан, в листе остались его прежние строки (0): у вас нет доступа к таблице (You do not have permission to access the requested document.); попросите её владельца открыть вам доступ на просмотр',
  );
  const log = addOn.s.spreadsheet.sheet(SHEETS.log.labels.ru);
  const rows = log.rangeAt(1, 1, log.grid.lastRow(), 4).readValuesUncounted();
  expect(
    rows.some((row) => row[1] === 'Обновление сводки источников' && String(row[3]).includes(state)),
  ).toBe(true);
});

describe('a Sources row that names no spreadsheet Google could open says which trouble it is', () => {
  const states = (lang: 'en' | 'ky', rows: { spreadsheet: string; name: string }[]) => {
    const addOn = loadAddOn();
    addOn.s.ui.answerPrompt(lang);
    addOn.run('setUpWorkbook');
    const book = addOn.s.addSpreadsheet({ id: 'closed-book' });
    addOn.s.context.noAccess.add('closed-book');
    const sources = addOn.s.spreadsheet.sheet(SHEETS.sources.labels[lang]);
    const yes = lang === 'en' ? 'Yes' : 'Ооба';
    writeRows(
      sources,
      2,
      rows.map((r) => rowOf('sources', { ...r, active: yes })),
    );
    addOn.s.counter.reset();
    addOn.run('updateRollup');
    const read = sources.rangeAt(2, 5, rows.length, 1).readValuesUncounted();
    return { book, addOn, states: read.map((r) => String(r[0])) };
  };

  test('no access, no such file, and a text that is neither a link nor an ID, in English', () => {
    const { addOn, states: got } = states('en', [
      { spreadsheet: 'https://docs.google.com/spreadsheets/d/closed-book', name: 'Closed' },
      { spreadsheet: '1AbC-deleted-for-good', name: 'Gone' },
      { spreadsheet: 'docs.google.com/spreadsheet/ccc?key=0Abc', name: 'Old link' },
      { spreadsheet: 'Naryn district', name: 'Typed name' },
    ]);
    expect(got[0]).toContain(
      'you have no access to the spreadsheet (You do not have permission to access the requested document.); ask its owner to share it with you',
    );
    expect(got[1]).toContain('there is no spreadsheet with this ID');
    expect(got[2]).toContain(
      '"docs.google.com/spreadsheet/ccc?key=0Abc" is neither a Google Sheets link nor a spreadsheet ID',
    );
    expect(got[3]).toContain('"Naryn district" is neither a Google Sheets link');
    // The two that are no link or ID never reach Google.
    expect(addOn.s.counter.count('SpreadsheetApp.openById')).toBe(2);
  });

  test('in Kyrgyz', () => {
    const { states: got } = states('ky', [
      { spreadsheet: 'closed-book', name: 'Нарын' },
      { spreadsheet: 'no-such-book', name: 'Талас' },
      { spreadsheet: 'бир нерсе', name: 'Ош' },
    ]);
    expect(got[0]).toContain('таблицага кирүү укугуңуз жок');
    expect(got[1]).toContain('мындай ID менен таблица жок');
    expect(got[2]).toContain('«бир нерсе» Google Таблицанын шилтемеси да, ID да эмес');
  });
});
