import { errorText } from '../../core/error-text';
import { DEFAULT_LANG, isLang, type Lang } from '../../core/i18n/lang';
import { UnusableFileError } from '../xlsx/unusable';
import type { ParsedArgs } from './args';
import { ArgsError, MULTIPLE, OPTIONS, OptionElsewhereError, parseCommandArgs } from './args';
import { helpText } from './help';
import { oneLine } from './one-line';
import { type Output, processOutput, quietOnClosedPipe } from './output';
import { text } from './texts';
import { unusableLine } from './unusable-line';
import { UsageError } from './usage-error';

type CommandRun = (args: ParsedArgs, output: Output) => Promise<number>;

/**
 * Each command's module is loaded when it runs, so `korgoo --help` loads none of them (the
 * reader, the writer's exceljs, nodemailer): it starts as fast as node itself.
 */
const COMMANDS = {
  init: async () => (await import('./commands/init')).initCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  digest: async () => (await import('./commands/digest')).digestCommand,
  approve: async () => (await import('./commands/approve')).approveCommand,
  due: async () => (await import('./commands/due')).dueCommand,
  return: async () => (await import('./commands/return')).returnCommand,
} as const satisfies Record<string, () => Promise<CommandRun>>;

type Command = keyof typeof COMMANDS;
const isCommand = (name: string | undefined): name is Command =>
  name !== undefined && name in COMMANDS;

/** The language asked for on the command line, even before the rest of it is understood. */
function langOf(argv: readonly string[]): Lang {
  const index = argv.indexOf('--lang');
  const inline = argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const value = inline ?? (index >= 0 ? argv[index + 1] : undefined);
  return isLang(value) ? value : DEFAULT_LANG;
}

/**
 * Runs one korgoo command and returns its exit code. Every expected failure becomes one clear,
 * localized line on stderr and exit code 2; no stack trace reaches the user.
 */
export async function run(
  argv: readonly string[],
  output: Output = processOutput,
): Promise<number> {
  if (output === processOutput) quietOnClosedPipe();
  const [name, ...rest] = argv;
  const lang = langOf(argv);
  if (!isCommand(name)) {
    const asked = name === undefined || name === '--help' || name === '-h' || name === 'help';
    (asked ? output.out : output.err)(helpText('main', lang));
    return asked ? 0 : 2;
  }
  try {
    const args = parseCommandArgs(rest, OPTIONS[name], MULTIPLE[name]);
    if (args.help) {
      output.out(helpText(name, args.lang));
      return 0;
    }
    const command: CommandRun = await COMMANDS[name]();
    return await command(args, output);
  } catch (error) {
    output.err(oneLine(failureLine(error, name, lang)));
    return 2;
  }
}

function failureLine(error: unknown, command: Command, lang: Lang): string {
  if (error instanceof ArgsError)
    return text('badOption', lang, { message: error.message, command });
  if (error instanceof OptionElsewhereError) {
    const commands = error.commands.map((name) => `korgoo ${name}`).join(', ');
    return text('optionElsewhere', lang, { option: error.option, command, commands });
  }
  if (error instanceof UnusableFileError) return unusableLine(error, lang);
  if (error instanceof UsageError) return error.message;
  return text('unexpected', lang, {
    message: errorText(error),
  });
}
