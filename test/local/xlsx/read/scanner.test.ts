import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { buildDemoRows } from '../../../../src/core/demo';
import { XmlScanner } from '../../../../src/local/xlsx/read/scanner';
import type { XmlHandlers } from '../../../../src/local/xlsx/read/xml';
import { type CellSpec, sheetXml, workbookParts } from '../corpus';
import { writtenByKorgoo } from '../written';

/**
 * The scanner against saxes, the XML parser the reader used before: on every XML part of the
 * corpus (files written by Korgoo's exceljs, re-saved by LibreOffice as .xlsx and .ods, and
 * written part by part the ways other programs write them) both give the same elements,
 * attributes and text, whatever size the chunks come in.
 */

type Event = readonly [string, ...unknown[]];

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Text pieces joined, as every reader of the parts adds them up; the whitespace around the
 * root element, which saxes reports and the scanner does not, left out (no reader is in an
 * element there).
 */
function collector(): { handlers: XmlHandlers; events: Event[] } {
  const events: Event[] = [];
  let text = '';
  let depth = 0;
  const flush = () => {
    if (text !== '' && depth > 0) events.push(['text', text]);
    text = '';
  };
  return {
    events,
    handlers: {
      open(name, attributes) {
        flush();
        depth++;
        events.push(['open', name, { ...attributes }]);
      },
      close(name) {
        flush();
        depth--;
        events.push(['close', name]);
      },
      text(piece) {
        text += piece;
      },
    },
  };
}

function bySaxes(xml: string): Event[] {
  const { handlers, events } = collector();
  const parser = new SaxesParser({ xmlns: false, position: false } as const);
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  parser.on('text', handlers.text);
  parser.on('cdata', handlers.text);
  parser.write(xml).close();
  if (failure) throw failure;
  handlers.close('');
  return events.slice(0, -1);
}

function byScanner(xml: string, chunk: number): Event[] {
  const { handlers, events } = collector();
  const scanner = new XmlScanner(handlers);
  for (let at = 0; at < xml.length; at += chunk) scanner.write(xml.slice(at, at + chunk));
  scanner.close();
  handlers.close('');
  return events.slice(0, -1);
}

const CHUNKS = [1, 3, 64, 1 << 20];

/**
 * The events compared as JSON first (names, attributes and text are strings: the same JSON is
 * the same events), and by toEqual only when the JSON differs, to fail or to show where: on
 * 100,000 events toEqual alone takes seconds.
 */
function expectSame(xml: string): void {
  const expected = bySaxes(xml);
  const json = JSON.stringify(expected);
  for (const chunk of CHUNKS) {
    const events = byScanner(xml, chunk);
    if (JSON.stringify(events) !== json) expect(events).toEqual(expected);
  }
}

/** Every XML part of a zip (an .xlsx or .ods file), by name. */
function xmlParts(zip: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(zip))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([name, bytes]) => [name, strFromU8(bytes)]);
}

const FIXTURES = join(__dirname, '..', 'fixtures');

describe('the scanner reads what saxes reads', () => {
  test.each(['exceljs-ru.xlsx', 'libreoffice-ru.xlsx', 'libreoffice-ru.ods'])(
    'every part of fixtures/%s',
    (file) => {
      const parts = xmlParts(readFileSync(join(FIXTURES, file)));
      expect(parts.length).toBeGreaterThan(3);
      for (const [, xml] of parts) expectSame(xml);
    },
  );

  test('every part of a workbook as Korgoo writes it in Kyrgyz', async () => {
    const path = await writtenByKorgoo('demo', 'ky', buildDemoRows('ky'));
    for (const [, xml] of xmlParts(readFileSync(path))) expectSame(xml);
  });

  test('every part as other programs write them: no r, inline and rich text, 1904, formulas', () => {
    const cells: CellSpec[][] = [
      ['Committee ID', 'Date', 'Type', 'Participants'],
      ['KANT', { xml: '<c t="d"><v>2026-10-03T00:00:00</v></c>' }, 'Обучение & «семинар»', 25],
      [
        { xml: '<c t="str"><f>"KA"&amp;"NT"</f><v>KANT</v></c>' },
        null,
        null,
        { xml: '<c><f>D2</f></c>' },
      ],
      [{ xml: '<c t="e"><f>1/0</f><v>#DIV/0!</v></c>' }, { xml: '<c t="b"><v>1</v></c>' }],
    ];
    const parts = workbookParts({
      sheets: [
        [
          'Мероприятия',
          sheetXml(cells, '<mergeCells count="1"><mergeCell ref="D2:D3"/></mergeCells>'),
        ],
      ],
      sharedStrings: [
        'KANT',
        '<r><rPr><b/></rPr><t>train</t></r><r><t>ing</t></r><rPh><t>トレ</t></rPh>',
      ],
      styles: [0, 14, 164],
      customFormats: { 164: 'dd.mm.yyyy "г."' },
      date1904: true,
    });
    for (const [, xml] of parts) expectSame(xml);
  });

  test.each([
    [
      'entities and character references',
      '<a x="&lt;&amp;&#1078;&#x416;&quot;">&gt;&apos;&#x1F600;&#13;</a>',
    ],
    [
      'CDATA, comments and instructions',
      '<?xml version="1.0"?><!-- c --><a><![CDATA[<b>&amp;]]><!-- <x> --><?pi d?>t</a>',
    ],
    ['CR LF and a lone CR in text and attributes', '<a x="1\r\n2\r3\t4\n5">l1\r\nl2\rl3</a>'],
    ['quotes, spaces around = and prefixes', '<x:a  b = \'v"1\'  c="v\'2" ><x:b/><c\n/></x:a >'],
    ['whitespace between elements and after the root', '  <a>\n  <b> </b>\n</a>\n  '],
    ['a > in attribute values and in text', '<a x="1>2" y=\'>\'><b c="a>b>>c"/>t>u&amp;></a>'],
    ['a byte-order mark is taken off by the decoder, not here', '<a>ё</a>'],
  ])('%s', (_, xml) => {
    expectSame(xml);
  });

  test.each([
    ['a mismatched close tag', '<a><b></a></b>'],
    ['an element never closed', '<a><b></b>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a bare &', '<a>fish & chips</a>'],
    ['text outside the root', '<a/>text'],
    ['two root elements', '<a/><b/>'],
    ['an attribute twice', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a < in an attribute', '<a x="<"/>'],
    ['no element at all', '   '],
    ['a tag cut off at the end', '<a><b'],
  ])('both refuse %s', (_, xml) => {
    expect(() => bySaxes(xml)).toThrow();
    for (const chunk of [1, 3, 1 << 20])
      expect(() => byScanner(xml, chunk)).toThrow(/not well-formed/);
  });

  test('a tag that never ends is refused once longer than any workbook holds, whatever the chunks', () => {
    const piece = 'x'.repeat(1 << 20);
    for (const start of ['<a x="', '<!--']) {
      const scanner = new XmlScanner(collector().handlers);
      scanner.write('<r>');
      expect(() => {
        for (let n = 0; n < 17; n++) scanner.write(n === 0 ? start + piece : piece);
      }).toThrow(/longer than any workbook/);
    }
  });

  test('a DOCTYPE is refused: a workbook has none, and its entities could expand without end', () => {
    const xml = '<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;</a>';
    expect(() => byScanner(xml, 1 << 20)).toThrow(/DOCTYPE/);
  });
});
