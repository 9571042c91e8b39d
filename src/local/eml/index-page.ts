import { escapeHtml as e } from '../../core/digest/escape';

export interface OutboxEntry {
  readonly email: string;
  readonly language: string;
  readonly region: string;
  readonly threshold: string;
  readonly subject: string;
  readonly file: string;
}

/** outbox/index.html: who gets which file, to open the digests from a browser. */
export function outboxIndexHtml(month: string, entries: readonly OutboxEntry[]): string {
  const rows = entries
    .map(
      (x) =>
        `<tr><td>${e(x.email)}</td><td>${e(x.language)}</td><td>${e(x.region)}</td><td>${e(x.threshold)}</td><td>${e(x.subject)}</td><td><a href="${e(encodeURIComponent(x.file))}">${e(x.file)}</a></td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Korgoo outbox ${e(month)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif">
<h1>Korgoo outbox: ${e(month)}</h1>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Email</th><th>Language</th><th>Region</th><th>Threshold</th><th>Subject</th><th>File</th></tr>
${rows}
</table>
</body></html>
`;
}

/** outbox/index.txt: the same, one recipient per line. */
export function outboxIndexText(month: string, entries: readonly OutboxEntry[]): string {
  const lines = entries.map((x) =>
    [x.file, x.email, x.language, x.region || '-', x.threshold || '-', x.subject].join('\t'),
  );
  return `Korgoo outbox ${month}\n${lines.join('\n')}\n`;
}
