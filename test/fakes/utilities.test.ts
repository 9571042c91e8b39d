/**
 * formatDate keeps each zone's offset by the day instead of asking Intl for every date: what it
 * prints must still be what Intl's tz database says, second by second, on the days a zone
 * changes its clock too.
 */
import { formatDate, wallClockMs } from './utilities';

/** The wall clock of an instant as Intl prints it, with no cache in between. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlWall(instant: Date, timeZone: string): string {
  const format =
    formats.get(timeZone) ??
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
  formats.set(timeZone, format);
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const ms = String(instant.getTime() - Math.floor(instant.getTime() / 1000) * 1000);
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}.${ms.padStart(3, '0')} ${get('weekday')}`;
}

const ZONES = [
  'UTC',
  'Asia/Bishkek',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Apia',
];

/** Instants around clock changes: about one a minute, from an hour before to an hour after. */
const CHANGES = [
  Date.UTC(2024, 2, 31, 1), // Europe/London forward
  Date.UTC(2024, 9, 27, 1), // Europe/London back
  Date.UTC(2024, 2, 10, 7), // America/New_York forward
  Date.UTC(2024, 10, 3, 6), // America/New_York back
  Date.UTC(2024, 3, 6, 15), // Australia/Lord_Howe back half an hour
  Date.UTC(2011, 11, 30, 10), // Pacific/Apia skips a day
  Date.UTC(1991, 2, 30, 21), // Bishkek's last Soviet summer time
  Date.UTC(2005, 7, 11, 21), // Bishkek leaves summer time
];

function instants(): Date[] {
  const all: number[] = [];
  for (const change of CHANGES)
    for (let t = change - 3_600_000; t <= change + 3_600_000; t += 60_001) all.push(t);
  // Sheets' day 0 (30 December 1899) and its times of day, in each zone's local mean time.
  for (let t = Date.UTC(1899, 11, 29); t <= Date.UTC(1899, 11, 31); t += 3_599_999) all.push(t);
  // Dates of a workbook in use: every third day or so of four years, at odd times.
  for (let t = Date.UTC(2023, 0, 1, 0, 0, 1, 7); t < Date.UTC(2027, 0, 1); t += 3 * 86_399_937)
    all.push(t);
  return all.map((t) => new Date(t));
}

test.each(ZONES)('in %s, every wall clock and offset is what Intl says', (zone) => {
  const printed: string[] = [];
  const expected: string[] = [];
  for (const instant of instants()) {
    const wall = intlWall(instant, zone);
    const [date = '', time = ''] = wall.split(' ');
    printed.push(
      `${formatDate(instant, zone, 'yyyy-MM-dd HH:mm:ss.SSS EEE')} ${wallClockMs(instant, zone)}`,
    );
    expected.push(`${wall} ${Date.parse(`${date}T${time}Z`)}`);
  }
  expect(printed.join('\n')).toBe(expected.join('\n'));
});

test('a date before year 100 or an invalid one goes to Intl as it is', () => {
  const early = new Date(Date.UTC(2024, 0, 1));
  early.setUTCFullYear(50);
  expect(formatDate(early, 'UTC', 'yyyy-MM-dd')).toBe('0050-01-01');
  expect(() => formatDate(new Date(Number.NaN), 'UTC', 'yyyy')).toThrow(RangeError);
});
