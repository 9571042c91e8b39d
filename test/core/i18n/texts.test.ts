/**
 * The one text lookup and its tables: every table registered, every id in one table only, and
 * the same English never said two ways in Russian or Kyrgyz anywhere (add-on, command line,
 * sidebar page), so that a phrase used in several places cannot drift apart.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LANGS, type Labels } from '../../../src/core/i18n/lang';
import { TEXT_TABLES, text } from '../../../src/core/i18n/texts';
import { ABOUT } from '../../../src/local/cli/help';
import { TEXTS as CLI } from '../../../src/local/cli/texts';
import { TEXTS as SIDEBAR_PAGE } from '../../../src/ui/texts';

type Table = Readonly<Record<string, Labels>>;

/** Every table of words, by where it lives. */
const ALL_TABLES: Readonly<Record<string, Table>> = {
  ...Object.fromEntries(
    Object.entries(TEXT_TABLES).map(([name, table]) => [`add-on ${name}`, table]),
  ),
  'command line': CLI,
  'command line help': ABOUT,
  'sidebar page': SIDEBAR_PAGE,
};

const entries = (tables: Readonly<Record<string, Table>>) =>
  Object.entries(tables).flatMap(([table, texts]) =>
    Object.entries(texts).map(([id, labels]) => ({ where: `${table}.${id}`, id, labels })),
  );

/** The English texts said two ways in Russian or Kyrgyz, with where each is. */
function drifts(tables: Readonly<Record<string, Table>>) {
  const byEnglish = new Map<string, { ru: Set<string>; ky: Set<string>; where: string[] }>();
  for (const { where, labels } of entries(tables)) {
    const same = byEnglish.get(labels.en) ?? { ru: new Set(), ky: new Set(), where: [] };
    same.ru.add(labels.ru);
    same.ky.add(labels.ky);
    same.where.push(where);
    byEnglish.set(labels.en, same);
  }
  return [...byEnglish]
    .filter(([, same]) => same.ru.size > 1 || same.ky.size > 1)
    .map(([en, same]) => ({ en, ru: [...same.ru], ky: [...same.ky], where: same.where }));
}

describe('text', () => {
  test('reads every id of every registered table, in every language, placeholders filled', () => {
    const registered = entries(TEXT_TABLES);
    expect(registered.length).toBeGreaterThan(100);
    for (const { id, labels } of registered) {
      for (const lang of LANGS) {
        const filled = text(id as never, lang, { value: '¤' });
        expect([id, filled]).toEqual([id, labels[lang].replace(/\{value\}/g, '¤')]);
      }
    }
  });

  test('no module of the add-on (src/core, src/gas) builds a lookup of its own', () => {
    const src = path.join(__dirname, '..', '..', '..', 'src');
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? files(full) : entry.name.endsWith('.ts') ? [full] : [];
      });
    const own = [...files(path.join(src, 'core')), ...files(path.join(src, 'gas'))]
      .filter((file) => fs.readFileSync(file, 'utf8').includes('textLookup('))
      .map((file) => path.relative(src, file).split(path.sep).join('/'));
    expect(own).toEqual(['core/i18n/texts.ts']);
  });

  test('no id is defined in two registered tables (one would hide the other)', () => {
    const seen = new Map<string, string[]>();
    for (const { where, id } of entries(TEXT_TABLES))
      seen.set(id, [...(seen.get(id) ?? []), where]);
    expect([...seen.values()].filter((places) => places.length > 1)).toEqual([]);
  });
});

describe('every table of words', () => {
  test('one English text has one Russian and one Kyrgyz text, across all tables', () => {
    expect(drifts(ALL_TABLES)).toEqual([]);
  });

  test('says every text in Russian, Kyrgyz and English, with the same placeholders', () => {
    const placeholders = (template: string) =>
      [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const bad = entries(ALL_TABLES).filter(
      ({ labels }) =>
        LANGS.some((lang) => typeof labels[lang] !== 'string' || labels[lang].trim() === '') ||
        LANGS.some((lang) => placeholders(labels[lang]).join() !== placeholders(labels.en).join()),
    );
    expect(bad.map(({ where, labels }) => ({ where, ...labels }))).toEqual([]);
  });

  test('the drift check finds a drift', () => {
    // Two tables that say one English text two ways in Kyrgyz, as the command line and the
    // sidebar once did.
    const cli = { excluded: { ru: 'Строк: {count}', ky: 'Саптар: {count}', en: 'Rows: {count}' } };
    const page = {
      left: { ru: 'Строк: {count}', ky: 'Саптын саны: {count}', en: 'Rows: {count}' },
    };
    expect(drifts({ cli, page })).toEqual([
      {
        en: 'Rows: {count}',
        ru: ['Строк: {count}'],
        ky: ['Саптар: {count}', 'Саптын саны: {count}'],
        where: ['cli.excluded', 'page.left'],
      },
    ]);
    expect(drifts({ cli })).toEqual([]);
  });
});
