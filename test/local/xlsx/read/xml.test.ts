import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { syntheticProgramme } from '../../../../bench/synthetic';
import { analyse } from '../../../../src/core/analyse';
import type { Lang } from '../../../../src/core/i18n/lang';
import { report } from '../../../../src/core/indicators';
import { earliestDate, isPeriodError, parsePeriod } from '../../../../src/core/periods';
import type { CellValue } from '../../../../src/core/read/workbook';
import { CHOICES } from '../../../../src/core/schema/choices';
import { type ColumnDef, DATA_SHEETS, SHEETS } from '../../../../src/core/schema/sheets';
import { analyseXlsx, todayIn } from '../../../../src/local/load';
import { parsePart } from '../../../../src/local/xlsx/read/xml';
import type { ZipParts } from '../../../../src/local/xlsx/read/zip';
import { arraySource } from '../../../helpers/workbook';
import { type CellSpec, sheetXml, writeWorkbook } from '../corpus';
import { keptFile } from '../written';

const CORPUS_SOURCE = readFileSync(join(__dirname, '..', 'corpus.ts'), 'utf8');

/** One part whose bytes arrive in pieces of `size` bytes, so letters are cut between pieces. */
function partInPieces(xml: string, size: number): ZipParts {
  const bytes = Buffer.from(xml, 'utf8');
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return {
    has: (name) => name === 'part.xml',
    names: () => ['part.xml'],
    open: async () => Readable.from(pieces),
    close() {},
  };
}

test('a Cyrillic or Kyrgyz letter cut between two pieces of the part stays one letter', async () => {
  const text = 'Профилактика: ңөү Үй-бүлөлүк зомбулук «ёлка» — ещё';
  for (const size of [1, 2, 3, 5, 7]) {
    let read = '';
    await parsePart(partInPieces(`<a><t>${text}</t></a>`, size), 'part.xml', {
      open() {},
      close() {},
      text(piece) {
        read += piece;
      },
    });
    expect(read).toBe(text);
  }
});

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** The programme by choice keys, generated once for both languages (the labelling only reads it). */
let keyedProgramme: ReturnType<typeof syntheticProgramme> | undefined;

/** A synthetic programme as a committee in `lang` types it: labels, not choice keys. */
function labelledProgramme(lang: Lang): Record<string, CellValue[][]> {
  keyedProgramme ??= syntheticProgramme({
    committees: 10,
    years: 5,
    events: 12_000,
    cases: 3_000,
    followups: 6_000,
  });
  const keyed = keyedProgramme;
  const sheets: Record<string, CellValue[][]> = {};
  for (const key of DATA_SHEETS) {
    const columns = SHEETS[key].columns as readonly ColumnDef[];
    // Each column's labels by choice key, and each distinct cell labelled once: the same few
    // texts fill tens of thousands of cells.
    const labelled = columns.map((column) => {
      if (!column.choices) return null;
      const labels = new Map<string, string>(
        CHOICES[column.choices as keyof typeof CHOICES].map((c) => [c.key, c.labels[lang]]),
      );
      const label = (choice: string): string => labels.get(choice) ?? choice;
      const cells = new Map<string, string>();
      return (cell: string): string => {
        let text = cells.get(cell);
        if (text === undefined) {
          text = column.type === 'multi' ? cell.split(', ').map(label).join(', ') : label(cell);
          cells.set(cell, text);
        }
        return text;
      };
    });
    const [, ...rows] = keyed[key];
    sheets[SHEETS[key].labels[lang]] = [
      columns.map((column) => column.labels[lang]),
      ...rows.map((row) =>
        row.map((cell, c) => {
          const label = labelled[c];
          if (typeof cell !== 'string' || cell === '' || !label) return cell;
          return label(cell);
        }),
      ),
    ];
  }
  return sheets;
}

/** A cell as a writer without shared strings (a streaming export) puts it in the sheet. */
function cellSpec(cell: CellValue): CellSpec {
  if (cell instanceof Date) return { xml: `<c s="1"><v>${(cell.getTime() - EPOCH) / DAY}</v></c>` };
  if (typeof cell === 'string') return cell === '' ? null : cell;
  if (typeof cell === 'number') return cell;
  return String(cell);
}

describe.each(['ru', 'ky'] as const)(
  'a %s-labelled programme over 4 MB, its text in the sheets',
  (lang) => {
    test('reads without a U+FFFD: the problems and since-start figures of the same rows in memory', async () => {
      const sheets = labelledProgramme(lang);
      const names = Object.keys(sheets);
      // Kept between runs, named by the rows and the code that lays them out (this file's
      // cellSpec and the corpus writer).
      const key = [CORPUS_SOURCE, readFileSync(__filename, 'utf8'), JSON.stringify(sheets)];
      const path = await keptFile(`programme-${lang}`, key, (file) => {
        writeWorkbook(file, {
          sheets: names.map((name) => [
            name,
            sheetXml((sheets[name] ?? []).map((row) => row.map(cellSpec))),
          ]),
          styles: [0, 14],
          // Stored, not compressed: the file is as large as its sheets, and above 4 MB.
          stored: names.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`),
        });
      });
      expect(statSync(path).size).toBeGreaterThan(4 * 1024 * 1024);
      const today = todayIn();
      const fromFile = await analyseXlsx(path);
      const inMemory = analyse(
        arraySource(sheets),
        { timeZone: 'Asia/Bishkek', dates: 'wall' },
        today,
      );
      const replaced = fromFile.problems.filter((p) => p.value.includes('\uFFFD'));
      expect(replaced).toEqual([]);
      expect(fromFile.problems.filter((p) => p.rule === 'choice')).toEqual([]);
      expect(fromFile.problems).toEqual(inMemory.problems);
      expect(fromFile.rows).toEqual(inMemory.rows);
      const since = (analysis: typeof fromFile) => {
        const period = parsePeriod('all', { today, earliest: earliestDate(analysis.dataset) });
        if (isPeriodError(period)) throw new Error(period.message);
        return report(analysis.dataset, period);
      };
      const figures = since(fromFile);
      expect(figures).toEqual(since(inMemory));
      // The programme's own counts, not only agreement: every case and event with no mistake.
      expect(figures.indicators.cases_identified).toBe(3_000);
    }, 180_000);
  },
);
