import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHOICES } from '../../src/core/schema/choices';
import { SHEETS } from '../../src/core/schema/sheets';
import { run } from '../../src/local/cli/main';
import { captureOutput } from './capture';
import { Workbook } from './exceljs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('korgoo: unusable input gets one clear line and exit code 2', () => {
  test('a missing file', async () => {
    const output = captureOutput();
    expect(await run(['validate', join(dir, 'nope.xlsx')], output)).toBe(2);
    expect(output.stderr).toEqual([`Файл не найден: ${join(dir, 'nope.xlsx')}`]);
  });

  test('a file that is not an .xlsx', async () => {
    const path = join(dir, 'text.xlsx');
    writeFileSync(path, 'just text, not a zip');
    const output = captureOutput();
    expect(await run(['report', path, '--lang', 'en'], output)).toBe(2);
    expect(output.stderr).toEqual([`Not an Excel (.xlsx) file, or it is damaged: ${path}`]);
  });

  test('an .xlsx with no Korgoo sheet', async () => {
    const path = join(dir, 'other.xlsx');
    const workbook = new Workbook();
    workbook.addWorksheet('Budget').addRow(['a', 'b']);
    await workbook.xlsx.writeFile(path);
    const output = captureOutput();
    expect(await run(['validate', path, '--lang', 'ky'], output)).toBe(2);
    expect(output.stderr).toHaveLength(1);
    expect(output.stderr[0]).toContain('Korgoo барактарынын бири да жок');
  });

  test('an unknown option and an unknown format', async () => {
    const output = captureOutput();
    expect(await run(['report', 'x.xlsx', '--colour', 'red'], output)).toBe(2);
    expect(await run(['validate', 'x.xlsx', '--format', 'xml', '--lang', 'en'], output)).toBe(2);
    expect(output.stderr[0]).toContain('korgoo report --help');
    expect(output.stderr[1]).toContain('--format xml: text, json');
  });

  test('an unknown command prints the usage on stderr', async () => {
    const output = captureOutput();
    expect(await run(['frobnicate'], output)).toBe(2);
    expect(output.stderr.join('\n')).toContain(
      'korgoo <init|demo|validate|report|digest|approve|due|return>',
    );
  });
});

describe('korgoo --help', () => {
  test.each(['init', 'demo', 'validate', 'report', 'due'])('%s --help', async (command) => {
    const output = captureOutput();
    expect(await run([command, '--help', '--lang', 'en'], output)).toBe(0);
    expect(output.stdout.join('\n')).toContain(`korgoo ${command}`);
  });
});

describe('korgoo init', () => {
  test('writes an empty workbook with every sheet, and never overwrites it', async () => {
    const path = join(dir, 'empty.xlsx');
    const output = captureOutput();
    expect(await run(['init', path, '--lang', 'ky'], output)).toBe(0);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    for (const def of Object.values(SHEETS)) {
      const sheet = workbook.getWorksheet(def.labels.ky);
      expect(sheet).toBeDefined();
      expect(sheet?.getRow(1).getCell(1).value).toBe(def.columns[0].labels.ky);
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    // The Events sheet's Type column (D) offers the event types, labelled in Kyrgyz.
    const events = workbook.getWorksheet(SHEETS.events.labels.ky);
    const rule = events?.getCell('D2').dataValidation;
    expect(rule?.type).toBe('list');
    const range = /^Lists!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(String(rule?.formulae?.[0]));
    const lists = workbook.getWorksheet('Lists');
    expect(lists?.state).toBe('hidden');
    const offered = Array.from(
      { length: Number(range?.[2]) },
      (_, i) => lists?.getCell(`${range?.[1]}${i + 1}`).value,
    );
    expect(offered).toEqual(CHOICES.eventType.map((choice) => choice.labels.ky));
    const again = captureOutput();
    expect(await run(['init', path], again)).toBe(2);
    expect(again.stderr).toEqual([
      `Файл уже существует и не будет перезаписан: ${path}. Чтобы перезаписать его, добавьте --force: korgoo init ${path} --force`,
    ]);
  });

  test('--force writes over an existing file', async () => {
    const path = join(dir, 'forced.xlsx');
    writeFileSync(path, 'an old file');
    expect(await run(['init', path, '--force', '--lang', 'en'], captureOutput())).toBe(0);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });

  test('the empty workbook validates without errors and reports zeros', async () => {
    const path = join(dir, 'empty-en.xlsx');
    await run(['init', path, '--lang', 'en'], captureOutput());
    const validate = captureOutput();
    const code = await run(['validate', path, '--lang', 'en'], validate);
    expect(validate.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(validate.stdout).toContain('No problems found.');
    const report = captureOutput();
    expect(await run(['report', path, '--period', '2026-10', '--format', 'json'], report)).toBe(0);
    const json = JSON.parse(report.stdout.join('\n'));
    expect(json.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(json.indicators.committees_active).toBe(0);
    expect(json.byCommittee).toEqual({});
    expect(json.excludedRows).toBe(0);
  });
});

describe('korgoo: options a command does not use are a clear line, not silence', () => {
  test.each([
    [['report', 'x.xlsx', '--url', 'https://docs.google.com/x'], 'url', 'report', 'korgoo digest'],
    [['validate', 'x.xlsx', '--url=https://docs.google.com/x'], 'url', 'validate', 'korgoo digest'],
    [['demo', '--url', 'https://docs.google.com/x'], 'url', 'demo', 'korgoo digest'],
    [
      ['report', 'x.xlsx', '--month', '2026-10'],
      'month',
      'report',
      'korgoo digest, korgoo approve',
    ],
    [
      ['validate', 'x.xlsx', '--force'],
      'force',
      'validate',
      'korgoo init, korgoo demo, korgoo return',
    ],
  ])('%j', async (argv, option, command, commands) => {
    const output = captureOutput();
    expect(await run([...argv, '--lang', 'en'], output)).toBe(2);
    expect(output.stderr).toEqual([
      `korgoo ${command} does not use --${option}: it is for ${commands} only. Help: korgoo ${command} --help`,
    ]);
  });
});

describe('korgoo report: periods outside the programme’s years', () => {
  const path = () => join(dir, 'years.xlsx');
  beforeAll(async () => {
    await run(['init', path()], captureOutput());
  });

  test.each(['0050-12', '2016', '2016-Q4', '2016-12..2017-02', '2101', '2999-01'])(
    '%s is refused with the same line as digest --month',
    async (period) => {
      const output = captureOutput();
      expect(await run(['report', path(), '--period', period, '--lang', 'ky'], output)).toBe(2);
      expect(output.stderr).toEqual([
        `«${period}» программанын жылдарынан тышкары: айлар жана мезгилдер 2017-жылдан 2100-жылга чейин кабыл алынат (комитеттер 2017-жылкы «Үй-бүлөлүк зомбулуктан сактоо жана коргоо жөнүндө» Мыйзам боюнча иштейт).`,
      ]);
      expect(output.stdout).toEqual([]);
    },
  );

  test('2017-01 and 2100-12 are in', async () => {
    for (const period of ['2017-01', '2100-12', '2017', '2017-01..2100-12']) {
      expect(await run(['report', path(), '--period', period], captureOutput())).toBe(0);
    }
  });
});

describe('korgoo validate: one problem, one line', () => {
  test('a CR, LF, U+2028, U+2029 or a control character in a cell is written as an escape', async () => {
    const path = join(dir, 'breaks.xlsx');
    const workbook = new Workbook();
    const committees = workbook.addWorksheet(SHEETS.committees.labels.en);
    committees.addRow(SHEETS.committees.columns.map((c) => c.labels.en));
    const events = workbook.addWorksheet(SHEETS.events.labels.en);
    events.addRow(['Committee ID', 'Date', 'Type', 'Participants']);
    // What an .xlsx can carry (XML turns a lone CR into LF; see test/local/cli/commands).
    const types = [
      'Встреча\nс жителями',
      'Встреча\u2028с жителями',
      'Встреча\u2029с жителями',
      'Встреча\u0085\tс жителями',
    ];
    types.forEach((type, i) => {
      events.addRow(['KANT', `0${i + 1}.10.2026`, type, 10]);
    });
    await workbook.xlsx.writeFile(path);
    const output = captureOutput();
    expect(await run(['validate', path, '--lang', 'en'], output)).toBe(1);
    const choiceLines = output.stdout.filter((line) => line.includes('[choice]'));
    expect(choiceLines).toHaveLength(types.length);
    for (const line of output.stdout) expect(line).not.toMatch(/[\n\r\u2028\u2029\u0085\t]/);
    expect(
      choiceLines.map((line) => /"(Встреча[^"]*)" is not in the list/.exec(line)?.[1]),
    ).toEqual([
      'Встреча\\nс жителями',
      'Встреча\\u2028с жителями',
      'Встреча\\u2029с жителями',
      'Встреча\\u0085\\tс жителями',
    ]);
  });
});
