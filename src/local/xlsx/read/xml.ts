import { SaxesParser } from 'saxes';
import type { ZipParts } from './zip';

/** What a part's reader wants to hear: tags by local name (any `x:` prefix taken off). */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/**
 * Streams one XML part of the zip through saxes. The bytes are decoded as one UTF-8 stream, so a
 * Cyrillic letter split between two chunks stays one letter.
 */
export async function parsePart(zip: ZipParts, name: string, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false } as const);
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  // Handed over as they are: a large sheet has a million texts, each call counts.
  parser.on('text', handlers.text);
  parser.on('cdata', handlers.text);
  const decoder = new TextDecoder('utf-8');
  const stream = await zip.open(name);
  await new Promise<void>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      try {
        parser.write(decoder.decode(chunk, { stream: true }));
      } catch (error) {
        // A handler stops the read (a file beyond Excel's limits, too many cells).
        failure ??= error instanceof Error ? error : new Error(String(error));
      }
      if (failure) {
        stream.destroy();
        reject(failure);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      try {
        parser.write(decoder.decode());
        parser.close();
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(String(error));
      }
      if (failure) reject(failure);
      else resolve();
    });
  });
}
