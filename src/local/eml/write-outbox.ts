import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Analysis } from '../../core/analyse';
import { activeRecipients, buildDigestContent, recipientOf, renderDigest } from '../../core/digest';
import { digestEml } from './eml';
import { type OutboxEntry, outboxIndexHtml, outboxIndexText } from './index-page';

/**
 * A file name from the month, the recipient's place in the list and the address: letters,
 * digits, dots, dashes and underscores only (`2026-10_01_coordinator_at_example.org.eml`).
 */
function fileNameOf(month: string, n: number, email: string): string {
  const safe = email
    .toLowerCase()
    .replace(/@/g, '_at_')
    .replace(/[^a-z0-9._-]/g, '_');
  return `${month}_${String(n).padStart(2, '0')}_${safe}.eml`;
}

/**
 * The month's digest for every active recipient as .eml files in `dir`, plus index.html and
 * index.txt; rendered by the same code the add-on sends with.
 */
export async function writeOutbox(
  analysis: Analysis,
  month: string,
  dir: string,
  spreadsheetUrl: string | null = null,
): Promise<OutboxEntry[]> {
  await mkdir(dir, { recursive: true });
  const entries: OutboxEntry[] = [];
  let n = 0;
  for (const record of activeRecipients(analysis.dataset)) {
    const recipient = recipientOf(record);
    const digest = renderDigest(buildDigestContent(analysis, { month, recipient, spreadsheetUrl }));
    const file = fileNameOf(month, ++n, record.email);
    await writeFile(join(dir, file), await digestEml(record.email.trim(), digest));
    entries.push({
      email: record.email.trim(),
      language: record.language,
      region: record.region ?? '',
      threshold: record.threshold === null ? '' : String(record.threshold),
      subject: digest.subject,
      file,
    });
  }
  await writeFile(join(dir, 'index.html'), outboxIndexHtml(month, entries));
  await writeFile(join(dir, 'index.txt'), outboxIndexText(month, entries));
  return entries;
}
