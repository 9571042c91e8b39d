/**
 * korgoo digest and the demo's outbox: one .eml per active recipient (multipart/alternative,
 * UTF-8, both parts), an index, the same digest the add-on sends.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoRows } from '../../src/core/demo';
import { run } from '../../src/local/cli/main';
import { captureOutput } from './capture';
import { writtenByKorgoo } from './xlsx/written';

let dir: string;
let demoOut: ReturnType<typeof captureOutput>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-digest-'));
  demoOut = captureOutput();
  expect(await run(['demo', dir], demoOut)).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Part {
  readonly contentType: string;
  readonly body: string;
}
interface Eml {
  readonly headers: Record<string, string>;
  readonly subject: string;
  readonly parts: Part[];
}

/** RFC 2047 encoded words (=?UTF-8?B?…?=), as MailComposer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    );
}

function headersOf(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
}

/** A small MIME reader: enough to check what a mail client would see. */
function parseEml(raw: string): Eml {
  const split = raw.indexOf('\r\n\r\n');
  const headers = headersOf(raw.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1] ?? '';
  const parts = raw
    .slice(split + 4)
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const at = chunk.indexOf('\r\n\r\n');
      const h = headersOf(chunk.slice(0, at).replace(/^\r\n/, ''));
      const content = chunk.slice(at + 4);
      const body =
        h['content-transfer-encoding'] === 'base64'
          ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8')
          : content;
      return { contentType: h['content-type'] ?? '', body };
    });
  return { headers, subject: decodeWords(headers.subject ?? ''), parts };
}

describe('npm run demo also writes the October 2026 digests into DIR/outbox', () => {
  test('says so, one .eml per active recipient and the indexes', () => {
    const outbox = join(dir, 'outbox');
    expect(demoOut.stdout.join('\n')).toContain(`Сводки за октябрь 2026: писем 3, папка ${outbox}`);
    const files = readdirSync(outbox).sort();
    expect(files).toEqual([
      '2026-10_01_coordinator_at_example.org.eml',
      '2026-10_02_naryn.region_at_example.org.eml',
      '2026-10_03_donor.officer_at_example.org.eml',
      'index.html',
      'index.txt',
    ]);
    const index = readFileSync(join(outbox, 'index.txt'), 'utf8');
    expect(index).toContain('coordinator@example.org');
    expect(index).not.toContain('former.coordinator@example.org');
    expect(readFileSync(join(outbox, 'index.html'), 'utf8')).toContain(
      'href="2026-10_02_naryn.region_at_example.org.eml"',
    );
  });

  test.each([
    [
      '2026-10_01_coordinator_at_example.org.eml',
      'coordinator@example.org',
      'Korgoo: сводка за октябрь 2026',
      'Основные показатели',
    ],
    [
      '2026-10_02_naryn.region_at_example.org.eml',
      'naryn.region@example.org',
      'Korgoo: айлык жыйынтык, 2026-ж., октябрь — Нарын облусу',
      'Негизги көрсөткүчтөр',
    ],
    [
      '2026-10_03_donor.officer_at_example.org.eml',
      'donor.officer@example.org',
      'Korgoo: digest for October 2026',
      'Headline figures',
    ],
  ])(
    '%s parses: multipart/alternative, UTF-8 text and HTML parts',
    (file, to, subject, heading) => {
      const eml = parseEml(readFileSync(join(dir, 'outbox', file), 'utf8'));
      expect(eml.headers['mime-version']).toBe('1.0');
      expect(eml.headers['content-type']).toMatch(/^multipart\/alternative;/);
      expect(eml.headers.to).toBe(to);
      expect(eml.headers.from).toBe('Korgoo <korgoo@example.org>');
      expect(eml.subject).toBe(subject);
      const [text, html] = eml.parts;
      expect(eml.parts).toHaveLength(2);
      expect(text?.contentType).toBe('text/plain; charset=utf-8');
      expect(html?.contentType).toBe('text/html; charset=utf-8');
      expect(text?.body).toContain(heading.toLocaleUpperCase());
      expect(html?.body).toContain(heading);
      expect(html?.body).toMatch(/^<!DOCTYPE html>/);
      expect(html?.body).not.toMatch(/<script|\ssrc\s*=|\son[a-z]+\s*=/i);
    },
  );

  test('the Naryn recipient’s digest holds Naryn only, with its threshold', () => {
    const eml = parseEml(
      readFileSync(join(dir, 'outbox', '2026-10_02_naryn.region_at_example.org.eml'), 'utf8'),
    );
    const text = eml.parts[0]?.body ?? '';
    expect(text).toContain('UCHK');
    expect(text).not.toContain('KANT');
    expect(text).toContain('«<3»');
  });
});

describe('korgoo digest', () => {
  test('--month and --outbox; --url adds the link', async () => {
    const out = captureOutput();
    const outbox = join(dir, 'sept');
    const code = await run(
      [
        'digest',
        join(dir, 'demo.xlsx'),
        '--month',
        '2026-09',
        '--outbox',
        outbox,
        '--url',
        'https://docs.google.com/spreadsheets/d/x/edit',
        '--lang',
        'en',
      ],
      out,
    );
    expect(code).toBe(0);
    expect(out.stdout[0]).toBe(
      `Digests for September 2026: 3 messages in ${outbox} (nothing was sent).`,
    );
    const eml = parseEml(
      readFileSync(join(outbox, '2026-09_03_donor.officer_at_example.org.eml'), 'utf8'),
    );
    expect(eml.subject).toBe('Korgoo: digest for September 2026');
    expect(eml.parts[1]?.body).toContain('href="https://docs.google.com/spreadsheets/d/x/edit"');
  });

  test('the outbox defaults to outbox/ next to the file', async () => {
    const out = captureOutput();
    rmSync(join(dir, 'outbox'), { recursive: true, force: true });
    expect(await run(['digest', join(dir, 'demo.xlsx'), '--month', '2026-10'], out)).toBe(0);
    expect(existsSync(join(dir, 'outbox', 'index.html'))).toBe(true);
  });

  test('a bad month or option is one clear line and exit code 2', async () => {
    const bad = captureOutput();
    expect(await run(['digest', join(dir, 'demo.xlsx'), '--month', '2026-13'], bad)).toBe(2);
    expect(bad.stderr).toEqual(['Непонятный месяц «2026-13». Пример: 2026-10']);
    const unknown = captureOutput();
    expect(await run(['digest', join(dir, 'demo.xlsx'), '--period', '2026'], unknown)).toBe(2);
  });

  test('months outside the programme’s years are one clear line and exit code 2', async () => {
    for (const month of ['0050-12', '2016-12', '2101-01']) {
      const bad = captureOutput();
      expect(await run(['digest', join(dir, 'demo.xlsx'), '--month', month], bad)).toBe(2);
      expect(bad.stderr).toEqual([
        `«${month}» — вне лет программы: месяцы и периоды принимаются с 2017 по 2100 год (комитеты работают по Закону «Об охране и защите от семейного насилия» 2017 года).`,
      ]);
      expect(bad.stdout).toEqual([]);
    }
  });

  test.each([
    'http://docs.google.com/spreadsheets/d/x/edit',
    'ftp://example.org/x',
    'docs.google.com/spreadsheets/d/x/edit',
    'https://',
    'https://docs.google.com/a b',
    '',
  ])('--url %j, which the digest would leave out, is a line and exit code 2', async (url) => {
    const bad = captureOutput();
    const outbox = join(dir, 'url-refused');
    const args = ['digest', join(dir, 'demo.xlsx'), '--outbox', outbox, '--lang', 'en'];
    expect(await run([...args, '--month', '2026-10', '--url', url], bad)).toBe(2);
    expect(bad.stderr).toEqual([
      `--url "${url}" would not be put into the digests: an https:// address is needed, like https://docs.google.com/spreadsheets/d/…/edit`,
    ]);
    expect(existsSync(outbox)).toBe(false);
  });

  test('the outbox of a month holds exactly this run’s messages, and no other file is touched', async () => {
    const outbox = join(dir, 'rerun');
    const month = ['--month', '2026-10', '--outbox', outbox];
    expect(await run(['digest', join(dir, 'demo.xlsx'), ...month], captureOutput())).toBe(0);
    // Files that are not this month's messages of Korgoo: kept whatever the name.
    const others = {
      'notes.txt': 'the coordinator’s notes',
      '2026-10_99_my_own.eml': 'From: someone@example.org\r\n\r\nmine',
      'letter.eml': 'From: Korgoo <korgoo@example.org>\r\n\r\nnot of the pattern',
    };
    for (const [name, content] of Object.entries(others))
      writeFileSync(join(outbox, name), content);
    expect(
      await run(
        ['digest', join(dir, 'demo.xlsx'), '--month', '2026-09', '--outbox', outbox],
        captureOutput(),
      ),
    ).toBe(0);
    // The demo workbook with the Naryn recipient removed from the Recipients sheet.
    const rows = buildDemoRows('ru');
    const recipients = rows.recipients.filter((row) => row[0] !== 'naryn.region@example.org');
    expect(recipients).toHaveLength(rows.recipients.length - 1);
    const edited = await writtenByKorgoo('without-naryn', 'ru', { ...rows, recipients });

    const out = captureOutput();
    expect(await run(['digest', edited, ...month], out)).toBe(0);
    expect(readdirSync(outbox).sort()).toEqual([
      '2026-09_01_coordinator_at_example.org.eml',
      '2026-09_02_naryn.region_at_example.org.eml',
      '2026-09_03_donor.officer_at_example.org.eml',
      '2026-10_01_coordinator_at_example.org.eml',
      '2026-10_02_donor.officer_at_example.org.eml',
      '2026-10_99_my_own.eml',
      'index.html',
      'index.txt',
      'letter.eml',
      'notes.txt',
    ]);
    for (const [name, content] of Object.entries(others)) {
      expect(readFileSync(join(outbox, name), 'utf8')).toBe(content);
    }
    expect(readFileSync(join(outbox, 'index.txt'), 'utf8')).not.toContain('naryn.region');
  });

  test('--help in each language', async () => {
    for (const lang of ['ru', 'ky', 'en']) {
      const out = captureOutput();
      expect(await run(['digest', '--help', '--lang', lang], out)).toBe(0);
      expect(out.stdout[0]).toMatch(/^korgoo digest FILE\.xlsx/);
    }
  });
});
