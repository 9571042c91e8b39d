import { analyse } from '../../../src/core/analyse';
import {
  buildDigestContent,
  type DigestContent,
  type DigestRecipient,
  renderDigest,
} from '../../../src/core/digest';
import { protectColumn } from '../../../src/core/digest/protect';
import type { Lang } from '../../../src/core/i18n/lang';
import { report } from '../../../src/core/indicators';
import { monthPeriod } from '../../../src/core/periods';
import { type RowObject, recordSource, WALL } from '../../helpers/workbook';
import { CANARIES, demoAnalysis, fixtureAnalysis, fixtureRows, TODAY } from './fixture';

const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';
const who = (
  language: Lang,
  region: string | null = null,
  threshold: number | null = null,
): DigestRecipient => ({
  language,
  region,
  threshold,
});
const analysis = fixtureAnalysis();
const content = (recipient: DigestRecipient, month = '2026-10') =>
  buildDigestContent(analysis, { month, recipient, spreadsheetUrl: URL });
const digest = (recipient: DigestRecipient, month = '2026-10') =>
  renderDigest(content(recipient, month));

function section(c: DigestContent, id: string) {
  const found = c.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}
function row(c: DigestContent, sectionId: string, label: string): string[] {
  const r = section(c, sectionId).table?.rows.find((x) => x.label === label);
  if (!r) throw new Error(`no row ${label} in ${sectionId}`);
  return r.cells.map((cell) => cell.text);
}

describe('subject and language', () => {
  test.each([
    ['ru', 'Korgoo: сводка за октябрь 2026', 'Основные показатели', 'Октябрь 2026'],
    ['ky', 'Korgoo: айлык жыйынтык, 2026-ж., октябрь', 'Негизги көрсөткүчтөр', '2026-ж., октябрь'],
    ['en', 'Korgoo: digest for October 2026', 'Headline figures', 'October 2026'],
  ] as const)('%s', (lang, subject, heading, month) => {
    const d = digest(who(lang));
    expect(d.subject).toBe(subject);
    expect(d.html).toContain(heading);
    expect(d.text).toContain(heading.toLocaleUpperCase());
    for (const part of [d.html, d.text]) expect(part).toContain(month);
    expect(d.html).toContain(`<html lang="${lang}">`);
  });

  test('a region recipient gets the region in the subject', () => {
    expect(digest(who('ru', 'naryn')).subject).toBe(
      'Korgoo: сводка за октябрь 2026 — Нарынская область',
    );
  });
});

describe('figures', () => {
  const c = content(who('en'));

  test('the headline is the seed’s indicators: month, change against September, year to date', () => {
    expect(row(c, 'headline', 'At-risk families identified')).toEqual(['6', '+5', '7']);
    expect(row(c, 'headline', 'Women referred to crisis centres and shelters')).toEqual([
      '4',
      '+4',
      '4',
    ]);
    expect(row(c, 'headline', 'Cash aid, KGS')).toEqual(['12,000', '+12,000', '12,000']);
    expect(row(c, 'headline', 'Active committees')).toEqual(['3', '0', '3']);
  });

  test('month edges are the workbook’s wall clock: 31.10 23:30 counts, 01.11 00:00 does not', () => {
    expect(row(c, 'headline', 'Training participants')).toEqual(['25', '+13', '37']);
    expect(row(c, 'headline', 'Preventive meeting participants')).toEqual(['40', '+7', '73']);
  });

  test('the committee table has region subtotals and a total equal to the indicators', () => {
    const rows = section(c, 'committees').table?.rows ?? [];
    expect(rows.map((r) => `${r.kind}:${r.label}`)).toEqual([
      'group:Chui',
      'item:KANT',
      'item:TOKM',
      'subtotal:Subtotal: Chui',
      'group:Naryn',
      'item:NARYN',
      'subtotal:Subtotal: Naryn',
      'total:Total',
    ]);
    // events, participants, families identified, referrals, reported
    expect(row(c, 'committees', 'KANT')).toEqual(['3', '74', '4', '3', 'yes']);
    expect(row(c, 'committees', 'Subtotal: Chui')).toEqual(['4', '81', '5', '4', '']);
    expect(row(c, 'committees', 'Total')).toEqual(['5', '111', '6', '5', '']);
    expect(rows.find((r) => r.label === 'KANT')?.sub).toBe('Kant committee');
  });

  test('referrals, assistance with KGS, members by sector group, plan fulfilment', () => {
    expect(row(c, 'referrals_by_destination', 'Crisis centre')).toEqual(['3']);
    expect(row(c, 'referrals_by_outcome', 'Service received')).toEqual(['5']);
    expect(row(c, 'assistance_by_type', 'Cash aid')).toEqual(['2', '12,000']);
    expect(row(c, 'assistance_by_type', 'Housing')).toEqual(['1', '']);
    expect(row(c, 'members_by_sector_group', 'State bodies')).toEqual(['6']);
    expect(row(c, 'plan_fulfilment', 'Training / seminar')).toEqual(['1', '2', '50%']);
  });

  test('reporting rate and data quality', () => {
    const reporting = section(c, 'reporting');
    expect(reporting.lines.join(' ')).toMatch(/Every committee made entries/);
    const quality = section(c, 'quality');
    expect(quality.lines[0]).toContain(`${analysis.dataset.excludedRows}`);
  });

  test.each([
    ['ru', 'Ответов форм ещё не перенесено в таблицу (в этих цифрах их нет): 2.'],
    ['ky', 'Таблицага али которула элек форма жооптору (бул сандарга кирген жок): 2.'],
    ['en', 'Form responses not yet taken in (not in these figures): 2.'],
  ] as const)('data quality names the form responses still waiting (%s)', (lang, text) => {
    const ask = (pendingResponses: number | null) =>
      buildDigestContent(analysis, {
        month: '2026-10',
        recipient: who(lang),
        spreadsheetUrl: URL,
        pendingResponses,
      });
    const waiting = ask(2);
    expect(section(waiting, 'quality').lines.join(' ')).toContain(text);
    const rendered = renderDigest(waiting);
    expect(rendered.text).toContain(text);
    expect(rendered.html).toContain(text.replace(/"/g, '&quot;'));
    // None waiting, or no forms asked (a local file): nothing to say.
    for (const none of [0, null]) {
      const lines = section(ask(none), 'quality').lines;
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toContain(text.slice(0, 12));
    }
  });

  test('the text part carries the same figures as the HTML part', () => {
    const d = renderDigest(c);
    for (const s of c.sections) {
      for (const r of s.table?.rows ?? []) {
        expect(d.text).toContain(r.label);
        for (const cell of r.cells) if (cell.text) expect(d.text).toContain(cell.text);
      }
    }
    expect(d.text).toContain(URL);
    expect(d.html).toContain('href="https://docs.google.com/spreadsheets/d/abc123/edit"');
  });
});

describe('region filter', () => {
  test('a Naryn recipient sees Naryn’s committees and figures only', () => {
    const c = content(who('en', 'naryn'));
    const expected = report(analysis.dataset, monthPeriod(2026, 10), { region: 'naryn' });
    expect(row(c, 'headline', 'At-risk families identified')[0]).toBe(
      String(expected.indicators.cases_identified),
    );
    const labels = section(c, 'committees').table?.rows.map((r) => r.label);
    expect(labels).toEqual(['Naryn', 'NARYN', 'Total']);
    const d = renderDigest(c);
    for (const part of [d.html, d.text]) {
      expect(part).not.toContain('KANT');
      expect(part).not.toContain('Kant committee');
    }
  });

  test('a region label in any language is understood; an unknown one refused', () => {
    expect(content(who('ru', 'Нарын облусу')).scopeLabel).toBe('Нарынская область');
    expect(() => content(who('ru', 'Atlantis'))).toThrow(/unknown region/);
  });
});

describe('small-number threshold', () => {
  const c = content(who('en', null, 3));

  test('counts from 1 to N−1 show as "<N", zero and larger counts as they are', () => {
    expect(row(c, 'headline', 'Housing provided')).toEqual(['<3', '…', '<3']);
    expect(row(c, 'headline', 'District-level meetings')[0]).toBe('<3');
    expect(row(c, 'headline', 'At-risk families identified')).toEqual(['6', '…', '…']);
    expect(row(c, 'headline', 'Committee sessions on family violence cases')[0]).toBe('<3');
    expect(row(c, 'headline', 'Active committees')[0]).toBe('3');
    expect(row(c, 'referrals_by_destination', 'Shelter')).toEqual(['<3']);
    expect(row(c, 'headline', 'Trainings and seminars')).toEqual(['<3', '…', '<3']);
  });

  test('the cash total hides with the count of cash aid, and the note explains "<N"', () => {
    expect(row(c, 'assistance_by_type', 'Cash aid')).toEqual(['<3', '…']);
    expect(row(c, 'headline', 'Cash aid, KGS')[0]).toBe('…');
    expect(c.notes[0]).toContain('"<3"');
    expect(renderDigest(c).text).not.toMatch(/12,000|5,000|7,000/);
  });

  test('no hidden committee figure can be worked out from a subtotal or the total', () => {
    const rows = section(c, 'committees').table?.rows ?? [];
    const items = rows.filter((r) => r.kind !== 'group');
    for (let col = 0; col < 4; col++) {
      const hidden = items.filter((r) => r.cells[col]?.value === null && r.kind === 'item');
      // Never exactly one hidden item under a visible subtotal in a region.
      for (const group of ['Chui', 'Naryn']) {
        const start = rows.findIndex((r) => r.label === group);
        const inGroup = rows
          .slice(start + 1)
          .filter(
            (r, i, all) => all.slice(0, i).every((x) => x.kind === 'item') && r.kind === 'item',
          );
        const hiddenInGroup = inGroup.filter((r) => r.cells[col]?.value === null);
        const subtotal = rows.find((r) => r.label === `Subtotal: ${group}`);
        if (hiddenInGroup.length === 1) expect(subtotal?.cells[col]?.value).toBeNull();
      }
      expect(
        hidden.length === 1 && rows.at(-1)?.cells[col]?.value !== null && items.length > 2,
      ).toBe(false);
    }
  });

  test('an empty, 0 or 1 threshold hides nothing', () => {
    for (const threshold of [null, 0, 1]) {
      expect(renderDigest(content(who('en', null, threshold))).text).not.toContain('<');
    }
  });

  test('protectColumn hides a second figure, or the total when no other figure is positive', () => {
    expect(protectColumn([1, 5, 7], [true, false, false])).toEqual({
      hidden: [true, true, false],
      hideTotal: false,
    });
    expect(protectColumn([1, 0, 0], [true, false, false])).toEqual({
      hidden: [true, false, false],
      hideTotal: true,
    });
    expect(protectColumn([1, 2, 9], [true, true, false])).toEqual({
      hidden: [true, true, false],
      hideTotal: false,
    });
  });
});

describe('aggregates only: no canary from any free-text or personal column in any part', () => {
  test('the canaries are really in the workbook that is read', () => {
    const members = analysis.dataset.members.map((m) => m.fullName).join(' ');
    expect(CANARIES.some((c) => members.includes(c))).toBe(true);
    expect(analysis.dataset.cases.length).toBeGreaterThan(5);
    expect(analysis.dataset.assistance.some((a) => a.provider !== null)).toBe(true);
    expect(CANARIES.length).toBeGreaterThan(40);
  });

  const recipients: DigestRecipient[] = [];
  for (const lang of ['ru', 'ky', 'en'] as const) {
    for (const region of [null, 'chui', 'naryn']) {
      for (const threshold of [null, 3]) recipients.push(who(lang, region, threshold));
    }
  }
  test.each(recipients.map((r) => [`${r.language} ${r.region ?? 'all'} ${r.threshold ?? '-'}`, r]))(
    '%s',
    (_, recipient) => {
      for (const month of ['2026-09', '2026-10']) {
        const d = digest(recipient as DigestRecipient, month);
        const all = `${d.subject}\n${d.html}\n${d.text}`;
        for (const canary of CANARIES) expect(all).not.toContain(canary);
        // Case codes' shape, e-mail addresses and event IDs: none at all.
        expect(all).not.toMatch(/ZQ\d{3}-2026-\d{4}|@example\.org|EV-9\d{5}/);
      }
    },
  );
});

describe('HTML for mail clients', () => {
  const hostile = fixtureAnalysis({
    committees: [
      {
        committeeId: 'KANT',
        name: '<script>alert(1)</script><img src="https://evil.example/x.png" onerror="alert(2)">',
        region: 'chui',
        settlement: 'x',
        establishedOn: '2025-01-10',
        status: 'active',
      },
    ],
  });

  test.each(['ru', 'ky', 'en'] as const)(
    '%s: no script, no remote src, no on…= attribute, escaped text',
    (lang) => {
      for (const a of [analysis, hostile]) {
        const d = renderDigest(
          buildDigestContent(a, { month: '2026-10', recipient: who(lang), spreadsheetUrl: URL }),
        );
        expect(d.html).not.toMatch(/<script/i);
        expect(d.html).not.toMatch(/\ssrc\s*=/i);
        expect(d.html).not.toMatch(/\son[a-z]+\s*=/i);
        expect(d.html).not.toMatch(/<img|<link|<style|<iframe|url\(/i);
        expect(d.html).not.toMatch(/javascript:/i);
        expect(Buffer.byteLength(d.html, 'utf8')).toBeLessThanOrEqual(100 * 1024);
      }
    },
  );

  test('a link that is not https is left out', () => {
    const c = buildDigestContent(analysis, {
      month: '2026-10',
      recipient: who('en'),
      spreadsheetUrl: 'javascript:alert(1)',
    });
    expect(c.link.url).toBeNull();
    expect(renderDigest(c).html).not.toContain('<a ');
  });

  test('bars are table cells with % widths', () => {
    const d = digest(who('en'));
    expect(d.html).toMatch(/<td width="\d{1,3}%" style="background:#3d7cc9/);
  });

  test('the demo digests stay under 100 KB in every language', () => {
    for (const lang of ['ru', 'ky', 'en'] as const) {
      const demo = demoAnalysis(lang);
      const d = renderDigest(
        buildDigestContent(demo, { month: '2026-10', recipient: who(lang), spreadsheetUrl: URL }),
      );
      expect(Buffer.byteLength(d.html, 'utf8')).toBeLessThanOrEqual(100 * 1024);
      expect(d.subject).toBe(
        {
          ru: 'Korgoo: сводка за октябрь 2026',
          ky: 'Korgoo: айлык жыйынтык, 2026-ж., октябрь',
          en: 'Korgoo: digest for October 2026',
        }[lang],
      );
    }
  });

  test('a bad month is refused', () => {
    expect(() => content(who('en'), '2026-13')).toThrow(/not a month/);
  });
});

describe('size', () => {
  test('a 50-committee programme’s digest stays under 100 KB (Gmail clips at 102 KB)', () => {
    const regions = ['chui', 'issyk_kul', 'naryn', 'talas', 'jalal_abad', 'osh', 'batken'];
    const committees = Array.from({ length: 50 }, (_, i) => ({
      committeeId: `C${String(i).padStart(2, '0')}`,
      name: `Местный комитет по профилактике гендерного и семейного насилия № ${i}`,
      region: regions[i % regions.length],
      settlement: 'x',
      establishedOn: '2025-01-10',
      status: 'active',
    }));
    const events = committees.flatMap((c, i) => [
      {
        committeeId: c.committeeId,
        date: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`,
        type: 'training',
        participants: 12,
      },
    ]);
    const big = fixtureAnalysis({
      committees,
      events,
      members: [],
      cases: [],
      referrals: [],
      assistance: [],
    });
    for (const lang of ['ru', 'ky', 'en'] as const) {
      const d = renderDigest(
        buildDigestContent(big, { month: '2026-10', recipient: who(lang), spreadsheetUrl: URL }),
      );
      expect(Buffer.byteLength(d.html, 'utf8')).toBeLessThanOrEqual(100 * 1024);
    }
  });
});

describe('small-number threshold: no hidden figure comes back by subtraction', () => {
  const hiddenText = (cell: { value: number | null; text: string } | undefined) =>
    cell !== undefined && cell.value === null && /^(<\d+|…)$/.test(cell.text);

  /** One more cash aid in October, one in September: both months' totals would be visible. */
  function cashRows() {
    const rows = fixtureRows();
    const add = (code: string, date: string, kgs: number) => {
      (rows.cases as RowObject[]).push({
        caseCode: code,
        committeeId: 'KANT',
        identifiedOn: date,
        source: 'resident_appeal',
        affectedPerson: 'woman',
        status: 'open',
      });
      (rows.assistance as RowObject[]).push({
        caseCode: code,
        date,
        type: 'cash_aid',
        amountKgs: kgs,
      });
    };
    add('KANT-2026-0901', '2026-10-22', 3000);
    add('KANT-2026-0902', '2026-09-03', 4000);
    return rows;
  }

  test('the year to date hides when it minus the month would show a small count', () => {
    const c = content(who('en', null, 3));
    // 6 in October, 7 in the year: the 1 before October would be 7 − 6.
    expect(row(c, 'headline', 'At-risk families identified')).toEqual(['6', '…', '…']);
    const cash = buildDigestContent(analyse(recordSource(cashRows()), WALL, TODAY), {
      month: '2026-10',
      recipient: who('en', null, 3),
    });
    // 3 cash aids in October (15,000), 4 in the year (19,000): 19,000 − 15,000 is one family's aid.
    expect(row(cash, 'headline', 'Cash aid, KGS')).toEqual(['15,000', '…', '…']);
    expect(renderDigest(cash).text).not.toContain('19,000');
  });

  test('a breakdown never has exactly one hidden figure while its total shows elsewhere', () => {
    const rows = fixtureRows({
      events: [
        ...[1, 2, 3].map((d) => ({
          committeeId: 'KANT',
          date: `2026-10-0${d}`,
          type: 'preventive_meeting',
          participants: 10,
        })),
        ...[4, 5, 6, 7].map((d) => ({
          committeeId: 'TOKM',
          date: `2026-10-0${d}`,
          type: 'training',
          participants: 20,
        })),
        { committeeId: 'NARYN', date: '2026-10-09', type: 'district_meeting', participants: 2 },
      ],
    });
    const code = (i: number) => String((rows.cases as RowObject[])[i]?.caseCode);
    (rows.referrals as RowObject[]).push(
      { caseCode: code(0), date: '2026-10-04', referredTo: 'police', outcome: 'service_received' },
      { caseCode: code(1), date: '2026-10-11', referredTo: 'police', outcome: 'pending' },
    );
    const c = buildDigestContent(analyse(recordSource(rows), WALL, TODAY), {
      month: '2026-10',
      recipient: who('en', null, 3),
    });
    for (const id of [
      'events_by_type',
      'members_by_sector_group',
      'referrals_by_destination',
      'referrals_by_outcome',
    ]) {
      const items = section(c, id).table?.rows ?? [];
      const width = items[0]?.cells.length ?? 0;
      for (let col = 0; col < width; col++) {
        const cells = items.map((r) => r.cells[col]);
        const hidden = cells.filter(hiddenText).length;
        const visible = cells.reduce((sum, cell) => sum + (cell?.value ?? 0), 0);
        expect({ id, col, leak: hidden === 1 && visible > 0 }).toEqual({ id, col, leak: false });
      }
    }
    // The same figure reads the same wherever it appears: headline, events table, plan.
    const events = (label: string) => row(c, 'events_by_type', label);
    expect(row(c, 'headline', 'District-level meetings')[0]).toBe(
      events('District-level meeting')[0],
    );
    expect(row(c, 'headline', 'Trainings and seminars')[0]).toBe(events('Training / seminar')[0]);
    expect(row(c, 'headline', 'Training participants')[0]).toBe(events('Training / seminar')[1]);
    expect(row(c, 'headline', 'Preventive meetings')[0]).toBe(events('Preventive meeting')[0]);
    expect(row(c, 'plan_fulfilment', 'Training / seminar')[0]).toBe(
      events('Training / seminar')[0],
    );
  });
});
