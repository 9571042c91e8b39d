import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../../../src/core/i18n/lang';
import type { SheetKey } from '../../../src/core/schema/sheets';
import { type SheetRows, writeXlsx } from '../../../src/local/xlsx/write-xlsx';

/**
 * Generated workbooks, written once and kept between runs: exceljs takes seconds for a large
 * file, and several suites read the same ones without changing them. A file is named by a hash
 * of what it is made from; for one Korgoo writes, the rows, the language, the writer's code
 * (write-xlsx.ts and every module it imports) and exceljs's version, so any change to what it
 * would write writes it anew. Callers only read the file.
 */
const ROOT = resolve(__dirname, '..', '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'korgoo-fixtures', 'written');
const WRITER = join(ROOT, 'src', 'local', 'xlsx', 'write-xlsx.ts');
const UNUSED_MS = 7 * 86_400_000;

/** The writer's source and that of every module it imports from the project, by path. */
function writerSources(): string[] {
  const seen = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const [, spec] of text.matchAll(/from '(\.[^']+)'/g)) {
      const base = resolve(dirname(file), spec as string);
      const found = [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path));
      if (found) visit(found);
    }
  };
  visit(WRITER);
  return [...seen].sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => path + text);
}

let version: string | undefined;
function writerVersion(): string {
  version ??= [
    ...writerSources(),
    readFileSync(join(ROOT, 'node_modules', 'exceljs', 'package.json'), 'utf8'),
  ].join('\0');
  return version;
}

/**
 * The path of `rows` written in `lang` by writeXlsx (with only `sheets` when given); `label` and
 * `lang` name the file.
 */
export function writtenByKorgoo(
  label: string,
  lang: Lang,
  rows: SheetRows,
  sheets?: readonly SheetKey[],
): Promise<string> {
  const key = [writerVersion(), lang, JSON.stringify(rows), ...(sheets ? [sheets.join(',')] : [])];
  return keptFile(`${label}-${lang}`, key, (path) => writeXlsx(path, lang, rows, sheets));
}

/**
 * A generated .xlsx file kept between runs: `key` is everything the file is made from (its
 * content and the code that writes it); `write` makes it when no run has yet.
 */
export function keptFile(
  label: string,
  key: readonly (string | Uint8Array)[],
  write: (path: string) => Promise<void> | void,
): Promise<string> {
  return kept(label, 'xlsx', key, write);
}

/**
 * What a slow computation gave, kept between runs as JSON: `key` is everything it depends on
 * (its inputs and the code that computes it); `compute` runs when no run has kept it yet.
 */
export async function keptJson<T>(
  label: string,
  key: readonly (string | Uint8Array)[],
  compute: () => Promise<T>,
): Promise<T> {
  let computed: T | undefined;
  const path = await kept(label, 'json', key, async (aside) => {
    computed = await compute();
    writeFileSync(aside, JSON.stringify(computed));
  });
  return computed ?? (JSON.parse(readFileSync(path, 'utf8')) as T);
}

async function kept(
  label: string,
  extension: string,
  key: readonly (string | Uint8Array)[],
  write: (path: string) => Promise<void> | void,
): Promise<string> {
  const hash = createHash('sha256');
  for (const part of key) hash.update(part).update('\0');
  const path = join(CACHE, `${label}-${hash.digest('hex').slice(0, 20)}.${extension}`);
  if (existsSync(path)) {
    // Marked as used, so the clearing below leaves it.
    const now = new Date();
    utimesSync(path, now, now);
    return path;
  }
  mkdirSync(CACHE, { recursive: true });
  // Written aside and renamed: two jest workers may write the same file at once.
  const aside = `${path}.${process.pid}.tmp`;
  await write(aside);
  renameSync(aside, path);
  // Files no run has used for a week (written by older code or for other rows) are let go.
  for (const file of readdirSync(CACHE)) {
    const other = join(CACHE, file);
    const used = statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - used > UNUSED_MS) rmSync(other, { force: true });
  }
  return path;
}
