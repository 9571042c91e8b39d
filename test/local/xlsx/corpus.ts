import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { strToU8, Zip, type ZipInputFile, ZipPassThrough } from 'fflate';

/**
 * Writes .xlsx files part by part, as other programs write them: parts in any order, cells
 * with or without `r`, inline or shared strings, styles after the sheets, the 1904 system…
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell: a number, an inline string, a date serial styled as a date, or raw XML. */
export type CellSpec = string | number | null | { readonly xml: string };

/** `{ xml }` cells are written as they are; the reference is added where the XML has none. */
export function rowXml(row: number, cells: readonly CellSpec[], withRefs = true): string {
  const parts = cells.map((cell, i) => {
    const ref = withRefs ? ` r="${columnName(i + 1)}${row}"` : '';
    if (cell === null) return '';
    if (typeof cell === 'number') return `<c${ref}><v>${cell}</v></c>`;
    if (typeof cell === 'string')
      return `<c${ref} t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
    return cell.xml.replace(/^<c(?![^>]*\br=)/, `<c${ref}`);
  });
  return `<row${withRefs ? ` r="${row}"` : ''}>${parts.join('')}</row>`;
}

export function columnName(column: number): string {
  let n = column;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A worksheet part from rows (row 1 first) or from raw `<sheetData>` content. */
export function sheetXml(rows: readonly (readonly CellSpec[])[] | string, after = ''): string {
  const data =
    typeof rows === 'string' ? rows : rows.map((cells, i) => rowXml(i + 1, cells)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${data}</sheetData>${after}</worksheet>`;
}

export interface WorkbookSpec {
  /** Sheets by name, in order: the worksheet XML of each. */
  readonly sheets: readonly (readonly [string, string])[];
  readonly sharedStrings?: readonly string[];
  /** The number format of each cell style (`s="1"` is the second); 0 (General) by default. */
  readonly styles?: readonly number[];
  readonly customFormats?: Readonly<Record<number, string>>;
  readonly date1904?: boolean;
  /** Part names in the order they are written to the zip; the others follow. */
  readonly order?: readonly string[];
  /** Parts written without compression (to make a file large). */
  readonly stored?: readonly string[];
}

/** The parts of a workbook, as part name → XML. */
export function workbookParts(spec: WorkbookSpec): Map<string, string> {
  const parts = new Map<string, string>();
  const sheetEntries = spec.sheets
    .map(([name], i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const n = spec.sheets.length;
  parts.set(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  parts.set(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  parts.set(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetEntries}</sheets></workbook>`,
  );
  const rels = spec.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  parts.set(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  spec.sheets.forEach(([, xml], i) => {
    parts.set(`xl/worksheets/sheet${i + 1}.xml`, xml);
  });
  const formats = Object.entries(spec.customFormats ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join('');
  const xfs = (spec.styles ?? [0]).map(
    (numFmtId) =>
      `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''}/>`,
  );
  parts.set(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="${Object.keys(spec.customFormats ?? {}).length}">${formats}</numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`,
  );
  const strings = (spec.sharedStrings ?? []).map((s) =>
    s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${escapeXml(s)}</t></si>`,
  );
  parts.set(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.join('')}</sst>`,
  );
  return parts;
}

/**
 * The parts zipped in the order asked, each with its sizes and CRC in its local header (as
 * LibreOffice and fflate's zipSync lay them out), deflated by Node's zlib: a 40 MB part takes
 * a tenth of the time it took in JavaScript.
 */
export function zipParts(
  parts: ReadonlyMap<string, string | Uint8Array>,
  order: readonly string[] = [],
  stored: readonly string[] = [],
): Uint8Array {
  const names = [
    ...order.filter((name) => parts.has(name)),
    ...[...parts.keys()].filter((name) => !order.includes(name)),
  ];
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const content = parts.get(name) as string | Uint8Array;
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const store = stored.includes(name);
    const data = store ? bytes : deflateRawSync(bytes, { level: 6 });
    const fileName = Buffer.from(name, 'utf8');
    // Bit 11: the name is UTF-8, when it is not plain ASCII.
    const flags = fileName.length === name.length ? 0 : 0x800;
    const fields = (header: Buffer, at: number): void => {
      header.writeUInt16LE(20, at); // version needed: 2.0
      header.writeUInt16LE(flags, at + 2);
      header.writeUInt16LE(store ? 0 : 8, at + 4);
      header.writeUInt16LE(0, at + 6); // 00:00
      header.writeUInt16LE(0x21, at + 8); // 1 January 1980
      header.writeUInt32LE(crc32(bytes), at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(bytes.length, at + 18);
      header.writeUInt16LE(fileName.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, Buffer.from(data.buffer, data.byteOffset, data.length));
    central.push(entry, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

export function writeWorkbook(path: string, spec: WorkbookSpec): string {
  writeFileSync(path, zipParts(workbookParts(spec), spec.order, spec.stored));
  return path;
}

/**
 * A workbook whose Events sheet fills every row Excel allows, 16 cells each (16,777,216 cells,
 * 264 MB of XML, 1.9 MB zipped), never held whole. The sheet is 1,024 times the same block of
 * 1,024 rows: the block is deflated once (native zlib, each piece ending on a sync flush, so the
 * pieces follow one another as one deflate stream) and its bytes repeated, instead of deflating
 * 264 MB (20 s in JavaScript); the file holds exactly the same XML.
 */
export function writeFullSheet(path: string): string {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  for (const [name, xml] of workbookParts({ sheets: [['Events', '']] })) {
    if (name === 'xl/worksheets/sheet1.xml') continue;
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(xml), true);
  }
  const empty = sheetXml('');
  const pieces = [
    { xml: empty.slice(0, empty.indexOf('</sheetData>')), times: 1 },
    { xml: `<row>${'<c><v>1</v></c>'.repeat(16)}</row>`.repeat(1024), times: 1024 },
    { xml: '</sheetData></worksheet>', times: 1, last: true },
  ];
  const sheet: ZipInputFile = {
    filename: 'xl/worksheets/sheet1.xml',
    compression: 8,
    size: 0,
    crc: 0,
  };
  zip.add(sheet);
  for (const { xml, times, last } of pieces) {
    const bytes = Buffer.from(xml, 'utf8');
    const deflated = deflateRawSync(bytes, { level: 1, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    for (let n = 0; n < times; n++) {
      sheet.size += bytes.length;
      sheet.crc = crc32(bytes, sheet.crc);
      sheet.ondata?.(null, deflated, false);
    }
    // The stream ends with an empty final block.
    if (last) sheet.ondata?.(null, deflateRawSync(Buffer.alloc(0)), true);
  }
  zip.end();
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}
