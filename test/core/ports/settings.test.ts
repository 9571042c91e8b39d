/** The settings registry (every key once, each with its scope) and the in-memory store. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { memorySettings, SETTINGS } from '../../../src/core/ports/settings';
import { describeSettingsStore } from './settings-contract';

describeSettingsStore('in memory', memorySettings);

const entries = Object.values(SETTINGS).map((s) => ('key' in s ? s.key : s.prefix));

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the settings registry', () => {
  test('each key once, and no key is the start of another', () => {
    expect(new Set(entries).size).toBe(entries.length);
    for (const a of entries)
      for (const b of entries) if (a !== b) expect([a, b.startsWith(a)]).toEqual([a, false]);
  });

  test('every settings key the add-on names is in the registry', () => {
    const root = path.join(__dirname, '..', '..', '..', 'src');
    const named = new Set<string>();
    for (const file of [
      ...sourcesUnder(path.join(root, 'gas')),
      ...sourcesUnder(path.join(root, 'core')),
    ]) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/['"`](korgoo\.[a-zA-Z.]+)['"`]/g))
        named.add(match[1] as string);
    }
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((key) => !entries.includes(key))).toEqual([]);
  });

  test('the per-user keys are the two that follow the user, not the workbook', () => {
    const user = Object.values(SETTINGS).filter((s) => s.scope === 'user');
    expect(user.map((s) => ('key' in s ? s.key : s.prefix)).sort()).toEqual([
      'korgoo.authorization.email',
      'korgoo.digest.spreadsheet',
    ]);
  });
});
