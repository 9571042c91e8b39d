import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../../src/core/analyse';
import { buildDemoRows, buildDemoSheets, DEMO_TODAY, SEED_FIGURES } from '../../../src/core/demo';
import { report } from '../../../src/core/indicators';
import { earliestDate, isPeriodError, parsePeriod } from '../../../src/core/periods';
import { parseDateText } from '../../../src/core/read/cells';
import { choiceKeyOf } from '../../../src/core/read/choices-index';
import { type CellValue, DEFAULT_TIME_ZONE, UnreadableCell } from '../../../src/core/read/workbook';
import { SHEETS } from '../../../src/core/schema/sheets';
import { analyseXlsx, todayIn } from '../../../src/local/load';
import { readXlsx, UnusableFileError } from '../../../src/local/xlsx/read-xlsx';
import {
  type CellSpec,
  columnName,
  escapeXml,
  rowXml,
  sheetXml,
  type WorkbookSpec,
  writeWorkbook,
  zipParts,
} from './corpus';
import { writtenByKorgoo } from './written';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
/** The 1900-system serial of a day (as Excel stores a date cell). */
const serial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY;
const dateCell = (y: number, m: number, d: number): CellSpec => ({
  xml: `<c s="1"><v>${serial(y, m, d)}</v></c>`,
});
const wall = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

const COMMITTEES: readonly (readonly CellSpec[])[] = [
  ['Committee ID', 'Name', 'Region', 'Settlement', 'Established on', 'Status'],
  ['KANT', 'Кантский МК', 'Чуйская область', 'Кант', dateCell(2025, 1, 15), 'Действует'],
];
const EVENTS_HEADER: readonly CellSpec[] = ['Committee ID', 'Date', 'Type', 'Participants'];

let count = 0;
/**
 * A Korgoo workbook (Committees, Events) written part by part. One reading path serves every
 * size, so these files stay small; the large file is the exceljs one below.
 */
function book(
  events: readonly (readonly CellSpec[])[] | string,
  spec: Partial<WorkbookSpec> = {},
): string {
  const path = join(dir, `book-${++count}.xlsx`);
  const eventsXml = typeof events === 'string' ? events : sheetXml([EVENTS_HEADER, ...events]);
  return writeWorkbook(path, {
    styles: [0, 14],
    ...spec,
    sheets: [['Committees', sheetXml(COMMITTEES)], ['Events', eventsXml], ...(spec.sheets ?? [])],
  });
}

const eventsOf = async (path: string) => (await readXlsx(path)).values('Events');

describe('cells as other programs write them', () => {
  test('styles.xml after the sheets in the zip: date cells are still dates', async () => {
    const path = book([['KANT', dateCell(2026, 10, 3), 'Обучение / семинар', 25]], {
      // The workbook first, the styles after every sheet (as some writers stream them).
      order: [
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
        'xl/styles.xml',
      ],
    });
    expect((await eventsOf(path))[1]).toEqual([
      'KANT',
      wall(2026, 10, 3),
      'Обучение / семинар',
      25,
    ]);
    const analysis = await analyseXlsx(path);
    expect(analysis.problems).toEqual([]);
    expect(analysis.dataset.events).toHaveLength(1);
  });

  test('an ISO date cell (t="d") is a date, not a serial number', async () => {
    const path = book([
      ['KANT', { xml: '<c t="d"><v>2026-10-03T00:00:00</v></c>' }, 'training', 25],
    ]);
    expect((await eventsOf(path))[1]?.[1]).toEqual(wall(2026, 10, 3));
    const analysis = await analyseXlsx(path);
    expect(analysis.problems).toEqual([]);
    expect(analysis.dataset.events[0]?.date).toBe(Date.UTC(2026, 9, 3));
  });

  test('a cached #DIV/0! is a problem naming the error, never a blank', async () => {
    const path = book([
      [
        'KANT',
        dateCell(2026, 10, 3),
        'training',
        { xml: '<c t="e"><f>F2/0</f><v>#DIV/0!</v></c>' },
      ],
    ]);
    expect((await eventsOf(path))[1]?.[3]).toEqual(new UnreadableCell('error', '#DIV/0!'));
    const analysis = await analyseXlsx(path);
    expect(analysis.problems).toMatchObject([
      { sheetName: 'Events', row: 2, column: 'participants', rule: 'cell_error', value: '#DIV/0!' },
    ]);
    expect(analysis.rows.Events).toEqual({
      sheet: 'events',
      inFile: 1,
      kept: 0,
      withErrors: 1,
      blank: 0,
    });
  });

  test('a formula with no cached value is "not computed", and a row of only such cells is counted', async () => {
    const uncomputed = (formula: string): CellSpec => ({ xml: `<c><f>${formula}</f></c>` });
    const path = book([
      ['KANT', dateCell(2026, 10, 3), 'training', { xml: '<c><f>2*10</f><v>20</v></c>' }],
      ['KANT', dateCell(2026, 10, 4), 'training', uncomputed('SUM(H3:I3)')],
      [uncomputed('Committees!A2'), uncomputed('TODAY()'), uncomputed('D2'), uncomputed('D2+1')],
    ]);
    const analysis = await analyseXlsx(path);
    expect(analysis.dataset.events.map((e) => e.participants)).toEqual([20]);
    expect(analysis.problems.filter((p) => p.rule === 'required')).toEqual([]);
    expect(analysis.problems.map((p) => [p.row, p.column, p.rule, p.value])).toEqual([
      [3, 'participants', 'not_computed', '=SUM(H3:I3)'],
      [4, 'committeeId', 'not_computed', '=Committees!A2'],
      [4, 'date', 'not_computed', '=TODAY()'],
      [4, 'type', 'not_computed', '=D2'],
      [4, 'participants', 'not_computed', '=D2+1'],
    ]);
    expect(analysis.rows.Events).toEqual({
      sheet: 'events',
      inFile: 3,
      kept: 1,
      withErrors: 2,
      blank: 0,
    });
  });

  test('rows and cells without r, shared strings with rich text runs, t="str" and t="b"', async () => {
    const events = sheetXml(
      [
        rowXml(1, EVENTS_HEADER, false),
        '<row><c t="s"><v>0</v></c><c s="1"><v>' +
          serial(2026, 10, 3) +
          '</v></c><c t="s"><v>1</v></c><c><v>25</v></c></row>',
        // A row number given again: the cells after a skipped one keep their columns.
        '<row r="5"><c t="str"><f>"KA"&amp;"NT"</f><v>KANT</v></c><c r="B5" s="1"><v>' +
          serial(2026, 10, 4) +
          '</v></c><c t="inlineStr"><is><r><t>Обучение / </t></r><r><t>семинар</t></r></is></c><c><v>12</v></c><c t="b"><v>1</v></c></row>',
      ].join(''),
    );
    const path = book(events, {
      sharedStrings: [
        'KANT',
        '<r><rPr><b/></rPr><t>train</t></r><r><t>ing</t></r><rPh><t>トレ</t></rPh>',
      ],
    });
    const source = await readXlsx(path);
    expect(source.values('Events').slice(1)).toEqual([
      ['KANT', wall(2026, 10, 3), 'training', 25],
      ['KANT', wall(2026, 10, 4), 'Обучение / семинар', 12, true],
    ]);
    expect(source.rowNumbers?.('Events')).toEqual([1, 2, 5]);
    const analysis = await analyseXlsx(path);
    expect(analysis.problems).toEqual([]);
    expect(analysis.rows.Events).toEqual({
      sheet: 'events',
      inFile: 4,
      kept: 2,
      withErrors: 0,
      blank: 2,
    });
  });

  test('merged cells keep their value in the top-left cell only, as Excel and Sheets do', async () => {
    const path = book(
      sheetXml(
        [
          EVENTS_HEADER,
          ['KANT', dateCell(2026, 10, 3), 'training', 40],
          ['KANT', dateCell(2026, 10, 3), 'training', null],
        ],
        '<mergeCells count="1"><mergeCell ref="D2:D3"/></mergeCells>',
      ),
    );
    expect((await eventsOf(path))[2]).toEqual(['KANT', wall(2026, 10, 3), 'training']);
    const analysis = await analyseXlsx(path);
    // One training of 40, not two trainings and 80 participants.
    expect(analysis.dataset.events.map((e) => e.participants)).toEqual([40]);
    expect(analysis.problems.filter((p) => p.severity === 'error')).toMatchObject([
      { row: 3, column: 'participants', rule: 'required' },
    ]);
  });

  test('the 1904 date system, built-in and custom date formats, and formats that only look like dates', async () => {
    const days1904 = (Date.UTC(2026, 9, 3) - Date.UTC(1904, 0, 1)) / DAY;
    const path = book(
      [
        ['KANT', { xml: `<c s="1"><v>${days1904}</v></c>` }, 'training', 25],
        [
          'KANT',
          { xml: `<c s="2"><v>${days1904 + 0.5}</v></c>` },
          'training',
          { xml: '<c s="3"><v>30</v></c>' },
        ],
      ],
      {
        date1904: true,
        styles: [0, 14, 164, 165],
        customFormats: { 164: 'dd.mm.yyyy hh:mm', 165: '0 "dm";[Red]-0' },
      },
    );
    expect((await eventsOf(path)).slice(1)).toEqual([
      ['KANT', wall(2026, 10, 3), 'training', 25],
      ['KANT', new Date(Date.UTC(2026, 9, 3, 12)), 'training', 30],
    ]);
  });

  test('a second sheet for Events, a repeated header label and a header on row 2 are each told, and their rows counted', async () => {
    const path = book(
      sheetXml([
        ['Events 2026'],
        ['Committee ID', 'Date', 'Type', 'Participants', 'Date'],
        ['KANT', dateCell(2026, 10, 3), 'training', 25, dateCell(2026, 10, 9)],
      ]),
      {
        sheets: [
          [
            'Мероприятия',
            sheetXml([
              EVENTS_HEADER,
              ['KANT', dateCell(2026, 10, 5), 'training', 9],
              [],
              ['KANT', dateCell(2026, 10, 6), 'training', 7],
            ]),
          ],
        ],
      },
    );
    const analysis = await analyseXlsx(path);
    expect(analysis.problems.map((p) => [p.sheetName, p.row, p.column, p.rule])).toEqual([
      ['Мероприятия', 1, null, 'duplicate_sheet'],
      ['Events', 2, null, 'header_not_first_row'],
      ['Events', 2, 'date', 'duplicate_column'],
    ]);
    expect(analysis.rows).toMatchObject({
      Events: { inFile: 1, kept: 1, withErrors: 0, blank: 0 },
      Мероприятия: { sheet: 'events', inFile: 3, kept: 0, withErrors: 2, blank: 1 },
    });
  });
});

describe('bad and hostile files: exit with one reason, memory bounded by the cells that exist', () => {
  const reasonOf = (path: string, maxCells?: number) =>
    readXlsx(path, undefined, maxCells).then(
      () => 'read',
      (error: unknown) =>
        error instanceof UnusableFileError ? [error.reason, error.details] : error,
    );

  test('a 51 KB file with a row numbered 1,000,000,000 is beyond Excel, told at once', async () => {
    const path = book(
      sheetXml([EVENTS_HEADER]).replace(
        '</sheetData>',
        `${'<row r="7"><c r="A7"><v>1</v></c></row>'.repeat(1200)}<row r="1000000000"><c r="A1000000000"><v>1</v></c></row></sheetData>`,
      ),
    );
    expect(await reasonOf(path)).toEqual([
      'over_excel_limits',
      { sheet: 'Events', what: 'row', number: 1_000_000_000 },
    ]);
  });

  test('a cell beyond column XFD is beyond Excel', async () => {
    const path = book(
      sheetXml([EVENTS_HEADER]).replace(
        '</sheetData>',
        '<row r="2"><c r="XFE2"><v>1</v></c></row></sheetData>',
      ),
    );
    expect(await reasonOf(path)).toEqual([
      'over_excel_limits',
      { sheet: 'Events', what: 'column', number: 16_385 },
    ]);
  });

  test('a row in column XFD and one on row 1,048,576 cost two cells, not a grid', async () => {
    const path = book(
      sheetXml([EVENTS_HEADER, ['KANT', dateCell(2026, 10, 3), 'training', 25]]).replace(
        '</sheetData>',
        '<row r="3"><c r="XFD3"><v>7</v></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>end</t></is></c></row></sheetData>',
      ),
    );
    const source = await readXlsx(path);
    expect(source.rowNumbers?.('Events')).toEqual([1, 2, 3, 1_048_576]);
    const analysis = await analyseXlsx(path);
    expect(analysis.rows.Events).toEqual({
      sheet: 'events',
      inFile: 1_048_575,
      kept: 1,
      withErrors: 2,
      blank: 1_048_572,
    });
  });

  test('more cells than Korgoo holds is refused with the limit, before memory runs out', async () => {
    const rows = Array.from({ length: 200 }, () => ['KANT', dateCell(2026, 10, 3), 'training', 25]);
    expect(await reasonOf(book(rows), 500)).toEqual(['too_many_cells', { max: 500 }]);
    expect(await reasonOf(book(rows), 5000)).toBe('read');
  });

  test('a zip bomb is refused from the sizes its parts declare', async () => {
    const path = book([], {
      sheets: [
        [
          'Other',
          sheetXml(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(40 * 1024 * 1024)}</t></is></c></row>`,
          ),
        ],
      ],
    });
    expect(await reasonOf(path)).toEqual([
      'zip_bomb',
      { part: 'xl/worksheets/sheet3.xml', bytes: expect.any(Number) },
    ]);
  });

  test('a password-protected file, an old .xls, an .ods, a folder, a missing file and plain text', async () => {
    const encrypted = compoundFile(['EncryptionInfo', 'EncryptedPackage']);
    const xls = compoundFile(['Workbook', 'SummaryInformation']);
    writeFileSync(join(dir, 'locked.xlsx'), encrypted);
    writeFileSync(join(dir, 'old.xls'), xls);
    const { zipSync, strToU8 } = await import('fflate');
    writeFileSync(
      join(dir, 'open.ods'),
      zipSync({
        mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
        'content.xml': strToU8('<office:document-content/>'),
      }),
    );
    mkdirSync(join(dir, 'folder.xlsx'));
    writeFileSync(join(dir, 'text.xlsx'), 'just text');
    expect(await reasonOf(join(dir, 'locked.xlsx'))).toEqual(['encrypted', {}]);
    expect(await reasonOf(join(dir, 'old.xls'))).toEqual(['xls', {}]);
    expect(await reasonOf(join(dir, 'open.ods'))).toEqual(['ods', {}]);
    expect(await reasonOf(join(dir, 'folder.xlsx'))).toEqual(['folder', {}]);
    expect(await reasonOf(join(dir, 'nope.xlsx'))).toEqual(['missing', {}]);
    expect(await reasonOf(join(dir, 'text.xlsx'))).toEqual(['not_xlsx', {}]);
  });
});

/**
 * A compound file (the container of .xls and of password-protected .xlsx) with one directory
 * sector naming the given streams, as Excel writes them (MS-CFB §2.2, §2.6).
 */
function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(0, 48); // the directory starts at sector 0
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeInt32LE(-2, 60);
  header.writeInt32LE(-2, 68);
  for (let i = 0; i < 109; i++) header.writeInt32LE(i === 0 ? 1 : -1, 76 + i * 4);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const entry = i * 128;
    directory.write(name, entry, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, entry + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, entry + 66);
  });
  const fat = Buffer.alloc(512, 0xff);
  fat.writeInt32LE(-2, 0);
  fat.writeInt32LE(-3, 4);
  return Buffer.concat([header, directory, fat]);
}

describe('files written by exceljs and LibreOffice', () => {
  test('a Russian-labelled workbook whose Events part unpacks to over 4 MB reads without a single U+FFFD, every label recognised', async () => {
    const rows = buildDemoRows('ru');
    const topic =
      'Профилактика семейного насилия: беседа с родителями и учениками — ещё раз «ёлка»';
    const events = rows.events ?? [];
    const many: CellValue[][] = [];
    // Over 4 MB of XML: Cyrillic split across several of the reader's 1 MB inflate pieces.
    while (many.length < 15_000)
      for (const row of events)
        many.push(row.map((cell, c) => (c === 11 ? `${topic} ${many.length}` : cell)));
    const path = await writtenByKorgoo('russian-4mb', 'ru', { ...rows, events: many });
    const unpacked: Record<string, number> = {};
    const { unzipSync } = await import('fflate');
    unzipSync(readFileSync(path), {
      filter: (file) => {
        unpacked[file.name] = file.originalSize;
        return false;
      },
    });
    expect(Math.max(...Object.values(unpacked))).toBeGreaterThan(4 * 1024 * 1024);
    const source = await readXlsx(path);
    let replaced = 0;
    for (const name of source.sheetNames()) {
      for (const row of source.values(name))
        for (const cell of row) if (typeof cell === 'string' && cell.includes('\uFFFD')) replaced++;
    }
    expect(replaced).toBe(0);
    expect(source.values(SHEETS.events.labels.ru)[1]?.[11]).toBe(`${topic} 0`);
    // The rows just read, analysed as analyseXlsx does: not the 4 MB read a second time.
    const analysis = analyse(source, { timeZone: DEFAULT_TIME_ZONE, dates: 'wall' }, todayIn());
    expect(analysis.problems.filter((p) => p.rule === 'choice')).toEqual([]);
    expect(analysis.rows[SHEETS.events.labels.ru]).toMatchObject({ inFile: many.length, blank: 0 });
  }, 120_000);

  test('dates come back as the wall clock written, and every data sheet with its rows', async () => {
    const path = await writtenByKorgoo('demo', 'ru', buildDemoRows('ru'));
    const source = await readXlsx(path);
    const rows = buildDemoRows('ru');
    const events = source.values(SHEETS.events.labels.ru);
    expect(events).toHaveLength(rows.events.length + 1);
    expect(events[1]?.[2]).toEqual(rows.events[0]?.[2]);
    expect(source.sheetNames()).toContain('Lists');
  });
});

/**
 * The demo in Russian laid out as a Google Sheets export: sheets at rId4 after the theme, styles
 * and strings, `state="visible"`, every text a shared string, a custom dd.mm.yyyy format, ticked
 * boxes as t="b", [Content_Types].xml written last.
 */
function googleSheetsExport(path: string): string {
  const sheets = buildDemoSheets('ru');
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string): number => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  // Consent and Active as Sheets' checkboxes.
  const boxes: Partial<Record<string, number>> = {
    cases: SHEETS.cases.columns.findIndex((c) => c.key === 'consent'),
    recipients: SHEETS.recipients.columns.findIndex((c) => c.key === 'active'),
  };
  const keys = Object.keys(sheets) as (keyof typeof sheets)[];
  const cellXml = (cell: CellValue, ref: string, box: boolean): string => {
    if (cell === '' || cell === null) return '';
    if (box && typeof cell === 'string')
      return `<c r="${ref}" s="3" t="b"><v>${choiceKeyOf('yesNo', cell) === 'yes' ? 1 : 0}</v></c>`;
    if (cell instanceof Date) {
      const days = (cell.getTime() - Date.UTC(1899, 11, 30)) / DAY;
      return `<c r="${ref}" s="${Number.isInteger(days) ? 1 : 2}"><v>${days}</v></c>`;
    }
    if (typeof cell === 'number') return `<c r="${ref}" s="3"><v>${cell}</v></c>`;
    return `<c r="${ref}" s="3" t="s"><v>${shared(String(cell))}</v></c>`;
  };
  const parts = new Map<string, string>();
  keys.forEach((key, i) => {
    const rows = sheets[key].map((row, r) => {
      const cells = row.map((cell, c) =>
        cellXml(cell, `${columnName(c + 1)}${r + 1}`, r > 0 && boxes[key] === c),
      );
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    });
    parts.set(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  });
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  parts.set(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('')}</sst>`,
  );
  parts.set(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="dd.mm.yyyy h:mm:ss"/></numFmts><fonts count="1"><font><sz val="10.0"/><name val="Arial"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs><cellXfs count="4"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0"/><xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyNumberFormat="1"/><xf borderId="0" fillId="0" fontId="0" numFmtId="165" xfId="0" applyNumberFormat="1"/><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1"/></cellXfs></styleSheet>`,
  );
  parts.set(
    'xl/theme/theme1.xml',
    `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Sheets"/>`,
  );
  parts.set(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${main}" xmlns:r="${rel}"><workbookPr/><sheets>${keys.map((key, i) => `<sheet state="visible" name="${SHEETS[key].labels.ru}" sheetId="${i + 1}" r:id="rId${i + 4}"/>`).join('')}</sheets><definedNames/><calcPr/></workbook>`,
  );
  parts.set(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/theme" Target="theme/theme1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>${keys.map((_, i) => `<Relationship Id="rId${i + 4}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
  );
  parts.set(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  parts.set(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/></Types>`,
  );
  writeFileSync(
    path,
    zipParts(parts, ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml']),
  );
  return path;
}

describe('a Google Sheets export', () => {
  test('the Russian demo exported from Sheets gives the seed figures and the demo problems', async () => {
    const path = googleSheetsExport(join(dir, 'google.xlsx'));
    const exported = await analyseXlsx(path);
    const written = await writtenByKorgoo('demo', 'ru', buildDemoRows('ru'));
    const original = await analyseXlsx(written);
    const today = parseDateText(DEMO_TODAY);
    const period = parsePeriod('all', { today, earliest: earliestDate(exported.dataset) });
    if (isPeriodError(period)) throw new Error(period.message);
    expect(report(exported.dataset, period).indicators).toMatchObject(SEED_FIGURES);
    const brief = (analysis: typeof exported) =>
      analysis.problems.map((p) => [p.sheetName, p.row, p.column, p.rule]);
    expect(brief(exported)).toEqual(brief(original));
    expect(exported.rows).toEqual(original.rows);
  });
});

test('escapeXml of the corpus writer', () => {
  expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
});
