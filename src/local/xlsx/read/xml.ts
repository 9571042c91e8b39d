import { XmlScanner } from './scanner';
import type { ZipParts } from './zip';

/** What a part's reader wants to hear: tags by local name (any `x:` prefix taken off). */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Text, possibly in several pieces: a reader adds them up. */
  text(text: string): void;
}

/**
 * Streams one XML part of the zip through the scanner. The bytes are decoded as one UTF-8
 * stream, so a Cyrillic letter split between two chunks stays one letter.
 */
export async function parsePart(zip: ZipParts, name: string, handlers: XmlHandlers): Promise<void> {
  const scanner = new XmlScanner(handlers);
  const decoder = new TextDecoder('utf-8');
  const stream = await zip.open(name);
  let failure: Error | null = null;
  const fail = (error: unknown): void => {
    failure ??= error instanceof Error ? error : new Error(String(error));
  };
  await new Promise<void>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      try {
        scanner.write(decoder.decode(chunk, { stream: true }));
      } catch (error) {
        // Damaged XML, or a handler stopping the read (beyond Excel's limits, too many cells).
        fail(error);
      }
      if (failure) {
        stream.destroy();
        reject(failure);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      try {
        scanner.write(decoder.decode());
        scanner.close();
      } catch (error) {
        fail(error);
      }
      if (failure) reject(failure);
      else resolve();
    });
  });
}
