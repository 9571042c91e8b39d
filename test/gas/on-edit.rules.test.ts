/**
 * The check of an edit reads the other sheets its rules say they look up (RULE_DEFS' `reads`),
 * and only those: for every rule, an edit of the row that breaks it finds just what Validate
 * now finds on that row, and an edit of the row that keeps it finds nothing of it. A rule that
 * looks up another sheet without saying so fails here (its row is judged against nothing).
 */
import * as vm from 'node:vm';
import { UnreadableCell } from '../../src/core/read/workbook';
import { DATA_SHEETS, type DataSheetKey, SHEETS } from '../../src/core/schema/sheets';
import { RULE_DEFS, RULE_IDS, type RuleId, type RuleScope } from '../../src/core/validate/rules';
import { type MutableRows, validate, validRows } from '../core/validate/fixture';
import { RULE_CASES } from '../core/validate/rule-cases';
import type { FakeSheet } from '../fakes';
import { recordSource } from '../helpers/workbook';
import { type AddOn, ensureBuilt, loadAddOn } from './load-bundle';
import { dataRows, type Row, writeRows } from './workbook-data';

beforeAll(() => ensureBuilt());

/** 26.11.2026, 10:00 in Bishkek: the fixture's today. */
const TODAY = Date.UTC(2026, 10, 26, 4, 0);

/** The workbook after `edit`, in the fakes as a coordinator's sheets hold it. */
function workbookOf(rows: MutableRows): AddOn {
  const source = recordSource(rows);
  const names = source.sheetNames();
  const addOn = loadAddOn({ spreadsheet: { sheets: names } });
  (vm.runInContext('Date', addOn.ctx) as DateConstructor).now = () => TODAY;
  // Plain values only: the cases that reach here hold no cell the .xlsx reader alone makes.
  for (const name of names)
    writeRows(addOn.s.spreadsheet.sheet(name), 1, source.values(name) as Row[]);
  return addOn;
}

/** The rules onEdit reports for one row of one sheet, from the Problems sheet it writes. */
function editedRowRules(addOn: AddOn, sheet: DataSheetKey, row: number): string[] {
  const edited: FakeSheet = addOn.s.spreadsheet.sheet(SHEETS[sheet].labels.en);
  addOn.run('onEdit', {
    authMode: 'LIMITED',
    range: edited.rangeAt(row, 1, 1, 1),
    source: addOn.s.spreadsheet,
    user: { getEmail: () => 'user@example.com' },
  });
  const problems = addOn.s.spreadsheet
    .getSheets()
    .find((s) => ['Problems', 'Проблемы'].includes(s.getName())) as FakeSheet | undefined;
  return dataRows(problems as FakeSheet)
    .filter((line) => line[0] === edited.getName() && line[1] === row)
    .map((line) => String(line[4]))
    .sort();
}

/** What Validate now finds on that row, by the core on the same rows. */
function validatedRowRules(rows: MutableRows, sheet: DataSheetKey, row: number): string[] {
  return validate(rows)
    .filter((p) => p.sheet === sheet && p.row === row)
    .map((p) => p.rule)
    .sort();
}

const rowsAfter = (edit: (rows: MutableRows) => void): MutableRows => {
  const rows = validRows();
  edit(rows);
  return rows;
};

/**
 * The rules of a file's shape (its header, a cell the .xlsx reader could not read) are left
 * out: their cases need a layout or a cell Google Sheets cannot hold, and they judge the
 * header or the sheet, never one row against another sheet.
 */
const holdsInSheets = (id: RuleId): boolean => {
  const c = RULE_CASES[id];
  const cells = [rowsAfter(c.bad), rowsAfter(c.good)].flatMap((rows) =>
    Object.values(rows).flatMap((sheet) => sheet.flatMap((row) => Object.values(row))),
  );
  return c.layout === undefined && !cells.some((v) => v instanceof UnreadableCell);
};
const EDITABLE = RULE_IDS.filter(holdsInSheets);

test('the rules left out judge a sheet on its own, never by looking another up', () => {
  const left = RULE_IDS.filter((id) => !holdsInSheets(id));
  expect(left.length).toBeLessThanOrEqual(7);
  for (const id of left) {
    const reads: readonly RuleScope[] = RULE_DEFS[id].reads;
    expect([id, reads.filter((s) => s.lookup)]).toEqual([id, []]);
  }
  // Every rule that looks another sheet up is checked below.
  for (const id of RULE_IDS)
    if ((RULE_DEFS[id].reads as readonly RuleScope[]).some((s) => s.lookup))
      expect(EDITABLE).toContain(id);
});

describe.each(EDITABLE.map((id) => [id]))('an edit of a row under rule %s', (id) => {
  const ruleCase = RULE_CASES[id];

  test('finds what Validate now finds on that row, the rule among it', () => {
    const rows = rowsAfter(ruleCase.bad);
    const found = editedRowRules(workbookOf(rows), ruleCase.sheet, ruleCase.row);
    expect(found).toContain(id);
    expect(found).toEqual(validatedRowRules(rows, ruleCase.sheet, ruleCase.row));
  });

  test('finds nothing of it once the row keeps the rule', () => {
    const rows = rowsAfter(ruleCase.good);
    const found = editedRowRules(workbookOf(rows), ruleCase.sheet, ruleCase.row);
    expect(found).not.toContain(id);
    expect(found).toEqual(validatedRowRules(rows, ruleCase.sheet, ruleCase.row));
  });
});

test('an edit reads the sheets its rules look up and no other data sheet', () => {
  for (const sheet of DATA_SHEETS) {
    const addOn = workbookOf(validRows());
    const read = new Set<string>();
    for (const other of DATA_SHEETS) {
      const fake = addOn.s.spreadsheet.sheet(SHEETS[other].labels.en);
      const getDataRange = fake.getDataRange.bind(fake);
      fake.getDataRange = () => {
        read.add(other);
        return getDataRange();
      };
    }
    editedRowRules(addOn, sheet, 2);
    const looked = new Set<string>();
    for (const id of RULE_IDS) {
      const reads: readonly RuleScope[] = RULE_DEFS[id].reads;
      if (reads.some((s) => s.sheet === sheet && !s.lookup))
        for (const s of reads) if (s.lookup) looked.add(s.sheet);
    }
    expect([sheet, [...read].sort()]).toEqual([sheet, [...new Set([sheet, ...looked])].sort()]);
  }
});
