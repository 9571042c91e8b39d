import { buildDataset } from '../../../src/core/dataset';
import {
  buildDemoRows,
  buildDemoSheets,
  DEMO_COMMITTEES,
  DEMO_TIME_ZONE,
  DEMO_TODAY,
  type DemoFinding,
  demoFindings,
  demoWorkbook,
  SEED_FIGURES,
} from '../../../src/core/demo';
import { activeRecipients } from '../../../src/core/digest';
import { LANGS, type Lang } from '../../../src/core/i18n/lang';
import { report } from '../../../src/core/indicators';
import { earliestDate, isPeriodError, parsePeriod } from '../../../src/core/periods';
import { parseDateText } from '../../../src/core/read/cells';
import { choiceKeyOf } from '../../../src/core/read/choices-index';
import { readWorkbook } from '../../../src/core/read/read-workbook';
import type { CellValue, WorkbookSource } from '../../../src/core/read/workbook';
import { DATA_SHEETS, SHEETS } from '../../../src/core/schema/sheets';
import { validateWorkbook } from '../../../src/core/validate';
import type { Problem } from '../../../src/core/validate/problem';

const TODAY = parseDateText(DEMO_TODAY);
const OPTIONS = { timeZone: DEMO_TIME_ZONE, dates: 'wall' } as const;

/** The demo sheets of `lang` as a workbook, each sheet named by its label in that language. */
function sourceOf(lang: Lang): WorkbookSource {
  const sheets = buildDemoSheets(lang);
  const names = DATA_SHEETS.map((key) => SHEETS[key].labels[lang]);
  return {
    sheetNames: () => names,
    values: (name) => {
      const key = DATA_SHEETS.find((k) => SHEETS[k].labels[lang] === name);
      return key ? sheets[key] : [];
    },
  };
}

/** Reads, validates and reports the demo since start, as the command line and the add-on do. */
function analyse(source: WorkbookSource) {
  const workbook = readWorkbook(source, OPTIONS);
  const problems = validateWorkbook(workbook, { today: TODAY });
  const dataset = buildDataset(workbook, problems);
  const period = parsePeriod('all', { today: TODAY, earliest: earliestDate(dataset) });
  if (isPeriodError(period)) throw new Error(period.message);
  return { workbook, problems, dataset, result: report(dataset, period) };
}

const ru = analyse(sourceOf('ru'));
const errors = ru.problems.filter((p) => p.severity === 'error');
const warnings = ru.problems.filter((p) => p.severity === 'warning');
const findings = demoFindings();
const at = (f: Pick<DemoFinding, 'sheet' | 'row'>) => (p: Problem) =>
  p.sheet === f.sheet && p.row === f.row;
const finding = (kind: DemoFinding['kind']): DemoFinding => {
  const found = findings.find((f) => f.kind === kind);
  if (!found) throw new Error(`no deliberate ${kind}`);
  return found;
};

describe('the demo programme', () => {
  it.each(Object.entries(SEED_FIGURES))('reproduces the seed: %s', (id, expected) => {
    expect(ru.result.indicators[id as keyof typeof SEED_FIGURES]).toBe(expected);
  });

  it('has the seed’s committees, in their regions, with 20–30 members each', () => {
    expect(ru.dataset.committees.map((c) => [c.committeeId, c.region])).toEqual([
      ['KANT', 'chui'],
      ['KANT-R', 'chui'],
      ['ANAN', 'issyk_kul'],
      ['CHSO', 'issyk_kul'],
      ['BALY', 'issyk_kul'],
      ['UCHK', 'naryn'],
      ['AKKU', 'naryn'],
    ]);
    for (const c of DEMO_COMMITTEES) {
      const members = ru.dataset.members.filter((m) => m.committeeId === c.id);
      expect(members.length).toBeGreaterThanOrEqual(20);
      expect(members.length).toBeLessThanOrEqual(30);
      for (const role of ['chair', 'deputy_chair', 'secretary'] as const) {
        expect(members.filter((m) => m.role === role)).toHaveLength(1);
      }
    }
    const women = ru.dataset.members.filter((m) => m.sex === 'female').length;
    expect(women / ru.dataset.members.length).toBeGreaterThan(0.6);
  });

  it('finds each deliberate mistake as an error on its row, and leaves the row out', () => {
    const expectError = (kind: DemoFinding['kind'], rule: string) => {
      const f = finding(kind);
      expect(errors.filter(at(f)).map((p) => p.rule)).toContain(rule);
    };
    expectError('missing_date', 'required');
    expectError('women_men_exceed_participants', 'women_men_exceed_participants');
    expectError('phone_in_topic', 'phone_number');
    expectError('participants_as_text', 'type_int');
    expectError('impossible_date', 'type_date');
    expectError('unknown_case_code', 'unknown_case');
    const mistakes = findings.filter((f) => f.severity === 'error');
    expect(mistakes).toHaveLength(6);
    expect(ru.result.excludedRows).toBe(mistakes.length);
  });

  it('has errors only on the deliberate mistakes', () => {
    const mistakeRows = new Set(
      findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}:${f.row}`),
    );
    const stray = errors.filter((p) => !mistakeRows.has(`${p.sheet}:${p.row}`));
    expect(stray).toEqual([]);
  });

  it('warns about referrals without recorded consent and an event sent twice', () => {
    for (const f of findings.filter((x) => x.kind === 'referral_without_consent')) {
      expect(warnings.filter(at(f)).map((p) => p.rule)).toContain('referral_without_consent');
    }
    expect(warnings.filter(at(finding('duplicate_event'))).map((p) => p.rule)).toContain(
      'duplicate_event',
    );
  });

  it('keeps every date between the committee’s establishment and 31 October 2026', () => {
    const last = Date.UTC(2026, 9, 31, 23, 59);
    const first = Date.UTC(2025, 3, 1);
    // An order's end lies ahead: the worklist's orders end in early November.
    const orderUntil = SHEETS.cases.columns.findIndex((c) => c.key === 'orderUntil');
    for (const key of DATA_SHEETS) {
      for (const row of buildDemoSheets('ru')[key]) {
        for (const [i, cell] of row.entries()) {
          if (key === 'cases' && i === orderUntil) {
            if (cell instanceof Date) expect(cell.getTime()).toBeLessThan(Date.UTC(2026, 10, 4));
          } else if (cell instanceof Date) {
            expect(cell.getTime()).toBeLessThanOrEqual(last);
            expect(cell.getTime()).toBeGreaterThanOrEqual(first);
          }
        }
      }
    }
    expect(
      errors.filter((p) => p.rule === 'before_established' || p.rule === 'future_date'),
    ).toEqual([]);
  });

  it('is the same on every build', () => {
    const again = (lang: Lang) => JSON.stringify(buildDemoSheets(lang));
    expect(again('ru')).toBe(JSON.stringify(buildDemoSheets('ru')));
    expect(JSON.stringify(demoFindings())).toBe(JSON.stringify(findings));
  });

  it('gives the rows without the header too', () => {
    const rows = buildDemoRows('en');
    const sheets = buildDemoSheets('en');
    for (const key of DATA_SHEETS) expect(rows[key]).toEqual(sheets[key].slice(1));
  });

  it('writes choices as labels of the language and headers in schema order', () => {
    const sheets = buildDemoSheets('ky');
    expect(sheets.events[0]).toEqual(SHEETS.events.columns.map((c) => c.labels.ky));
    expect(sheets.committees[1]?.[8]).toBe('Иштейт');
    const cells: CellValue[] = sheets.members.flat();
    expect(cells).toContain('Төрага');
  });

  it.each(LANGS.filter((l) => l !== 'ru'))('gives the same figures in %s', (lang) => {
    const other = analyse(sourceOf(lang));
    expect(other.result.indicators).toEqual(ru.result.indicators);
    expect(other.result.byCommittee).toEqual(ru.result.byCommittee);
    expect(other.problems.map((p) => [p.sheet, p.row, p.rule])).toEqual(
      ru.problems.map((p) => [p.sheet, p.row, p.rule]),
    );
  });

  it('reads the same through demoWorkbook', () => {
    expect(analyse(demoWorkbook('en')).result.indicators).toEqual(ru.result.indicators);
  });
});

/**
 * The demo as Google Sheets exports it when Consent and Active are checkboxes: each of those
 * cells holds true or false (the .xlsx has t="b" cells), an empty one stays empty, and the
 * unticked boxes Insert > Checkbox left below the last row come along as rows of false.
 */
function asCheckboxes(lang: Lang): WorkbookSource {
  const source = sourceOf(lang);
  const boxed = new Map<string, number>([
    [SHEETS.cases.labels[lang], 0],
    [SHEETS.recipients.labels[lang], 0],
  ]);
  const columnLabel = (sheet: 'cases' | 'recipients', key: string) =>
    SHEETS[sheet].columns.find((c) => c.key === key)?.labels[lang];
  const labels = [columnLabel('cases', 'consent'), columnLabel('recipients', 'active')];
  return {
    sheetNames: () => source.sheetNames(),
    values: (name) => {
      const rows = source.values(name);
      if (!boxed.has(name)) return rows;
      const column = (rows[0] ?? []).findIndex((cell) => labels.includes(String(cell)));
      const converted = rows.map((row, i) => {
        const cell = row[column];
        if (i === 0 || typeof cell !== 'string' || cell === '') return row;
        const copy = [...row];
        copy[column] = choiceKeyOf('yesNo', cell) === 'yes';
        return copy;
      });
      const unticked: CellValue[] = new Array((rows[0] ?? []).length).fill('');
      unticked[column] = false;
      return [...converted, ...Array.from({ length: 300 }, () => [...unticked])];
    },
  };
}

describe('the demo with checkboxes, as Google exports it', () => {
  const boxed = analyse(asCheckboxes('ru'));

  it('holds booleans where the demo has yes and no', () => {
    const cases = asCheckboxes('ru').values(SHEETS.cases.labels.ru);
    const consent = (cases[0] ?? []).indexOf(
      SHEETS.cases.columns.find((c) => c.key === 'consent')?.labels.ru ?? '',
    );
    const kinds = new Set(cases.slice(1).map((row) => typeof row[consent]));
    expect(kinds).toContain('boolean');
  });

  it.each(Object.entries(SEED_FIGURES))('still reproduces the seed: %s', (id, expected) => {
    expect(boxed.result.indicators[id as keyof typeof SEED_FIGURES]).toBe(expected);
  });

  it('finds the same problems and the same active recipients', () => {
    expect(boxed.problems.map((p) => [p.sheet, p.row, p.rule])).toEqual(
      ru.problems.map((p) => [p.sheet, p.row, p.rule]),
    );
    const emails = (a: ReturnType<typeof analyse>) =>
      activeRecipients(a.dataset).map((r) => r.email);
    expect(emails(boxed).length).toBeGreaterThan(0);
    expect(emails(boxed)).toEqual(emails(ru));
  });
});
