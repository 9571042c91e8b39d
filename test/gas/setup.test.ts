/**
 * Set up workbook, driven through the bundle's menu entry point with the language prompt
 * answered by the fake Ui: every sheet of the schema with its header, dropdowns, date rules
 * and formats; the add-on's own sheets protected; idempotent; user data never moved or lost.
 */
import type { Lang } from '../../src/core/i18n/lang';
import { MAX_COUNT } from '../../src/core/read/cells';
import { CHOICES } from '../../src/core/schema/choices';
import type { ColumnDef, SheetDef, SheetKey } from '../../src/core/schema/sheets';
import { ALL_SHEETS, DATA_SHEETS, SHEETS } from '../../src/core/schema/sheets';
import type { FakeSheet } from '../fakes';
import { type AddOn, ensureBuilt, loadAddOn } from './load-bundle';
import {
  columnOf,
  committeeRows,
  dataRows,
  day,
  eventRows,
  expectSameState,
  headerOf,
  type Row,
  snapshot,
  valuesOf,
  writeRows,
} from './workbook-data';

beforeAll(() => ensureBuilt());

const OWNED: SheetKey[] = ALL_SHEETS.filter((key) => (SHEETS[key] as SheetDef).owned === true);

function setUp(addOn: AddOn, answer: string): void {
  addOn.s.ui.answerPrompt(answer, 'OK');
  addOn.run('setUpWorkbook');
}

function logRows(addOn: AddOn, name = 'Log'): Row[] {
  return dataRows(addOn.s.spreadsheet.sheet(name));
}

/** What set-up must leave on a column: its dropdown or date/number rule, its number format. */
function expectColumnRules(sheet: FakeSheet, column: ColumnDef, position: number, lang: Lang) {
  const where = `${sheet.getNameUncounted()} / ${column.key}`;
  for (const row of [2, 3, sheet.grid.maxRows]) {
    const cell = sheet.grid.peek(row, position);
    const rule = cell.validation;
    if (column.type === 'choice' && column.choices) {
      expect([where, rule?.getCriteriaType()]).toEqual([where, 'VALUE_IN_LIST']);
      const labels = CHOICES[column.choices].map((choice) => choice.labels[lang]);
      expect(rule?.getCriteriaValues()).toEqual([labels, true]);
    } else if (column.type === 'date' || column.type === 'datetime') {
      expect([where, rule?.getCriteriaType()]).toEqual([where, 'DATE_IS_VALID_DATE']);
      const format = column.type === 'date' ? 'dd.mm.yyyy' : 'dd.mm.yyyy hh:mm';
      expect([where, cell.numberFormat]).toEqual([where, format]);
    } else if (column.type === 'int') {
      expect([where, rule?.getCriteriaType()]).toEqual([where, 'NUMBER_BETWEEN']);
      expect(rule?.getCriteriaValues()).toEqual([0, MAX_COUNT]);
    } else {
      expect([where, rule]).toEqual([where, null]);
    }
    // A rule warns, never refuses: a form answer or a paste is always kept.
    if (rule) expect(rule.getAllowInvalid()).toBe(true);
    if (['text', 'id', 'multi', 'email'].includes(column.type)) {
      expect([where, cell.numberFormat]).toEqual([where, '@']);
    }
  }
  // The header itself is never validated nor reformatted.
  expect(sheet.grid.peek(1, position).validation).toBeNull();
}

describe('Set up workbook on an empty spreadsheet', () => {
  test.each(['ky', 'ru', 'en'] as const)('creates every sheet of the schema in %s', (lang) => {
    const addOn = loadAddOn();
    setUp(addOn, lang);
    const { spreadsheet } = addOn.s;
    expect(addOn.s.PropertiesService.document.getProperty('korgoo.lang')).toBe(lang);
    expect(spreadsheet.sheetList().map((sheet) => sheet.getNameUncounted())).toEqual([
      'Sheet1',
      ...ALL_SHEETS.map((key) => SHEETS[key].labels[lang]),
    ]);
    for (const key of ALL_SHEETS) {
      const sheet = spreadsheet.sheet(SHEETS[key].labels[lang]);
      const columns = SHEETS[key].columns as readonly ColumnDef[];
      expect(headerOf(sheet)).toEqual(columns.map((column) => column.labels[lang]));
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.rangeAt(1, 1, 1, columns.length).getFontWeights()).toEqual([
        columns.map(() => 'bold'),
      ]);
      columns.forEach((column, i) => {
        expectColumnRules(sheet, column, i + 1, lang);
      });
      const protections = sheet.protectionsUncounted('SHEET');
      if (OWNED.includes(key)) {
        expect(protections.map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([
          ['Korgoo', true],
        ]);
      } else {
        expect(protections).toEqual([]);
      }
      expect(sheet.protectionsUncounted('RANGE')).toEqual([]);
    }
  });

  test('the owned sheets are exactly Problems, Log, Digest log, Return and Returns', () => {
    expect(OWNED).toEqual(['problems', 'log', 'digestLog', 'return', 'returns']);
  });

  test('dropdowns use the labels of the chosen language (Kyrgyz)', () => {
    const addOn = loadAddOn();
    setUp(addOn, 'ky');
    const events = addOn.s.spreadsheet.sheet('Иш-чаралар');
    const type = events.grid.peek(2, columnOf('events', 'type')).validation;
    expect(type?.getCriteriaValues()[0]).toContain('Комитеттин отуруму');
    expect(type?.getCriteriaValues()[0]).not.toContain('Committee session');
    const region = addOn.s.spreadsheet
      .sheet('Комитеттер')
      .grid.peek(5, columnOf('committees', 'region'));
    expect(region.validation?.getCriteriaValues()[0]).toContain('Чүй облусу');
  });

  test('rebuilds the menu in the new language and tells the user what it did', () => {
    const addOn = loadAddOn();
    setUp(addOn, 'ky');
    expect(addOn.s.ui.menus).toHaveLength(1);
    expect(addOn.s.ui.menuShapes()[0]?.items).toContainEqual({
      caption: 'Китепти даярдоо',
      functionName: 'setUpWorkbook',
    });
    const dialogs = addOn.s.ui.dialogs;
    expect(dialogs.map((d) => d.kind)).toEqual(['prompt', 'alert']);
    expect(dialogs[1]?.prompt).toBe(
      `Китеп даярдалды: түзүлгөн барактар ${ALL_SHEETS.length}, кошулган мамычалар ${ALL_SHEETS.reduce(
        (sum, key) => sum + SHEETS[key].columns.length,
        0,
      )}. Маалыматтар өзгөргөн жок.`,
    );
  });

  test('writes a Log row: who, what, when, outcome', () => {
    const addOn = loadAddOn({ session: { activeUserEmail: 'aigul@example.kg' } });
    const before = Date.now();
    setUp(addOn, 'en');
    const rows = logRows(addOn);
    expect(rows).toHaveLength(1);
    const [who, what, when, outcome] = rows[0] ?? [];
    expect([who, what]).toEqual(['aigul@example.kg', 'Set up workbook']);
    expect(Object.prototype.toString.call(when)).toBe('[object Date]');
    expect((when as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((when as Date).getTime()).toBeLessThanOrEqual(Date.now());
    expect(outcome).toMatch(/^Workbook set up: \d+ sheets created, \d+ columns added\./);
  });
});

describe('Set up workbook asks the language', () => {
  test('Cancel changes nothing and writes no Log row', () => {
    const addOn = loadAddOn();
    const before = snapshot(addOn.s.spreadsheet);
    addOn.s.counter.reset();
    addOn.s.ui.answerPrompt('ky', 'CANCEL');
    addOn.run('setUpWorkbook');
    expect(addOn.s.counter.sheetsCalls()).toBe(0);
    expectSameState(snapshot(addOn.s.spreadsheet), before);
    expect(addOn.s.PropertiesService.document.getProperty('korgoo.lang')).toBeNull();
  });

  test('an unknown language is asked again; an empty answer keeps the current one', () => {
    const addOn = loadAddOn();
    addOn.s.PropertiesService.document.setProperty('korgoo.lang', 'en');
    addOn.s.ui.answerPrompt('fr');
    addOn.s.ui.answerPrompt('');
    addOn.run('setUpWorkbook');
    const prompts = addOn.s.ui.dialogs.filter((d) => d.kind === 'prompt');
    expect(prompts).toHaveLength(2);
    expect(prompts[1]?.prompt).toContain('Language "fr" is not supported.');
    expect(addOn.s.spreadsheet.sheet('Events')).toBeDefined();
    expect(addOn.s.PropertiesService.document.getProperty('korgoo.lang')).toBe('en');
  });

  test('when another execution holds the document, nothing is written and the user is told', () => {
    const addOn = loadAddOn();
    addOn.s.LockService.holdFromAnotherExecution('document');
    const before = snapshot(addOn.s.spreadsheet);
    setUp(addOn, 'en');
    expectSameState(snapshot(addOn.s.spreadsheet), before);
    expect(addOn.s.ui.dialogs.at(-1)?.prompt).toMatch(/^Korgoo уже выполняет другое действие/);
  });
});

describe('Set up workbook is idempotent', () => {
  test.each(['ky', 'en'] as const)(
    'set-up twice gives exactly the state of set-up once (%s)',
    (lang) => {
      const once = loadAddOn();
      setUp(once, lang);
      const twice = loadAddOn();
      setUp(twice, lang);
      setUp(twice, lang);
      const log = SHEETS.log.labels[lang];
      expectSameState(
        snapshot(twice.s.spreadsheet, { [log]: 2 }),
        snapshot(once.s.spreadsheet, { [log]: 2 }),
      );
      // The second run did nothing but say so, in its own Log row.
      const rows = logRows(twice, log);
      expect(rows).toHaveLength(2);
      expect(rows[1]?.[3]).toBe(
        lang === 'en'
          ? 'Workbook set up: 0 sheets created, 0 columns added. No data was changed.'
          : 'Китеп даярдалды: түзүлгөн барактар 0, кошулган мамычалар 0. Маалыматтар өзгөргөн жок.',
      );
    },
  );

  test('a second run on a workbook with data and marks changes nothing either', () => {
    const once = loadAddOn();
    const twice = loadAddOn();
    for (const addOn of [once, twice]) {
      setUp(addOn, 'en');
      writeRows(addOn.s.spreadsheet.sheet('Committees'), 2, committeeRows());
      writeRows(addOn.s.spreadsheet.sheet('Events'), 2, eventRows(40));
      addOn.run('validateNow');
    }
    setUp(twice, 'en');
    expectSameState(
      snapshot(twice.s.spreadsheet, { Log: 2 }),
      snapshot(once.s.spreadsheet, { Log: 2 }),
    );
  });
});

describe('Set up workbook on a workbook with data', () => {
  /** English headers, columns reordered, one column of the user's own, Settlement missing. */
  const COMMITTEE_HEADER = [
    'Status',
    'Name',
    'My notes',
    'Committee ID',
    'Established on',
    'Region',
    'District',
    'Local government order',
    'Plan approved on',
    'Contact email',
  ];
  const COMMITTEES: Row[] = [
    [
      'Active',
      'Kant committee',
      'call back in May',
      'KANT',
      day(2019, 3, 1),
      'Chui',
      'Ysyk-Ata',
      '',
      '',
      '',
    ],
    [
      'Suspended',
      'Tokmok committee',
      '',
      'TOKM',
      day(2020, 5, 4),
      'Chui',
      '',
      'No. 7',
      day(2021, 1, 1),
      'tokmok@example.kg',
    ],
    ['Active', 'Naryn committee', 42, 'NARYN', day(2018, 11, 30), 'Naryn', '', '', '', ''],
  ];

  function workbookWithData(): AddOn {
    const addOn = loadAddOn({ spreadsheet: { sheets: ['Committees', 'Events', 'Budget'] } });
    const { spreadsheet } = addOn.s;
    writeRows(spreadsheet.sheet('Committees'), 1, [COMMITTEE_HEADER, ...COMMITTEES]);
    writeRows(spreadsheet.sheet('Events'), 1, [
      SHEETS.events.columns.map((column) => column.labels.en),
      ...eventRows(25),
    ]);
    writeRows(spreadsheet.sheet('Budget'), 1, [
      ['Item', 'Som'],
      ['Tea', 300],
    ]);
    // Formatting of the user's own: kept.
    const cell = spreadsheet.sheet('Committees').grid.cell(3, 2);
    cell.note = 'renamed in 2024';
    cell.background = '#d9ead3';
    return addOn;
  }

  test('keeps every row and value, adds the missing column at the end, reorders nothing', () => {
    const addOn = workbookWithData();
    const { spreadsheet } = addOn.s;
    const eventsBefore = valuesOf(
      spreadsheet.sheet('Events'),
      1,
      1,
      26,
      SHEETS.events.columns.length,
    );
    setUp(addOn, 'ru');

    const committees = spreadsheet.sheet('Committees');
    expect(headerOf(committees)).toEqual([...COMMITTEE_HEADER, 'Населённый пункт']);
    expect(valuesOf(committees, 2, 1, 3, COMMITTEE_HEADER.length)).toEqual(COMMITTEES);
    expect(valuesOf(committees, 2, COMMITTEE_HEADER.length + 1, 3, 1)).toEqual([[''], [''], ['']]);
    expect(committees.grid.lastRow()).toBe(4);
    expect(committees.grid.peek(3, 2).note).toBe('renamed in 2024');
    expect(committees.grid.peek(3, 2).background).toBe('#d9ead3');

    const events = spreadsheet.sheet('Events');
    expect(valuesOf(events, 1, 1, 26, SHEETS.events.columns.length)).toEqual(eventsBefore);
    expect(events.grid.lastRow()).toBe(26);
    expect(events.grid.lastColumn()).toBe(SHEETS.events.columns.length);

    const budget = spreadsheet.sheet('Budget');
    expect(dataRows(budget)).toEqual([['Tea', 300]]);
    expect(budget.grid.peek(2, 2).validation).toBeNull();

    // The existing sheets keep their names and places; the missing ones follow, in Russian.
    expect(spreadsheet.sheetList().map((sheet) => sheet.getNameUncounted())).toEqual([
      'Committees',
      'Events',
      'Budget',
      ...ALL_SHEETS.filter((key) => key !== 'committees' && key !== 'events').map(
        (key) => SHEETS[key].labels.ru,
      ),
    ]);
    expect(addOn.s.ui.dialogs.at(-1)?.prompt).toBe(
      `Книга настроена: листов создано ${ALL_SHEETS.length - 2}, столбцов добавлено ${
        1 +
        ALL_SHEETS.filter((key) => key !== 'committees' && key !== 'events').reduce(
          (sum, key) => sum + SHEETS[key].columns.length,
          0,
        )
      }. Данные не изменены.`,
    );
  });

  test('puts each rule on the column where that column is, not where the schema has it', () => {
    const addOn = workbookWithData();
    setUp(addOn, 'ru');
    const committees = addOn.s.spreadsheet.sheet('Committees');
    const at = (label: string) => {
      const index = headerOf(committees).indexOf(label);
      expect(index).toBeGreaterThanOrEqual(0);
      return index + 1;
    };
    const columns = SHEETS.committees.columns as readonly ColumnDef[];
    const position: Record<string, number> = {
      committeeId: at('Committee ID'),
      name: at('Name'),
      region: at('Region'),
      district: at('District'),
      settlement: at('Населённый пункт'),
      establishedOn: at('Established on'),
      governmentOrder: at('Local government order'),
      planApprovedOn: at('Plan approved on'),
      status: at('Status'),
      contactEmail: at('Contact email'),
    };
    for (const column of columns) {
      expectColumnRules(committees, column, position[column.key] as number, 'ru');
    }
    // The user's own column gets no rule and no format.
    const mine = committees.grid.peek(2, at('My notes'));
    expect([mine.validation, mine.numberFormat]).toEqual([null, 'General']);
    // The dates stay dates (now shown as dd.mm.yyyy).
    expect(committees.grid.peek(2, at('Established on')).value).toEqual(day(2019, 3, 1));
  });

  test('set-up twice on a workbook with data equals set-up once', () => {
    const once = workbookWithData();
    setUp(once, 'ru');
    const twice = workbookWithData();
    setUp(twice, 'ru');
    setUp(twice, 'ru');
    expectSameState(
      snapshot(twice.s.spreadsheet, { Журнал: 2 }),
      snapshot(once.s.spreadsheet, { Журнал: 2 }),
    );
  });

  test('data sheets are left unprotected; a Log row is written', () => {
    const addOn = workbookWithData();
    setUp(addOn, 'ru');
    for (const key of DATA_SHEETS) {
      const sheet = addOn.s.spreadsheet
        .sheetList()
        .find((s) => [SHEETS[key].labels.en, SHEETS[key].labels.ru].includes(s.getNameUncounted()));
      expect(sheet?.protectionsUncounted('SHEET')).toEqual([]);
    }
    const rows = logRows(addOn, 'Журнал');
    expect(rows.map((row) => row[1])).toEqual(['Настройка книги']);
  });
});
