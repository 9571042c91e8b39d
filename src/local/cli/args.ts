import { parseArgs } from 'node:util';
import { errorText } from '../../core/error-text';
import { DEFAULT_LANG, isLang, type Lang } from '../../core/i18n/lang';

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly lang: Lang;
  readonly help: boolean;
}

export class ArgsError extends Error {}

/** An option that another command takes (`report --url`): said so, not ignored. */
export class OptionElsewhereError extends Error {
  constructor(
    readonly option: string,
    readonly commands: readonly string[],
  ) {
    super(`--${option}`);
  }
}

/** Options each command takes; anything else is refused with a clear line, not ignored. */
export const OPTIONS = {
  init: ['lang', 'force'],
  demo: ['lang', 'force'],
  validate: ['lang', 'format'],
  report: ['lang', 'format', 'period', 'committee', 'region'],
  digest: ['lang', 'month', 'outbox', 'url'],
  approve: ['lang', 'month', 'committee', 'return', 'reopen', 'note', 'by'],
  due: ['lang', 'format', 'date', 'committee', 'region'],
  return: ['lang', 'out', 'format', 'force'],
} as const;

/** Options a command takes more than once (`approve --committee A --committee B`). */
export const MULTIPLE: Partial<Record<keyof typeof OPTIONS, readonly string[]>> = {
  approve: ['committee'],
};

/** Options that are switches (`--force`), not followed by a value. */
const SWITCHES: ReadonlySet<string> = new Set(['force', 'return', 'reopen']);

/** The first `--name` of argv that `allowed` lacks but another command takes, or null. */
function optionElsewhere(
  argv: readonly string[],
  allowed: readonly string[],
): OptionElsewhereError | null {
  for (const arg of argv) {
    if (arg === '--') break;
    const name = /^--([^=]+)/.exec(arg)?.[1];
    if (name === undefined || name === 'help' || allowed.includes(name)) continue;
    const commands = Object.entries(OPTIONS)
      .filter(([, options]) => (options as readonly string[]).includes(name))
      .map(([command]) => command);
    if (commands.length > 0) return new OptionElsewhereError(name, commands);
  }
  return null;
}

export function parseCommandArgs(
  argv: readonly string[],
  allowed: readonly string[],
  multiple: readonly string[] = [],
): ParsedArgs {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
  > = { help: { type: 'boolean', short: 'h' } };
  for (const name of allowed) {
    options[name] = {
      type: SWITCHES.has(name) ? 'boolean' : 'string',
      ...(multiple.includes(name) ? { multiple: true } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw optionElsewhere(argv, allowed) ?? new ArgsError(errorText(error));
  }
  const lang = parsed.values.lang ?? DEFAULT_LANG;
  if (!isLang(lang)) throw new ArgsError(`--lang ${String(lang)}: ru, ky, en`);
  return {
    positionals: parsed.positionals,
    values: parsed.values as Record<string, string | boolean | string[] | undefined>,
    lang,
    help: parsed.values.help === true,
  };
}

/** The value of a choice option, or the first allowed one when it is not given. */
export function choiceOption<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
): T {
  const value = args.values[name];
  if (value === undefined) return allowed[0] as T;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new ArgsError(`--${name} ${String(value)}: ${allowed.join(', ')}`);
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function switchOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
