import { access } from 'node:fs/promises';
import { writeXlsx } from '../../xlsx/write-xlsx';
import type { ParsedArgs } from '../args';
import { ArgsError } from '../args';
import type { Output } from '../output';
import { text } from '../texts';

/** korgoo init FILE.xlsx: an empty workbook, never written over an existing file. */
export async function initCommand(args: ParsedArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new ArgsError('FILE.xlsx');
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) {
    output.err(text('fileExists', args.lang, { path }));
    return 2;
  }
  await writeXlsx(path, args.lang);
  output.out(text('initWritten', args.lang, { path }));
  return 0;
}
