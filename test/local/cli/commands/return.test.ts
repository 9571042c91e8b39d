import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Sheets, splitByRegion } from '../../../../bench/split-by-region';
import { buildDemoSheets, DEMO_TIME_ZONE } from '../../../../src/core/demo';
import { parseDateText } from '../../../../src/core/read/cells';
import { DATA_SHEETS } from '../../../../src/core/schema/sheets';
import { run } from '../../../../src/local/cli/main';
import { readXlsx } from '../../../../src/local/xlsx/read-xlsx';
import type { SheetRows } from '../../../../src/local/xlsx/write-xlsx';
import { CANARY, withCanaries } from '../../../helpers/canary';
import { captureOutput } from '../../capture';
import { writtenByKorgoo } from '../../xlsx/written';

let dir: string;
const file = (name: string) => join(dir, name);
const REGIONS = ['chui', 'issyk_kul', 'naryn'];

/** The sheets as Korgoo writes them (kept between runs), copied to `path`. */
async function writeSheets(path: string, sheets: Sheets): Promise<void> {
  const rows: SheetRows = {};
  for (const key of DATA_SHEETS) rows[key] = sheets[key].slice(1);
  copyFileSync(await writtenByKorgoo('return-test', 'en', rows), path);
}

async function korgoo(...argv: string[]) {
  const output = captureOutput();
  const code = await run([...argv, '--lang', 'en'], output);
  return { code, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

async function reportJson(files: string[], period: string) {
  const result = await korgoo('report', ...files, '--period', period, '--format', 'json');
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as {
    indicators: Record<string, number>;
    byCommittee: Record<string, Record<string, number>>;
    approval?: Record<string, string>;
    period: { from: string; to: string };
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-return-'));
  const sheets = withCanaries(buildDemoSheets('en'));
  await writeSheets(file('whole.xlsx'), sheets);
  const options = { timeZone: DEMO_TIME_ZONE, dates: 'wall' } as const;
  const parts = splitByRegion(
    sheets,
    REGIONS.map((r) => [r]),
    options,
    parseDateText('2026-11-26'),
  );
  for (const [i, part] of parts.entries()) await writeSheets(file(`${REGIONS[i]}.xlsx`), part);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('korgoo return and korgoo report over several files', () => {
  test('a return per region, .xlsx and CSV; never written over an existing file', async () => {
    for (const region of ['chui', 'issyk_kul']) {
      const result = await korgoo(
        'return',
        file(`${region}.xlsx`),
        '--out',
        file(`${region}-r.xlsx`),
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^Return written: .*-r\.xlsx \(\d+ committees, \d+ periods, \d+ lines\)$/,
      );
    }
    const csv = await korgoo('return', file('naryn.xlsx'), '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain(file('naryn-return.csv'));
    const again = await korgoo('return', file('naryn.xlsx'), '--format', 'csv');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  }, 60_000);

  test('the returns hold no case code, member name, e-mail or free text', async () => {
    const text = readFileSync(file('naryn-return.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      'committeeId,committeeName,region,district,period,from,to,indicator,value,approval,updatedAt',
    );
    expect(text.toUpperCase()).not.toContain(CANARY);
    for (const region of ['chui', 'issyk_kul']) {
      const source = await readXlsx(file(`${region}-r.xlsx`));
      // Besides the Return sheet, only the hidden list of choice labels its dropdowns use.
      expect(source.sheetNames()).toEqual(['Return', 'Lists']);
      expect(JSON.stringify(source.values('Return')).toUpperCase()).not.toContain(CANARY);
    }
  });

  test.each(['2026-10', '2026-Q3', '2026', '2025', 'all'])(
    'period %s: the returns, and workbooks and returns mixed, give the whole workbook’s figures',
    async (period) => {
      const whole = await reportJson([file('whole.xlsx')], period);
      const returns = await reportJson(
        [file('chui-r.xlsx'), file('issyk_kul-r.xlsx'), file('naryn-return.csv')],
        period,
      );
      const mixed = await reportJson(
        [file('chui.xlsx'), file('issyk_kul-r.xlsx'), file('naryn-return.csv')],
        period,
      );
      for (const got of [returns, mixed]) {
        expect(got.period).toEqual(whole.period);
        expect(got.indicators).toEqual(whole.indicators);
        expect(got.byCommittee).toEqual(whole.byCommittee);
      }
      expect(whole.indicators.members_active).toBeGreaterThan(0);
      if (period === '2026-10') {
        expect(Object.keys(returns.approval ?? {}).sort()).toEqual(
          Object.keys(whole.byCommittee).sort(),
        );
      }
    },
    60_000,
  );

  test('a committee in two files is exit 2, naming it and both files', async () => {
    const result = await korgoo(
      'report',
      file('chui.xlsx'),
      file('naryn.xlsx'),
      file('chui-r.xlsx'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Committee [A-Z0-9-]+ is in both "${file('chui.xlsx')}" and "${file('chui-r.xlsx')}"`,
      ),
    );
  });

  test('a period a return cannot give is exit 2, saying what it holds', async () => {
    const result = await korgoo('report', file('chui-r.xlsx'), '--period', '2026-01..2026-10');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no period 2026-01..2026-10');
  });

  test('korgoo digest over workbooks and returns: the roll-up digest, aggregates only', async () => {
    const outbox = file('outbox-rollup');
    const result = await korgoo(
      'digest',
      file('chui.xlsx'),
      file('issyk_kul-r.xlsx'),
      file('naryn-return.csv'),
      '--month',
      '2026-10',
      '--outbox',
      outbox,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(0);
    expect(result.stdout).toContain(`${files.length}`);
    const whole = await reportJson([file('whole.xlsx')], '2026-10');
    const all: string[] = [];
    for (const name of files) {
      const raw = readFileSync(join(outbox, name), 'utf8');
      const bodies = [
        ...raw.matchAll(/Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+)/g),
      ].map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8'));
      expect(bodies.length).toBe(2);
      const body = bodies.join('\n');
      all.push(body);
      expect(body.toUpperCase()).not.toContain(CANARY);
      expect(body).toMatch(/Источники|Булактар|Sources/);
      expect(body).toContain(file('naryn-return.csv'));
    }
    // Every committee of the whole appears, each with its month's approval status.
    expect(Object.keys(whole.byCommittee).length).toBeGreaterThan(3);
    for (const id of Object.keys(whole.byCommittee)) expect(all.join('\n')).toContain(id);
    expect(all.join('\n')).toMatch(/открыт|ачык|open/);
  }, 60_000);

  test('a return of a return is refused', async () => {
    const result = await korgoo('return', file('chui-r.xlsx'), '--out', file('x.xlsx'));
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toContain('is a return already');
  });
});
