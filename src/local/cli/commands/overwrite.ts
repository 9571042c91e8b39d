import { access } from 'node:fs/promises';
import type { ParsedArgs } from '../args';
import { switchOption } from '../args';
import type { Output } from '../output';
import { text } from '../texts';

/**
 * A file a command would write over: refused (one line saying which file and the command that
 * would overwrite it) unless --force was given. True when the command must stop.
 */
export async function refuseToOverwrite(
  path: string,
  args: ParsedArgs,
  output: Output,
  again: string,
): Promise<boolean> {
  if (switchOption(args, 'force')) return false;
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) output.err(text('fileExists', args.lang, { path, again }));
  return exists;
}
