import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Analysis } from '../../core/analyse';
import {
  activeRecipients,
  buildDigestContent,
  type DigestContent,
  type DigestRequest,
  recipientOf,
  renderDigest,
} from '../../core/digest';
import type { RecipientRecord } from '../../core/schema/records';
import { digestEml, OUTBOX_FROM } from './eml';
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

/** A name fileNameOf gives for the month (`2026-10_01_….eml`). */
function isOwnNameOf(month: string, name: string): boolean {
  return name.startsWith(`${month}_`) && /^\d{4}-\d{2}_\d{2,}_[a-z0-9._-]+\.eml$/.test(name);
}

const OWN_FIRST_LINE = `From: ${OUTBOX_FROM.name} <${OUTBOX_FROM.address}>`;

/** Whether the file starts as the messages digestEml composes do. */
async function startsAsOwnMessage(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(OWN_FIRST_LINE.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return head.toString('utf8', 0, bytesRead) === OWN_FIRST_LINE;
  } finally {
    await file.close();
  }
}

/**
 * The .eml files an earlier run wrote for this month (a recipient since removed would keep
 * theirs). Only files with Korgoo's name for this month and Korgoo's sender go, never another.
 */
async function removeEarlierRun(dir: string, month: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile() && isOwnNameOf(month, entry.name) && (await startsAsOwnMessage(path))) {
      await rm(path);
    }
  }
}

/**
 * The month's digest for every active recipient as .eml files in `dir`, plus index.html and
 * index.txt; rendered by the same code the add-on sends with. The month's files of an earlier
 * run are replaced, so the outbox holds exactly this run's messages for the month.
 */
export async function writeOutbox(
  analysis: Analysis,
  month: string,
  dir: string,
  spreadsheetUrl: string | null = null,
): Promise<OutboxEntry[]> {
  return writeOutboxOf(
    activeRecipients(analysis.dataset),
    (request) => buildDigestContent(analysis, request),
    month,
    dir,
    spreadsheetUrl,
  );
}

/** writeOutbox for any digest: a roll-up's (DESIGN §11) as well as a workbook's. */
export async function writeOutboxOf(
  recipients: readonly RecipientRecord[],
  build: (request: DigestRequest) => DigestContent,
  month: string,
  dir: string,
  spreadsheetUrl: string | null = null,
): Promise<OutboxEntry[]> {
  await mkdir(dir, { recursive: true });
  await removeEarlierRun(dir, month);
  const entries: OutboxEntry[] = [];
  let n = 0;
  for (const record of recipients) {
    const recipient = recipientOf(record);
    const digest = renderDigest(build({ month, recipient, spreadsheetUrl }));
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
