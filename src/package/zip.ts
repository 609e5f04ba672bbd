// The zip container of an OOXML package (.xlsx, .xlsm, .docx…), read and written over Uint8Array
// so the same code runs in Node and in the browser. Inflate and deflate are fflate's (small, fast,
// streaming, no Node built-ins); the container itself is parsed here because the layer must refuse
// what a general unzip library accepts silently: names that climb out of the package or repeat,
// a central directory that disagrees with the entries, entries that overlap (the "overlapping
// zip bomb"), sizes past the caps. Unchanged entries are written back as their original
// compressed bytes, so a part the layer does not touch leaves byte for byte.
import { Deflate, Inflate, deflateSync } from 'fflate';
import { UserError, isUserError } from '../core/errors';
import { PKG_TEXT, type PackageApp } from '../core/text/package';
import { crc32 } from './crc32';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date fields as stored. */
  time: number;
  date: number;
  /** The compressed bytes (a view into the input, or new ones). */
  data: Uint8Array;
}

/** Caps on what a package may inflate to: per part and in total (both stated in the refusal). */
export interface ZipLimits {
  part: number;
  total: number;
}

export const ZIP_LIMITS: ZipLimits = { part: 200 * 1024 * 1024, total: 400 * 1024 * 1024 };

/** Who is reading, for the messages: the file's name and the program that re-saves it. */
export interface ZipSource {
  file: string;
  app: PackageApp;
  limits?: ZipLimits;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;

/** True when the bytes start like a zip (a local header, or an empty archive's end record). */
export function looksLikeZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);
}

class Reader {
  private view: DataView;
  constructor(readonly b: Uint8Array) {
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  has(at: number, n: number): boolean {
    return at >= 0 && at + n <= this.b.length;
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  /** A 64-bit little-endian size or offset; anything past 2^53 cannot be a real file position. */
  u64(at: number): number {
    const hi = this.u32(at + 4);
    return hi > 0x1fffff ? Number.MAX_SAFE_INTEGER : hi * 0x100000000 + this.u32(at);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function entryName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag || raw.every((c) => c < 0x80)) {
    try {
      return utf8.decode(raw);
    } catch {
      return latin1.decode(raw);
    }
  }
  return latin1.decode(raw);
}

/** An entry name that could write or read outside the package, or is no part name at all. */
export function unsafeName(name: string): boolean {
  return (
    name === '' ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((s) => s === '..' || s === '.')
  );
}

interface EndRecord {
  count: number;
  cdOffset: number;
  cdSize: number;
  /** Where the end records start: the central directory must end before. */
  endAt: number;
}

function findEnd(r: Reader, src: ZipSource): EndRecord {
  const b = r.b;
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && r.u32(i) === SIG_END && i + 22 + r.u16(i + 20) <= b.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UserError(PKG_TEXT.truncated(src.file));
  if (r.u16(eocd + 4) !== 0 || r.u16(eocd + 6) !== 0) throw new UserError(PKG_TEXT.multiDisk(src.file));
  let count = r.u16(eocd + 10);
  let cdSize = r.u32(eocd + 12);
  let cdOffset = r.u32(eocd + 16);
  let endAt = eocd;
  // Zip64: a locator just before the end record points at the zip64 end record, whose counts win.
  const loc = eocd - 20;
  if (loc >= 0 && r.u32(loc) === SIG_LOCATOR64) {
    const at = r.u64(loc + 8);
    if (!r.has(at, 56) || r.u32(at) !== SIG_END64) throw new UserError(PKG_TEXT.lyingDirectory(src.file, 'bản ghi zip64'));
    if (r.u32(loc + 4) !== 0 || r.u32(at + 16) !== 0 || r.u32(at + 20) !== 0) throw new UserError(PKG_TEXT.multiDisk(src.file));
    count = r.u64(at + 32);
    cdSize = r.u64(at + 40);
    cdOffset = r.u64(at + 48);
    endAt = at;
  } else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new UserError(PKG_TEXT.truncated(src.file));
  }
  if (cdOffset + cdSize > endAt) throw new UserError(PKG_TEXT.lyingDirectory(src.file, 'vị trí mục lục'));
  // Each central record takes at least 46 bytes: a count the directory cannot hold is a lie.
  if (count * 46 > cdSize) throw new UserError(PKG_TEXT.lyingDirectory(src.file, 'số mục'));
  return { count, cdOffset, cdSize, endAt };
}

/** Sizes and offset from a zip64 extra field, for the ones the central record marks 0xFFFFFFFF. */
function zip64Extra(r: Reader, at: number, len: number, need: { size: boolean; csize: boolean; offset: boolean }): { size?: number; csize?: number; offset?: number } {
  const end = at + len;
  for (let p = at; p + 4 <= end; ) {
    const id = r.u16(p);
    const n = r.u16(p + 2);
    if (id === 0x0001) {
      const out: { size?: number; csize?: number; offset?: number } = {};
      let q = p + 4;
      const take = () => {
        if (q + 8 > p + 4 + n) return undefined;
        const v = r.u64(q);
        q += 8;
        return v;
      };
      if (need.size) out.size = take();
      if (need.csize) out.csize = take();
      if (need.offset) out.offset = take();
      return out;
    }
    p += 4 + n;
  }
  return {};
}

/**
 * The entries of a zip in central-directory order, every one checked: a safe, unique name, a
 * supported method, a local header that agrees with the directory, data inside the file and not
 * shared with another entry, declared sizes within the caps. Throws UserError otherwise.
 */
export function readZip(bytes: Uint8Array, src: ZipSource): ZipEntry[] {
  const limits = src.limits ?? ZIP_LIMITS;
  const r = new Reader(bytes);
  if (bytes.length < 22) throw new UserError(PKG_TEXT.truncated(src.file));
  const end = findEnd(r, src);
  const out: ZipEntry[] = [];
  const seen = new Set<string>();
  const spans: [number, number][] = [];
  let total = 0;
  let p = end.cdOffset;
  const cdEnd = end.cdOffset + end.cdSize;
  for (let k = 0; k < end.count; k++) {
    if (p + 46 > cdEnd || r.u32(p) !== SIG_CENTRAL) throw new UserError(PKG_TEXT.lyingDirectory(src.file, 'mục lục bị cắt hoặc sai'));
    const flags = r.u16(p + 8);
    const method = r.u16(p + 10);
    const time = r.u16(p + 12);
    const date = r.u16(p + 14);
    const crc = r.u32(p + 16);
    let compressedSize = r.u32(p + 20);
    let size = r.u32(p + 24);
    const nameLen = r.u16(p + 28);
    const extraLen = r.u16(p + 30);
    const commentLen = r.u16(p + 32);
    const disk = r.u16(p + 34);
    let local = r.u32(p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > cdEnd) throw new UserError(PKG_TEXT.lyingDirectory(src.file, 'mục lục bị cắt'));
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = entryName(rawName, (flags & 0x800) !== 0);
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff) {
      const z = zip64Extra(r, p + 46 + nameLen, extraLen, { size: size === 0xffffffff, csize: compressedSize === 0xffffffff, offset: local === 0xffffffff });
      if (size === 0xffffffff) size = z.size ?? -1;
      if (compressedSize === 0xffffffff) compressedSize = z.csize ?? -1;
      if (local === 0xffffffff) local = z.offset ?? -1;
      if (size < 0 || compressedSize < 0 || local < 0) throw new UserError(PKG_TEXT.lyingDirectory(src.file, `kích thước zip64 của "${name}"`));
    }
    p += 46 + nameLen + extraLen + commentLen;

    if (unsafeName(name)) throw new UserError(PKG_TEXT.badEntryName(src.file, name));
    // OPC part names compare without regard to ASCII case.
    const key = name.toLowerCase();
    if (seen.has(key)) throw new UserError(PKG_TEXT.duplicateEntry(src.file, name));
    seen.add(key);
    if (flags & 0x41) throw new UserError(PKG_TEXT.zipEncrypted(src.file));
    if (method !== 0 && method !== 8) throw new UserError(PKG_TEXT.zipMethod(src.file, name, method));
    if (disk !== 0 && disk !== 0xffff) throw new UserError(PKG_TEXT.multiDisk(src.file));
    if (method === 0 && compressedSize !== size) throw new UserError(PKG_TEXT.lyingDirectory(src.file, `kích thước của "${name}"`));
    if (size > limits.part) throw new UserError(PKG_TEXT.partTooBig(src.file, name, limits.part));
    total += size;
    if (total > limits.total) throw new UserError(PKG_TEXT.totalTooBig(src.file, limits.total));

    if (!r.has(local, 30)) throw new UserError(PKG_TEXT.truncated(src.file));
    if (r.u32(local) !== SIG_LOCAL) throw new UserError(PKG_TEXT.lyingDirectory(src.file, `vị trí của "${name}"`));
    const localName = bytes.subarray(local + 30, local + 30 + r.u16(local + 26));
    if (r.u16(local + 8) !== method || !sameBytes(localName, rawName)) throw new UserError(PKG_TEXT.lyingDirectory(src.file, `tên hoặc kiểu nén của "${name}"`));
    const localFlags = r.u16(local + 6);
    if (!(localFlags & 0x08)) {
      const lc = r.u32(local + 14);
      const lcs = r.u32(local + 18);
      const ls = r.u32(local + 22);
      const sizesAgree = (lcs === 0xffffffff || lcs === compressedSize) && (ls === 0xffffffff || ls === size);
      if (lc !== crc || !sizesAgree) throw new UserError(PKG_TEXT.lyingDirectory(src.file, `kích thước hoặc mã kiểm tra của "${name}"`));
    }
    const start = local + 30 + r.u16(local + 26) + r.u16(local + 28);
    if (start + compressedSize > bytes.length) throw new UserError(PKG_TEXT.truncated(src.file));
    if (start + compressedSize > end.cdOffset) throw new UserError(PKG_TEXT.lyingDirectory(src.file, `"${name}" chồng lên mục lục`));
    spans.push([local, start + compressedSize]);
    out.push({ name, method, crc, compressedSize, size, time, date, data: bytes.subarray(start, start + compressedSize) });
  }
  if (p !== cdEnd) throw new UserError(PKG_TEXT.lyingDirectory(src.file, 'độ dài mục lục'));
  // Two directory records sharing bytes is how a small file inflates to gigabytes many times over.
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < spans[i - 1][1]) throw new UserError(PKG_TEXT.lyingDirectory(src.file, 'hai mục dùng chung dữ liệu'));
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Compressed bytes handed to inflate per step: a step of a bomb inflates to at most ~1,000× this. */
const STEP = 16 * 1024;

/**
 * Inflates an entry chunk by chunk into `sink`, one step (a slice of compressed bytes) per
 * iteration, stopping the moment it passes its declared size (which readZip already held to the
 * cap); at the end the size and the CRC must match. A generator, so a reader can consume the text
 * as it comes and the whole part is never held.
 */
export function* inflateSteps(e: ZipEntry, src: ZipSource, sink: (chunk: Uint8Array) => void): Generator<void> {
  let got = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    got += chunk.length;
    if (got > e.size) throw new UserError(PKG_TEXT.lyingDirectory(src.file, `"${e.name}" giải nén ra nhiều hơn kích thước khai báo`));
    crc = crc32(chunk, crc);
    if (chunk.length) sink(chunk);
  };
  const guard = (f: () => void) => {
    try {
      f();
    } catch (err) {
      if (isUserError(err)) throw err;
      throw new UserError(PKG_TEXT.corruptPart(src.file, e.name));
    }
  };
  if (e.method === 0) {
    for (let p = 0; p < e.data.length; p += STEP * 16) {
      take(e.data.subarray(p, Math.min(e.data.length, p + STEP * 16)));
      yield;
    }
  } else if (e.data.length > 0 || e.size > 0) {
    const inf = new Inflate((chunk) => take(chunk));
    if (e.data.length === 0) guard(() => inf.push(new Uint8Array(0), true));
    for (let p = 0; p < e.data.length; p += STEP) {
      guard(() => inf.push(e.data.subarray(p, Math.min(e.data.length, p + STEP)), p + STEP >= e.data.length));
      yield;
    }
  }
  if (got !== e.size) throw new UserError(PKG_TEXT.lyingDirectory(src.file, `"${e.name}" giải nén ra ít hơn kích thước khai báo`));
  if (crc !== e.crc) throw new UserError(PKG_TEXT.corruptPart(src.file, e.name));
}

/** inflateSteps run to the end. */
export function inflateTo(e: ZipEntry, src: ZipSource, sink: (chunk: Uint8Array) => void): void {
  for (const _ of inflateSteps(e, src, sink)) void _;
}

/** An entry's bytes, whole (for parts that are read whole: small ones). */
export function inflateEntry(e: ZipEntry, src: ZipSource): Uint8Array {
  const out = new Uint8Array(e.size);
  let at = 0;
  inflateTo(e, src, (c) => {
    out.set(c, at);
    at += c.length;
  });
  return out;
}

/** DOS time/date of 1980-01-01 00:00: parts the layer writes carry it, so runs give the same bytes. */
const FIXED_TIME = 0;
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;
/**
 * zlib's default level. fflate deflates the bench's 40 MB band sheet in ~1 s at 6; level 3 took half
 * that for a file 16% larger, which a user sending the result by mail would notice more.
 */
const LEVEL = 6;

/** A new entry from bytes, deflated. */
export function makeEntry(name: string, raw: Uint8Array): ZipEntry {
  const data = deflateSync(raw, { level: LEVEL });
  return { name, method: 8, crc: crc32(raw), compressedSize: data.length, size: raw.length, time: FIXED_TIME, date: FIXED_DATE, data };
}

const encoder = new TextEncoder();

/**
 * A new entry written as text arrives, encoded and deflated in batches of about 1 MB: the text of
 * a large part is never held whole, only its compressed bytes.
 */
export class EntryWriter {
  private out: Uint8Array[] = [];
  private outLen = 0;
  private z: Deflate;
  private crc = 0;
  private size = 0;
  private batch: string[] = [];
  private batchLen = 0;

  constructor(readonly name: string) {
    this.z = new Deflate({ level: LEVEL }, (chunk) => {
      this.out.push(chunk);
      this.outLen += chunk.length;
    });
  }

  write(text: string): void {
    this.batch.push(text);
    this.batchLen += text.length;
    if (this.batchLen >= 1 << 20) this.flush(false);
  }

  private flush(final: boolean): void {
    const b = encoder.encode(this.batch.join(''));
    this.batch = [];
    this.batchLen = 0;
    this.crc = crc32(b, this.crc);
    this.size += b.length;
    this.z.push(b, final);
  }

  finish(): ZipEntry {
    this.flush(true);
    return { name: this.name, method: 8, crc: this.crc, compressedSize: this.outLen, size: this.size, time: FIXED_TIME, date: FIXED_DATE, data: concat(this.out, this.outLen) };
  }
}

function concat(parts: Uint8Array[], len: number): Uint8Array {
  const out = new Uint8Array(len);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The zip of these entries, in order: names UTF-8, no extra fields, no comments, so the same
 * entries always give the same bytes. Packages here stay far below 4 GB (the caps), so no zip64.
 */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const names = entries.map((e) => encoder.encode(e.name));
  // More than 65,535 entries need the zip64 end records (the count field has 16 bits).
  const many = entries.length > 0xffff;
  let len = 22 + (many ? 56 + 20 : 0);
  entries.forEach((e, i) => (len += 30 + 46 + 2 * names[i].length + e.data.length));
  if (len > 0xffffffff) throw new RangeError('package too large for a zip without zip64');
  const out = new Uint8Array(len);
  const v = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(at);
    v.setUint32(at, SIG_LOCAL, true);
    v.setUint16(at + 4, 20, true);
    v.setUint16(at + 6, 0x800, true);
    v.setUint16(at + 8, e.method, true);
    v.setUint16(at + 10, e.time, true);
    v.setUint16(at + 12, e.date, true);
    v.setUint32(at + 14, e.crc, true);
    v.setUint32(at + 18, e.compressedSize, true);
    v.setUint32(at + 22, e.size, true);
    v.setUint16(at + 26, names[i].length, true);
    v.setUint16(at + 28, 0, true);
    out.set(names[i], at + 30);
    out.set(e.data, at + 30 + names[i].length);
    at += 30 + names[i].length + e.data.length;
  });
  const cdStart = at;
  entries.forEach((e, i) => {
    v.setUint32(at, SIG_CENTRAL, true);
    v.setUint16(at + 4, 20, true);
    v.setUint16(at + 6, 20, true);
    v.setUint16(at + 8, 0x800, true);
    v.setUint16(at + 10, e.method, true);
    v.setUint16(at + 12, e.time, true);
    v.setUint16(at + 14, e.date, true);
    v.setUint32(at + 16, e.crc, true);
    v.setUint32(at + 20, e.compressedSize, true);
    v.setUint32(at + 24, e.size, true);
    v.setUint16(at + 28, names[i].length, true);
    v.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  const cdSize = at - cdStart;
  if (many) {
    const end64 = at;
    v.setUint32(at, SIG_END64, true);
    v.setBigUint64(at + 4, 44n, true);
    v.setUint16(at + 12, 45, true);
    v.setUint16(at + 14, 45, true);
    v.setBigUint64(at + 24, BigInt(entries.length), true);
    v.setBigUint64(at + 32, BigInt(entries.length), true);
    v.setBigUint64(at + 40, BigInt(cdSize), true);
    v.setBigUint64(at + 48, BigInt(cdStart), true);
    at += 56;
    v.setUint32(at, SIG_LOCATOR64, true);
    v.setBigUint64(at + 8, BigInt(end64), true);
    v.setUint32(at + 16, 1, true);
    at += 20;
  }
  v.setUint32(at, SIG_END, true);
  v.setUint16(at + 8, Math.min(entries.length, 0xffff), true);
  v.setUint16(at + 10, Math.min(entries.length, 0xffff), true);
  v.setUint32(at + 12, cdSize, true);
  v.setUint32(at + 16, cdStart, true);
  return out;
}
