// The parts of a package: looked up by name (OPC names compare without regard to ASCII case),
// inflated only when read and checked as they are (size, CRC, no DTD), replaced or added when the
// writer changes them; every other entry keeps its original compressed bytes.
import { UserError } from '../core/errors';
import { PKG_TEXT } from '../core/text/package';
import { EntryWriter, inflateSteps, makeEntry, readZip, writeZip, type ZipEntry, type ZipSource } from './zip';
import { DtdScanner, XmlProblem } from './xml';

/** Parts whose bytes are XML (their DTD is refused). */
export function isXmlName(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

/** Bookkeeping parts (workbook, rels, styles, content types) are read whole: no real one is near this. */
const MAX_WHOLE_TEXT = 64 * 1024 * 1024;

export class Parts {
  private entries: ZipEntry[];
  private byKey = new Map<string, ZipEntry>();
  private checked = new Set<ZipEntry>();

  constructor(
    bytes: Uint8Array,
    readonly src: ZipSource,
  ) {
    this.entries = readZip(bytes, src);
    for (const e of this.entries) this.byKey.set(e.name.toLowerCase(), e);
  }

  get file(): string {
    return this.src.file;
  }

  has(name: string): boolean {
    return this.byKey.has(name.toLowerCase());
  }

  /** The name as stored (its case), or null. */
  stored(name: string): string | null {
    return this.byKey.get(name.toLowerCase())?.name ?? null;
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** An XmlProblem found in `part`, as the user's message. */
  fail(part: string, e: unknown): never {
    if (e instanceof XmlProblem) throw new UserError(PKG_TEXT.badXml(this.file, part, e.what, this.src.app));
    throw e;
  }

  /** A part's text in pieces as it inflates (null when absent): the whole part is never held. */
  textChunks(name: string): Iterable<string> | null {
    const e = this.byKey.get(name.toLowerCase());
    if (!e) return null;
    return this.decode(e);
  }

  private *decode(e: ZipEntry): Generator<string> {
    const dec = new TextDecoder('utf-8');
    const dtd = new DtdScanner();
    const pending: string[] = [];
    let first = true;
    const sink = (c: Uint8Array) => {
      if (first) {
        first = false;
        if ((c[0] === 0xff && c[1] === 0xfe) || (c[0] === 0xfe && c[1] === 0xff)) throw new UserError(PKG_TEXT.utf16(this.file, e.name));
      }
      dtd.push(c);
      if (dtd.found) throw new UserError(PKG_TEXT.doctype(this.file, e.name));
      pending.push(dec.decode(c, { stream: true }));
    };
    for (const _ of inflateSteps(e, this.src, sink)) {
      void _;
      while (pending.length) yield pending.shift()!;
    }
    const rest = dec.decode();
    if (rest) yield rest;
    this.checked.add(e);
  }

  /** A part's whole text, or null when absent (for the small bookkeeping parts). */
  text(name: string): string | null {
    const e = this.byKey.get(name.toLowerCase());
    if (!e) return null;
    if (e.size > MAX_WHOLE_TEXT) throw new UserError(PKG_TEXT.partTooBig(this.file, e.name, MAX_WHOLE_TEXT));
    const pieces: string[] = [];
    for (const t of this.decode(e)) pieces.push(t);
    return pieces.join('');
  }

  /**
   * Inflates every part not read yet, checking its size and CRC (and that no XML part declares a
   * DTD), keeping nothing: a damaged or hostile part is refused even when nothing reads it.
   */
  checkAll(): void {
    for (const e of this.entries) {
      if (this.checked.has(e)) continue;
      if (isXmlName(e.name)) {
        for (const _ of this.decodeBytesOnly(e)) void _;
      } else {
        for (const _ of inflateSteps(e, this.src, () => undefined)) void _;
      }
      this.checked.add(e);
    }
  }

  private *decodeBytesOnly(e: ZipEntry): Generator<void> {
    const dtd = new DtdScanner();
    yield* inflateSteps(e, this.src, (c) => {
      dtd.push(c);
      if (dtd.found) throw new UserError(PKG_TEXT.doctype(this.file, e.name));
    });
  }

  put(name: string, text: string): void {
    this.set(makeEntry(this.stored(name) ?? name, new TextEncoder().encode(text)));
  }

  /** A writer for a part written piece by piece (deflated as it comes); `commit` puts it in. */
  writer(name: string): EntryWriter {
    return new EntryWriter(this.stored(name) ?? name);
  }

  commit(w: EntryWriter): void {
    this.set(w.finish());
  }

  private set(e: ZipEntry): void {
    const key = e.name.toLowerCase();
    const old = this.byKey.get(key);
    if (old) this.entries[this.entries.indexOf(old)] = e;
    else this.entries.push(e);
    this.byKey.set(key, e);
    this.checked.add(e);
  }

  remove(name: string): void {
    const key = name.toLowerCase();
    const old = this.byKey.get(key);
    if (!old) return;
    this.entries.splice(this.entries.indexOf(old), 1);
    this.byKey.delete(key);
  }

  toBytes(): Uint8Array {
    return writeZip(this.entries);
  }
}
