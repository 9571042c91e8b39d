import { errorText } from '../../core/error-text';
import { DEFAULT_LANG, isLang, type Lang } from '../../core/i18n/lang';
import { UnusableFileError } from '../xlsx/read-xlsx';
import { ArgsError, OPTIONS, OptionElsewhereError, parseCommandArgs } from './args';
import { demoCommand } from './commands/demo';
import { digestCommand } from './commands/digest';
import { initCommand } from './commands/init';
import { reportCommand, UsageError } from './commands/report';
import { validateCommand } from './commands/validate';
import { helpText } from './help';
import { oneLine } from './one-line';
import { type Output, processOutput, quietOnClosedPipe } from './output';
import { text } from './texts';

const UNUSABLE_TEXT = {
  missing: 'missingFile',
  not_xlsx: 'notXlsx',
  not_korgoo: 'notKorgoo',
} as const;

const COMMANDS = {
  init: initCommand,
  demo: demoCommand,
  validate: validateCommand,
  report: reportCommand,
  digest: digestCommand,
} as const;

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
    const args = parseCommandArgs(rest, OPTIONS[name]);
    if (args.help) {
      output.out(helpText(name, args.lang));
      return 0;
    }
    return await COMMANDS[name](args, output);
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
  if (error instanceof UnusableFileError)
    return text(UNUSABLE_TEXT[error.reason], lang, { path: error.path });
  if (error instanceof UsageError) return error.message;
  return text('unexpected', lang, {
    message: errorText(error),
  });
}
