/**
 * What `clasp push` would upload: exactly the built files Apps Script runs, from build/, with
 * the manifest's minimal scopes. `clasp status --json` works offline and without a login.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILD_DIR, ensureBuilt, ROOT } from './load-bundle';

const CLASP_PROGRAM = path.join(
  ROOT,
  'node_modules',
  '@google',
  'clasp',
  'build',
  'src',
  'commands',
  'program.js',
);

/**
 * What clasp's own entry point (build/src/index.js) does, `makeProgram().parseAsync(argv)`,
 * once per folder given, in one process: loading clasp takes about 3 s of CPU, its status
 * takes milliseconds, so one real clasp serves every folder these tests ask about.
 */
const STATUS_IN_EACH_FOLDER = `
const { makeProgram } = await import(${JSON.stringify(`file://${CLASP_PROGRAM}`)});
for (const dir of process.argv.slice(1)) {
  process.chdir(dir);
  await makeProgram().parseAsync(['node', 'clasp', 'status', '--json']);
}
`;

interface ClaspStatus {
  filesToPush: string[];
  untrackedFiles: string[];
}

let home: string;
let strays: string;
let straysAndSidebar: string;
/** `clasp status --json` in the project, then in the two copies with stray files. */
let statuses: ClaspStatus[];

/** A copy of the project's clasp files and built bundle, with files Apps Script must not get. */
function projectWithStrays(sidebar: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'korgoo-clasp-'));
  for (const file of ['.clasp.json', '.claspignore']) {
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  fs.mkdirSync(path.join(dir, 'build', 'sub'), { recursive: true });
  for (const file of ['Code.js', 'appsscript.json']) {
    fs.copyFileSync(path.join(BUILD_DIR, file), path.join(dir, 'build', file));
  }
  for (const stray of ['Code.js.map', 'notes.txt', 'old.gs', '.hidden.js', 'sub/extra.js']) {
    fs.writeFileSync(path.join(dir, 'build', stray), '// not for Apps Script\n');
  }
  fs.writeFileSync(path.join(dir, 'stray.js'), '// outside rootDir\n');
  if (sidebar) fs.writeFileSync(path.join(dir, 'build', 'Sidebar.html'), '<!doctype html>\n');
  return dir;
}

/** Runs clasp's status in each folder with a throw-away HOME, so no user config is read or written. */
function claspStatuses(dirs: string[]): ClaspStatus[] {
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', STATUS_IN_EACH_FOLDER, ...dirs],
    {
      encoding: 'utf8',
      env: { ...process.env, HOME: home, npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const json = out.split('\n').filter((line) => line.trim().startsWith('{'));
  if (json.length !== dirs.length) {
    throw new Error(
      `clasp status printed ${json.length} JSON lines for ${dirs.length} folders: ${out}`,
    );
  }
  return json.map((line) => JSON.parse(line) as ClaspStatus);
}

const CACHE = path.join(ROOT, 'node_modules', '.cache', 'korgoo-fixtures', 'clasp');

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Everything clasp's answer depends on: clasp's version, .clasp.json, .claspignore, the names
 * and contents of every file in build/, and this file (the strays it adds and the script).
 */
function claspInputsHash(): string {
  const hash = createHash('sha256');
  const add = (name: string, content: string | Buffer): void => {
    hash.update(name).update('\0').update(content).update('\0');
  };
  const claspPackage = path.join(ROOT, 'node_modules', '@google', 'clasp', 'package.json');
  add('clasp', fs.readFileSync(claspPackage));
  for (const file of ['.clasp.json', '.claspignore'])
    add(file, fs.readFileSync(path.join(ROOT, file)));
  for (const file of filesUnder(BUILD_DIR))
    add(`build/${file}`, fs.readFileSync(path.join(BUILD_DIR, file)));
  add('test', fs.readFileSync(__filename));
  return hash.digest('hex').slice(0, 20);
}

/**
 * The three statuses, kept between runs under a hash of every input: loading clasp costs
 * seconds, and its answer changes only when one of them does (then clasp runs again).
 */
function keptStatuses(dirs: () => string[]): ClaspStatus[] {
  const file = path.join(CACHE, `status-${claspInputsHash()}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as ClaspStatus[];
  const found = claspStatuses(dirs());
  fs.mkdirSync(CACHE, { recursive: true });
  for (const old of fs.readdirSync(CACHE)) fs.rmSync(path.join(CACHE, old), { force: true });
  // Written aside and renamed, so a reader never sees half a file.
  const aside = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(aside, JSON.stringify(found));
  fs.renameSync(aside, file);
  return found;
}

beforeAll(() => {
  ensureBuilt();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'korgoo-clasp-home-'));
  strays = projectWithStrays(false);
  straysAndSidebar = projectWithStrays(true);
  statuses = keptStatuses(() => [ROOT, strays, straysAndSidebar]);
});
afterAll(() => {
  for (const dir of [home, strays, straysAndSidebar])
    fs.rmSync(dir, { recursive: true, force: true });
});

/** The files a push must upload: the bundle, the manifest, and the sidebar once it is built. */
function mustPush(): string[] {
  const files = ['build/Code.js', 'build/appsscript.json'];
  if (fs.existsSync(path.join(BUILD_DIR, 'Sidebar.html'))) files.push('build/Sidebar.html');
  return files.sort();
}

test('clasp status in the project lists exactly the files that must be pushed', () => {
  const status = statuses[0] as ClaspStatus;
  expect([...status.filesToPush].sort()).toEqual(mustPush());
  expect(status.filesToPush.map((file) => path.basename(file)).sort()).toEqual(
    mustPush().map((file) => path.basename(file)),
  );
});

test('.clasp.json pushes build/ and .claspignore is an allow-list of what Apps Script runs', () => {
  const clasp = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8'));
  expect(clasp.rootDir).toBe('build');
  expect(typeof clasp.scriptId).toBe('string');
  const rules = fs
    .readFileSync(path.join(ROOT, '.claspignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  expect(rules).toEqual(['**/**', '!Code.js', '!Sidebar.html', '!appsscript.json']);
});

test('the allow-list keeps every other file of build/ out of a push', () => {
  expect([...(statuses[1] as ClaspStatus).filesToPush].sort()).toEqual([
    'build/Code.js',
    'build/appsscript.json',
  ]);
  expect([...(statuses[2] as ClaspStatus).filesToPush].sort()).toEqual([
    'build/Code.js',
    'build/Sidebar.html',
    'build/appsscript.json',
  ]);
});

test('build/appsscript.json: Bishkek time, V8, Stackdriver logs, the minimal explicit scopes', () => {
  const built = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'appsscript.json'), 'utf8'));
  expect(built).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')));
  expect(built.timeZone).toBe('Asia/Bishkek');
  expect(built.runtimeVersion).toBe('V8');
  expect(built.exceptionLogging).toBe('STACKDRIVER');
  expect([...built.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/forms',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
  for (const scope of built.oauthScopes as string[]) {
    expect(scope).not.toContain('mail.google.com');
    expect(scope).not.toMatch(/auth\/drive($|\.readonly$)/);
  }
});
