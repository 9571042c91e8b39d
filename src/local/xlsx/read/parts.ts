import { isDateFormat } from './date-format';
import { parsePart } from './xml';
import type { ZipParts } from './zip';

export interface SheetEntry {
  readonly name: string;
  /** The sheet's part in the zip, e.g. xl/worksheets/sheet1.xml. */
  readonly part: string;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  /** The workbook counts days from 1904 (old Mac Excel) rather than from 1900. */
  readonly date1904: boolean;
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
}

/** Relationships of a part: id → target part, and the targets by type (its last word). */
interface Relationships {
  readonly byId: ReadonlyMap<string, string>;
  readonly byType: ReadonlyMap<string, string>;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash === -1 ? '' : part.slice(0, slash + 1);
}

/** A relationship's target as a part name: relative to the part's folder, or absolute. */
function resolve(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : dirOf(base) + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function relsPartOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

async function readRelationships(zip: ZipParts, part: string): Promise<Relationships> {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  const rels = relsPartOf(part);
  if (!zip.has(rels)) return { byId, byType };
  await parsePart(zip, rels, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const target = resolve(part, attributes.Target ?? '');
      if (attributes.Id) byId.set(attributes.Id, target);
      const type = (attributes.Type ?? '').split('/').pop() ?? '';
      if (!byType.has(type)) byType.set(type, target);
    },
    close() {},
    text() {},
  });
  return { byId, byType };
}

/** The workbook part, as the package's relationships name it (xl/workbook.xml as a rule). */
export async function workbookPartOf(zip: ZipParts): Promise<string | null> {
  const root = await readRelationships(zip, '');
  const named = root.byType.get('officeDocument');
  if (named && zip.has(named)) return named;
  return zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

export async function readWorkbookPart(zip: ZipParts, part: string): Promise<WorkbookParts> {
  const rels = await readRelationships(zip, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parsePart(zip, part, {
    open(name, attributes) {
      if (name === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      } else if (name === 'sheet') {
        const id = attributes['r:id'] ?? attributes.id ?? '';
        const target = rels.byId.get(id);
        if (attributes.name !== undefined && target)
          sheets.push({ name: attributes.name, part: target });
      }
    },
    close() {},
    text() {},
  });
  const found = (type: string, fallback: string): string | null => {
    const target = rels.byType.get(type);
    if (target && zip.has(target)) return target;
    return zip.has(fallback) ? fallback : null;
  };
  return {
    sheets,
    date1904,
    stylesPart: found('styles', 'xl/styles.xml'),
    sharedStringsPart: found('sharedStrings', 'xl/sharedStrings.xml'),
  };
}

/** For each cell style (the `s` of a cell), whether its number format shows a date. */
export async function readDateStyles(zip: ZipParts, part: string | null): Promise<boolean[]> {
  if (part === null) return [];
  const codes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await parsePart(zip, part, {
    open(name, attributes) {
      if (name === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return formatIds.map((id) => isDateFormat(id, codes.get(id)));
}

/** The shared strings: each the text of its runs (phonetic guides left out). */
export async function readSharedStrings(zip: ZipParts, part: string | null): Promise<string[]> {
  if (part === null) return [];
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parsePart(zip, part, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(name) {
      if (name === 'si') strings.push(current);
      else if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}
