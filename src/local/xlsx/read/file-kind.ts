import { open } from 'node:fs/promises';

/** What a file is, from its first bytes (an .xlsx is a zip; Excel's encryption wraps it in CFB). */
export type FileKind = 'zip' | 'encrypted' | 'xls' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A password-protected .xlsx is a compound file holding these streams. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
/** The directory of a compound file lies anywhere: this much of it is searched for the name. */
const SEARCH_BYTES = 64 * 1024 * 1024;

const startsWith = (bytes: Buffer, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

export async function fileKind(path: string): Promise<FileKind> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await file.read(head, 0, 8, 0);
    if (bytesRead >= 4 && (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP))) return 'zip';
    if (bytesRead < 8 || !startsWith(head, CFB)) return 'other';
    const { size } = await file.stat();
    const body = Buffer.alloc(Math.min(size, SEARCH_BYTES));
    await file.read(body, 0, body.length, 0);
    return body.includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls';
  } finally {
    await file.close();
  }
}
