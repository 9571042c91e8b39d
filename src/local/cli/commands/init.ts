import { writeXlsx } from '../../xlsx/write-xlsx';
import type { ParsedArgs } from '../args';
import { ArgsError } from '../args';
import type { Output } from '../output';
import { text } from '../texts';
import { refuseToOverwrite } from './overwrite';

/** korgoo init FILE.xlsx: an empty workbook, never written over an existing file (but --force). */
export async function initCommand(args: ParsedArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new ArgsError('FILE.xlsx');
  if (await refuseToOverwrite(path, args, output, `korgoo init ${path} --force`)) return 2;
  await writeXlsx(path, args.lang);
  output.out(text('initWritten', args.lang, { path }));
  return 0;
}
