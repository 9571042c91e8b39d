import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/local/cli/main';
import { captureOutput } from '../capture';
import { sheetXml, writeFullSheet, writeWorkbook } from '../xlsx/corpus';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-unusable-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The one line and the exit code of `korgoo validate PATH` in each language. */
async function lines(path: string): Promise<{ code: number; lines: string[] }> {
  const all: string[] = [];
  let code = 0;
  for (const lang of ['ru', 'ky', 'en']) {
    const output = captureOutput();
    code = Math.max(code, await run(['validate', path, '--lang', lang], output));
    expect(output.stderr).toHaveLength(1);
    expect(output.stdout).toEqual([]);
    all.push(output.stderr[0] as string);
  }
  return { code, lines: all };
}

test('a folder is called a folder', async () => {
  const path = join(dir, 'reports');
  mkdirSync(path);
  expect(await lines(path)).toEqual({
    code: 2,
    lines: [
      `Это папка, а не файл Excel: ${path}`,
      `Бул Excel файлы эмес, папка: ${path}`,
      `This is a folder, not an Excel file: ${path}`,
    ],
  });
});

test('a password-protected file is called protected, not damaged', async () => {
  const path = join(dir, 'locked.xlsx');
  const cfb = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  cfb.write('EncryptionInfo', 640, 'utf16le');
  writeFileSync(path, cfb);
  const { code, lines: said } = await lines(path);
  expect(code).toBe(2);
  expect(said[0]).toContain('защищён паролем');
  expect(said[1]).toContain('сырсөз менен корголгон');
  expect(said[2]).toBe(
    `The file is protected by a password: ${path}. Open it in Excel, remove the password and save it as .xlsx`,
  );
});

test('an .ods file is named, with what to do', async () => {
  const { zipSync, strToU8 } = await import('fflate');
  const path = join(dir, 'committee.ods');
  writeFileSync(
    path,
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    }),
  );
  const { code, lines: said } = await lines(path);
  expect(code).toBe(2);
  expect(said[2]).toBe(
    `This is an OpenDocument spreadsheet (.ods): ${path}. Save it as .xlsx (File → Save As → Excel 2007–365)`,
  );
  expect(said[0]).toContain('OpenDocument');
});

test('a row beyond Excel’s limits names the sheet and the row', async () => {
  const path = writeWorkbook(join(dir, 'huge-row.xlsx'), {
    sheets: [['Events', sheetXml('<row r="1000000000"><c r="A1000000000"><v>1</v></c></row>')]],
  });
  const { code, lines: said } = await lines(path);
  expect(code).toBe(2);
  expect(said[2]).toBe(
    `Sheet "Events": row 1\u00a0000\u00a0000\u00a0000 is beyond Excel’s limit of 1,048,576 rows, so the file is damaged: ${path}`,
  );
  expect(said[0]).toContain('Лист «Events»: строка 1\u00a0000\u00a0000\u00a0000');
});

test('validate and report say where every row went, per sheet', async () => {
  const path = writeWorkbook(join(dir, 'rows.xlsx'), {
    sheets: [
      [
        'Committees',
        sheetXml([
          ['Committee ID', 'Name', 'Region', 'Settlement', 'Established on', 'Status'],
          ['KANT', 'Кант', 'chui', 'Кант', '2025-01-15', 'active'],
        ]),
      ],
      [
        'Events',
        sheetXml([
          ['Committee ID', 'Date', 'Type', 'Participants'],
          ['KANT', '2026-10-03', 'training', 20],
          [],
          ['KANT', '2026-10-04', 'training', 'twenty'],
        ]),
      ],
    ],
  });
  const validate = captureOutput();
  expect(await run(['validate', path, '--format', 'json'], validate)).toBe(1);
  const report = captureOutput();
  expect(await run(['report', path, '--format', 'json', '--period', 'all'], report)).toBe(0);
  const expected = {
    Committees: { sheet: 'committees', inFile: 1, kept: 1, withErrors: 0, blank: 0 },
    Events: { sheet: 'events', inFile: 3, kept: 1, withErrors: 1, blank: 1 },
  };
  expect(JSON.parse(validate.stdout.join('\n')).rows).toEqual(expected);
  expect(JSON.parse(report.stdout.join('\n')).rows).toEqual(expected);
});

describe('memory bounded by the cells that exist, not by row numbers', () => {
  const BIN = join(__dirname, '..', '..', '..', 'bin', 'korgoo.js');
  /**
   * The built command (npm test builds it) with a heap of 256 MB: a reader that makes room for
   * rows that hold nothing, or holds a whole sheet beyond what it reads, dies of it.
   */
  const validate = (path: string) => {
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', BIN, 'validate', path, '--lang', 'en'],
      { encoding: 'utf8' },
    );
    const lines = child.stderr.split('\n').filter((line) => line && !line.startsWith('Reading'));
    return { status: child.status, signal: child.signal, lines };
  };

  test('a 51 KB file whose last row is numbered 1,000,000,000: one line, exit 2', () => {
    const path = writeWorkbook(join(dir, 'far-row.xlsx'), {
      sheets: [
        [
          'Events',
          sheetXml(
            `${'<row r="7"><c r="A7"><v>1</v></c></row>'.repeat(1250)}<row r="1000000000"><c r="A1000000000"><v>1</v></c></row>`,
          ),
        ],
      ],
      stored: ['xl/worksheets/sheet1.xml'],
    });
    expect(statSync(path).size).toBeGreaterThan(50_000);
    expect(validate(path)).toEqual({
      status: 2,
      signal: null,
      lines: [
        `Sheet "Events": row 1\u00a0000\u00a0000\u00a0000 is beyond Excel’s limit of 1,048,576 rows, so the file is damaged: ${path}`,
      ],
    });
  });

  test('a legal sheet of 1,048,576 × 16 cells: refused at 5,000,000 cells, exit 2', () => {
    const path = writeFullSheet(join(dir, 'full-sheet.xlsx'));
    expect(validate(path)).toEqual({
      status: 2,
      signal: null,
      lines: [
        `The file holds more than 5\u00a0000\u00a0000 filled cells, more than Korgoo reads at once: ${path}. Split the workbook, by year for instance`,
      ],
    });
  }, 180_000);
});
