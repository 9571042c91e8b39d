import type { XmlHandlers } from './xml';

/**
 * A small XML scanner for the parts of an .xlsx file: elements, attributes, text, CDATA, the
 * five named entities and character references; comments, processing instructions and the
 * declaration are skipped, a DOCTYPE is refused (a workbook has none; entities it declared
 * could expand without end). It reads what saxes reads (test/local/xlsx/read/scanner.test.ts
 * compares both on every part of the corpus) in about a third of the time: a sheet of 100,000
 * events is two million tags, and saxes checks each name character by character.
 *
 * Text is handed over in pieces (a text cut between two chunks comes in two calls); element
 * names without their prefix (`x:c` is `c`), attribute names as written.
 */
export class XmlScanner {
  private rest = '';
  private readonly open: string[] = [];
  /** The local name of each open element (its name without the prefix). */
  private readonly openLocal: string[] = [];
  private rootSeen = false;
  /**
   * Whether what is left is the start of a tag with no `>` yet: no tag, comment or CDATA section
   * ends without one, so a chunk without `>` is only added to it, not scanned again from the
   * tag's start (fed in small chunks, a tag would otherwise be read once per chunk).
   */
  private restWantsGt = false;

  constructor(private readonly handlers: XmlHandlers) {}

  write(chunk: string): void {
    if (this.restWantsGt && !chunk.includes('>')) {
      this.rest += chunk;
      if (this.rest.length > MAX_TOKEN_CHARS) fail('a tag longer than any workbook holds');
      return;
    }
    let text = chunk;
    let from = 0;
    if (this.rest !== '') {
      // The token cut at the end of the last chunk is finished on its own, up to the first >:
      // joined to the whole chunk, every character of the chunk would be read through the join,
      // a third slower.
      const gt = chunk.indexOf('>');
      const head = this.rest + (gt === -1 ? chunk : chunk.slice(0, gt + 1));
      if (gt === -1) text = head;
      else {
        const done = this.scan(head, 0, false);
        if (done === head.length) from = gt + 1;
        // Still unfinished (a > inside an attribute value): joined after all.
        else text = head.slice(done) + chunk.slice(gt + 1);
      }
    }
    this.rest = text.slice(this.scan(text, from, false));
    this.restWantsGt = this.rest.charCodeAt(0) === 0x3c /* < */ && !this.rest.includes('>');
  }

  /** The end of the part: what is left must be nothing, every element closed. */
  close(): void {
    const end = this.scan(this.rest, 0, true);
    if (end < this.rest.length) fail('the part ends inside a tag');
    this.rest = '';
    this.restWantsGt = false;
    if (this.open.length > 0) fail(`<${this.open[this.open.length - 1]}> is never closed`);
    if (!this.rootSeen) fail('the part holds no element');
  }

  /** Scans complete tokens of `text` from `from`; returns where the unfinished one begins. */
  private scan(text: string, from: number, last: boolean): number {
    const { handlers } = this;
    let at = from;
    const length = text.length;
    while (at < length) {
      // Most tags follow one another or a short text: a call to indexOf for each would cost
      // more than the tag, so the first characters are looked at in place.
      let lt = at;
      const near = Math.min(length, at + 64);
      while (lt < near && text.charCodeAt(lt) !== 0x3c /* < */) lt++;
      if (lt === near && near < length) lt = text.indexOf('<', near);
      else if (lt === length) lt = -1;
      if (lt !== at) {
        // Text up to the next tag (or up to the end of what has come, keeping an unfinished
        // entity or a CR that may be half of CR LF for the next chunk).
        let end = lt === -1 ? length : lt;
        if (lt === -1 && !last) end = safeTextEnd(text, at, length);
        if (end > at) this.text(text.slice(at, end));
        if (lt === -1) return end;
        at = lt;
      }
      if (at + 1 >= length) return last ? fail('the part ends inside a tag') : at;
      const next = text.charCodeAt(at + 1);
      if (next === 0x2f /* / */) {
        const expected = this.open[this.open.length - 1];
        const end = at + 2 + (expected?.length ?? 0);
        // The usual close tag, `</name>` right after its name, checked without searching for >.
        if (
          expected !== undefined &&
          text.charCodeAt(end) === 0x3e /* > */ &&
          isAt(text, at + 2, expected)
        ) {
          this.open.pop();
          handlers.close(this.openLocal.pop() as string);
          at = end + 1;
          continue;
        }
        const gt = text.indexOf('>', at + 2);
        if (gt === -1) return this.unfinished(at, length, last);
        // Compared in place: a sheet closes millions of tags, each slice would be garbage.
        this.open.pop();
        if (
          expected === undefined ||
          !text.startsWith(expected, at + 2) ||
          (end !== gt && text.slice(end, gt).trim() !== '')
        )
          fail(`</${text.slice(at + 2, gt)}> closes <${expected ?? 'nothing'}>`);
        handlers.close(this.openLocal.pop() as string);
        at = gt + 1;
      } else if (next === 0x3f /* ? */) {
        const end = text.indexOf('?>', at + 2);
        if (end === -1) return this.unfinished(at, length, last);
        at = end + 2;
      } else if (next === 0x21 /* ! */) {
        if (text.startsWith('<!--', at)) {
          const end = text.indexOf('-->', at + 4);
          if (end === -1) return this.unfinished(at, length, last);
          at = end + 3;
        } else if (text.startsWith('<![CDATA[', at)) {
          const end = text.indexOf(']]>', at + 9);
          if (end === -1) return this.unfinished(at, length, last);
          if (this.open.length === 0) fail('CDATA outside the root element');
          handlers.text(text.slice(at + 9, end));
          at = end + 3;
        } else if (!last && isStartOfDeclaration(text.slice(at, at + 9))) {
          return at;
        } else {
          fail('a DOCTYPE or unknown declaration');
        }
      } else if (
        next >= 0x61 /* a */ &&
        next <= 0x7a /* z */ &&
        at + 2 < length &&
        text.charCodeAt(at + 2) === 0x3e /* > */ &&
        this.open.length > 0
      ) {
        // `<v>`, `<t>`, `<c>`: a one-letter name without attributes inside the root, the most
        // frequent tag of a sheet, opened here without the attribute loop.
        const name = text[at + 1] as string;
        this.handlers.open(name, NO_ATTRIBUTES);
        this.open.push(name);
        this.openLocal.push(name);
        at += 3;
      } else {
        const end = this.openTag(text, at);
        if (end === -1) return this.unfinished(at, length, last);
        at = end;
      }
    }
    return at;
  }

  private unfinished(at: number, length: number, last: boolean): number {
    if (last) fail('the part ends inside a tag');
    // A tag, comment or CDATA section this long is no workbook's.
    if (length - at > MAX_TOKEN_CHARS) fail('a tag longer than any workbook holds');
    return at;
  }

  private text(raw: string): void {
    if (this.open.length === 0) {
      if (raw.trim() !== '') fail('text outside the root element');
      return;
    }
    this.handlers.text(decodeText(raw));
  }

  /** Reads `<name attr="value" …>` or `<name …/>` at `at`; -1 when it is not complete yet. */
  private openTag(text: string, at: number): number {
    let i = at + 1;
    const length = text.length;
    // Where the prefix ends, found on the way: the local name is the rest.
    let colon = -1;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (isNameEnd(code)) break;
      if (code === 0x3a /* : */ && colon === -1) colon = i;
    }
    if (i >= length) return -1;
    const name = text.slice(at + 1, i);
    if (name === '') fail('a tag without a name');
    const nameEnd = i;
    let attributes: Record<string, string> = NO_ATTRIBUTES;
    for (;;) {
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const code = text.charCodeAt(i);
      if (code === 0x3e /* > */ || code === 0x2f /* / */) {
        const selfClosing = code === 0x2f;
        if (selfClosing) {
          if (i + 1 >= length) return -1;
          if (text.charCodeAt(i + 1) !== 0x3e) fail(`a stray / in <${name}>`);
        }
        if (this.open.length === 0) {
          if (this.rootSeen) fail('a second root element');
          this.rootSeen = true;
        }
        const local = colon === -1 ? name : text.slice(colon + 1, nameEnd);
        this.handlers.open(local, attributes);
        if (selfClosing) {
          this.handlers.close(local);
          return i + 2;
        }
        this.open.push(name);
        this.openLocal.push(local);
        return i + 1;
      }
      const nameStart = i;
      while (i < length && !isNameEnd(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x3d) i++;
      const attribute = text.slice(nameStart, i);
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      if (text.charCodeAt(i) !== 0x3d /* = */ || attribute === '')
        fail(`an attribute without a value in <${name}>`);
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const quote = text.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) fail(`an unquoted attribute in <${name}>`);
      // The closing quote found in place, telling on the way whether the value is as written:
      // most values are "A1" or "3", one pass instead of indexOf and a second look.
      let close = i + 1;
      let plain = true;
      for (; close < length; close++) {
        const code = text.charCodeAt(close);
        if (code === quote) break;
        if (!isPlainValueChar(code)) plain = false;
      }
      if (close >= length) return -1;
      const raw = text.slice(i + 1, close);
      if (attributes === NO_ATTRIBUTES) attributes = {};
      else if (Object.hasOwn(attributes, attribute))
        fail(`the attribute ${attribute} twice in <${name}>`);
      attributes[attribute] = plain ? raw : decodeAttribute(raw, name);
      i = close + 1;
      const after = i < length ? text.charCodeAt(i) : -1;
      if (after !== -1 && !isSpace(after) && after !== 0x3e && after !== 0x2f)
        fail(`attributes without a space between them in <${name}>`);
    }
  }
}

/** Whether `text` holds `name` at `at` (compared in place: most names are a letter or two). */
function isAt(text: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++)
    if (text.charCodeAt(at + k) !== name.charCodeAt(k)) return false;
  return true;
}

/** Tags, comments and CDATA sections are held whole until complete: at most this long. */
const MAX_TOKEN_CHARS = 16 * 1024 * 1024;

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

class XmlScanError extends Error {}

function fail(why: string): never {
  throw new XmlScanError(`not well-formed XML: ${why}`);
}

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

const isNameEnd = (code: number): boolean =>
  isSpace(code) || code === 0x3e /* > */ || code === 0x2f /* / */;

/** The start of `<!--` or `<![CDATA[` cut off by the end of a chunk. */
const isStartOfDeclaration = (head: string): boolean =>
  (head.length < 4 && '<!--'.startsWith(head)) || (head.length < 9 && '<![CDATA['.startsWith(head));

/** Where text that has not ended yet may be cut: before an unfinished entity or a last CR. */
function safeTextEnd(text: string, from: number, length: number): number {
  let end = length;
  const amp = text.lastIndexOf('&', length - 1);
  if (amp >= from && text.indexOf(';', amp) === -1) end = amp;
  if (end > from && text.charCodeAt(end - 1) === 0x0d) end--;
  return end;
}

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function decodeEntities(raw: string): string {
  return raw.replace(/&([^;&]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) fail(`an & not followed by an entity: ${whole.slice(0, 20)}`);
    const named = NAMED[body];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(body)
      ? Number.parseInt(body.slice(2), 16)
      : /^#[0-9]+$/.test(body)
        ? Number(body.slice(1))
        : -1;
    if (!isXmlChar(code)) fail(`an unknown entity &${body};`);
    return String.fromCodePoint(code);
  });
}

const isXmlChar = (code: number): boolean =>
  code === 0x09 ||
  code === 0x0a ||
  code === 0x0d ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** Text as XML gives it: CR LF and a lone CR are LF, entities decoded. */
function decodeText(raw: string): string {
  if (isPlainText(raw)) return raw;
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return lines.includes('&') ? decodeEntities(lines) : lines;
}

/** Whether text is as written, no CR and no entity: looked at in place when short (most are). */
function isPlainText(raw: string): boolean {
  if (raw.length > 32) return !raw.includes('\r') && !raw.includes('&');
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x0d || code === 0x26 /* & */) return false;
  }
  return true;
}

/** Whether a character of an attribute value is as written: no entity, no tab, CR, LF or <. */
const isPlainValueChar = (code: number): boolean =>
  code >= 0x20 && code !== 0x26 /* & */ && code !== 0x3c; /* < */

/** An attribute's value as XML gives it: each tab, CR, LF a space (CR LF one), entities decoded. */
function decodeAttribute(raw: string, tag: string): string {
  if (raw.includes('<')) fail(`a < in an attribute of <${tag}>`);
  const spaced = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return spaced.includes('&') ? decodeEntities(spaced) : spaced;
}
