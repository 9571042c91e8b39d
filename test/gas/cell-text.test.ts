/**
 * Text people typed never becomes a formula or a number where the add-on writes it. Formula
 * payloads are typed into event topics, committee names, and the Committee ID and Type cells of
 * events; the last two are invalid, so the payloads reach the Problems sheet (as the problem's
 * value), through Validate now and through onEdit, which reads the sheet back and rewrites it.
 * In a Log row the only text from outside is the account ("who"), tried with the same payloads.
 */
import { SHEETS } from '../../src/core/schema/sheets';
import { FakeRange, FakeSheet } from '../fakes';
import { type AddOn, ensureBuilt, loadAddOn } from './load-bundle';
import {
  committeeRows,
  dataRows,
  day,
  type Row,
  rowOf,
  validEvent,
  writeRows,
} from './workbook-data';

beforeAll(() => ensureBuilt());
afterEach(() => jest.restoreAllMocks());

const PAYLOADS = [
  '=IMPORTXML("http://x","//a")',
  '+1+1',
  '-2',
  '@SUM(A1)',
  '=HYPERLINK("http://x","y")',
  '\tTab-led text',
  '\rCR-led text',
];
/** What Sheets would read as a formula or a number when written as is. */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

const header = (key: 'committees' | 'events') => SHEETS[key].columns.map((c) => c.labels.en);

/** Events rows 2–8 name a payload as their committee, rows 9–15 as their type; all have it as topic. */
function payloadWorkbook(options: { setUp: boolean; session?: string }): AddOn {
  const addOn = loadAddOn({
    spreadsheet: { sheets: ['Committees', 'Events'] },
    ...(options.session === undefined ? {} : { session: { activeUserEmail: options.session } }),
  });
  const { spreadsheet } = addOn.s;
  const namedCommittees = PAYLOADS.map((name, i) =>
    rowOf('committees', {
      committeeId: `PAY${i}`,
      name,
      region: 'Chui',
      settlement: 'Kant',
      establishedOn: day(2009, 1, 1),
      status: 'Active',
    }),
  );
  writeRows(spreadsheet.sheet('Committees'), 1, [
    header('committees'),
    ...committeeRows(),
    ...namedCommittees,
  ]);
  writeRows(spreadsheet.sheet('Events'), 1, [
    header('events'),
    ...PAYLOADS.map((payload, i) => validEvent(i, { committeeId: payload, topic: payload })),
    ...PAYLOADS.map((payload, i) => validEvent(i + 20, { type: payload, topic: payload })),
  ]);
  if (options.setUp) {
    addOn.s.ui.answerPrompt('en');
    addOn.run('setUpWorkbook');
  }
  return addOn;
}

/** The sheet and its every written cell's formula and value. */
function contents(sheet: FakeSheet): { formulas: string[]; rows: Row[] } {
  const formulas: string[] = [];
  sheet.grid.forEachCell((cell) => {
    formulas.push(cell.formula);
  });
  return { formulas, rows: dataRows(sheet) };
}

/** A value the bundle wrote, and whether its cell is plain text ('@': nothing parsed there). */
type Write = { value: unknown; plainText: boolean };

/** Every value the bundle hands to setValues / appendRow, by the sheet it lands on. */
function recordWrites(): Map<string, Write[]> {
  const written = new Map<string, Write[]>();
  const record = (sheet: FakeSheet, values: Write[]) => {
    const name = sheet.getNameUncounted();
    written.set(name, [...(written.get(name) ?? []), ...values]);
  };
  const setValues = FakeRange.prototype.setValues;
  jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(function (
    this: FakeRange,
    values,
  ) {
    const formats = this.getNumberFormats();
    record(
      this.getSheetUncounted(),
      values.flatMap((line, r) =>
        line.map((value, c) => ({ value, plainText: formats[r]?.[c] === '@' })),
      ),
    );
    return setValues.call(this, values);
  });
  const appendRow = FakeSheet.prototype.appendRow;
  jest.spyOn(FakeSheet.prototype, 'appendRow').mockImplementation(function (this: FakeSheet, row) {
    record(
      this,
      row.map((value) => ({ value, plainText: false })),
    );
    return appendRow.call(this, row);
  });
  return written;
}

describe.each([
  ['never set up', false, 'Проблемы'],
  ['set up', true, 'Problems'],
])('on a workbook %s, formula payloads land in Problems as text', (_, setUp, problemsName) => {
  test('through Validate now: no formula, and each value is the payload as typed', () => {
    const addOn = payloadWorkbook({ setUp });
    const written = recordWrites();
    addOn.run('validateNow');
    const problems = addOn.s.spreadsheet.sheet(problemsName);
    const { formulas, rows } = contents(problems);
    expect(formulas.every((formula) => formula === '')).toBe(true);
    expect(
      problems
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(rows.map((row) => [row[1], row[6]])).toEqual([
      ...PAYLOADS.map((payload, i) => [i + 2, payload]),
      ...PAYLOADS.map((payload, i) => [i + 9, payload]),
    ]);
    for (const row of rows) {
      const payload = row[6] as string;
      expect(row[5]).toContain(payload.trim());
    }
    // What went over the wire: a payload-led text goes into a plain-text cell, where Sheets
    // parses nothing, or carries the apostrophe that keeps it text.
    const writes = (written.get(problemsName) ?? []).filter(
      (w): w is { value: string; plainText: boolean } => typeof w.value === 'string',
    );
    expect(
      writes.filter((w) => PAYLOADS.some((p) => w.value.endsWith(p))).length,
    ).toBeGreaterThanOrEqual(PAYLOADS.length * 2);
    expect(writes.filter((w) => !w.plainText && FORMULA_LEAD.test(w.value))).toEqual([]);
  });

  test('through onEdit, which reads the lines back and writes them again', () => {
    const addOn = payloadWorkbook({ setUp });
    addOn.run('validateNow');
    const events = addOn.s.spreadsheet.sheet('Events');
    // The user fixes the committee of row 2: the other lines are read back and rewritten.
    writeRows(events, 2, [validEvent(0, { topic: PAYLOADS[0] as string })]);
    const written = recordWrites();
    addOn.run('onEdit', {
      range: events.rangeAt(2, 2),
      source: addOn.s.spreadsheet,
      value: 'KANT',
    });
    const problems = addOn.s.spreadsheet.sheet(problemsName);
    const { formulas, rows } = contents(problems);
    expect(formulas.every((formula) => formula === '')).toBe(true);
    expect(rows.map((row) => row[6])).toEqual([...PAYLOADS.slice(1), ...PAYLOADS]);
    const writes = (written.get(problemsName) ?? []).filter(
      (w): w is { value: string; plainText: boolean } => typeof w.value === 'string',
    );
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.filter((w) => !w.plainText && FORMULA_LEAD.test(w.value))).toEqual([]);
  });

  test('the typed cells themselves are left as they were', () => {
    const addOn = payloadWorkbook({ setUp });
    addOn.run('validateNow');
    const topic = SHEETS.events.columns.findIndex((c) => c.key === 'topic');
    expect(dataRows(addOn.s.spreadsheet.sheet('Events')).map((row) => row[topic])).toEqual([
      ...PAYLOADS,
      ...PAYLOADS,
    ]);
    expect(
      dataRows(addOn.s.spreadsheet.sheet('Committees'))
        .slice(-PAYLOADS.length)
        .map((r) => r[1]),
    ).toEqual(PAYLOADS);
  });
});

describe('the Log', () => {
  test.each(PAYLOADS)('keeps an account named %j as text', (payload) => {
    const addOn = payloadWorkbook({ setUp: false, session: payload });
    const written = recordWrites();
    addOn.run('validateNow');
    const log = addOn.s.spreadsheet.sheet('Журнал');
    const { formulas, rows } = contents(log);
    expect(formulas.every((formula) => formula === '')).toBe(true);
    expect(
      log
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe(payload);
    expect(rows[0]?.[1]).toBe('Проверка');
    const strings = (written.get('Журнал') ?? [])
      .map((w) => w.value)
      .filter((v): v is string => typeof v === 'string');
    expect(strings).toContain(`'${payload}`);
    expect(strings.filter((text) => FORMULA_LEAD.test(text))).toEqual([]);
  });

  test('holds no formula after set-up, Validate now and onEdit on a workbook full of payloads', () => {
    const addOn = payloadWorkbook({ setUp: true });
    addOn.run('validateNow');
    const events = addOn.s.spreadsheet.sheet('Events');
    writeRows(events, 2, [validEvent(0)]);
    addOn.run('onEdit', {
      range: events.rangeAt(2, 2),
      source: addOn.s.spreadsheet,
      value: 'KANT',
    });
    const { formulas, rows } = contents(addOn.s.spreadsheet.sheet('Log'));
    expect(formulas.every((formula) => formula === '')).toBe(true);
    expect(rows.map((row) => row[1])).toEqual([
      'Workbook set-up',
      'Validation',
      'Check of edited rows',
    ]);
  });
});
