/**
 * The digest a regional workbook sends and previews (DESIGN §11): computed from its Returns,
 * the same merged source as its sidebar, with its sources' reporting rate.
 */
import { SHEETS } from '../../../src/core/schema/sheets';
import type { DigestPreviewResult } from '../../../src/core/sidebar/api';
import { ensureBuilt } from '../load-bundle';
import { type Programme, programme, sheetOf } from '../rollup/programme';
import { rowOf, writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

let p: Programme;
beforeAll(() => {
  p = programme();
  p.addOn.run('updateRollup');
  writeRows(sheetOf(p.regional, 'recipients'), 2, [
    rowOf('recipients', { email: 'region.head@example.org', language: 'English', active: 'Yes' }),
  ]);
}, 120_000);

test('its preview is the Returns’ digest, with the reporting rate of its sources', () => {
  const preview = JSON.parse(
    JSON.stringify(p.addOn.run('sidebarDigestPreview', { month: '2026-10', lang: 'en' })),
  ) as DigestPreviewResult;
  expect(preview.html).toContain('Reporting rate');
  expect(preview.html).toContain('October 2026: 3 of 3 sources reported');
  for (const name of ['Chui', 'Issyk-Kul', 'Naryn']) expect(preview.html).toContain(name);
  expect(preview.months.map((m) => m.value)).toContain('2026-01');
});

test('the one clock sends it on the 1st: November’s, its sources late since their returns stop on the 26th', () => {
  p.addOn.run('scheduleMonthlyDigest');
  p.clock.now = Date.UTC(2026, 11, 1, 3); // 1 December, 09:00 in Bishkek
  p.addOn.runClock();
  const sent = p.addOn.s.MailApp.sent.filter((m) => String(m.to) === 'region.head@example.org');
  expect(sent).toHaveLength(1);
  const html = sent[0]?.htmlBody ?? '';
  expect(html).toContain('November 2026: 0 of 3 sources reported');
  expect(html).toContain('figures as of 26.11.2026');
  expect(html).not.toContain(SHEETS.cases.labels.en);
});
