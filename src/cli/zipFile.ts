// A minimal zip reader/writer over Node's native zlib, for .xlsx packages. JSZip inflates and
// deflates in JavaScript (pako), which took seconds on a 50,000-row workbook; here unchanged parts
// are copied as their original compressed bytes (byte for byte, no recompression) and changed parts
// are deflated natively. Only what .xlsx writers produce is supported (stored/deflated entries,
// no encryption, no zip64); anything else throws, and the caller falls back to the exceljs path.
import * as zlib from 'zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date fields as stored. */
  time: number;
  date: number;
  /** The compressed bytes (a view into the input). */
  data: Buffer;
}

export class ZipError extends Error {}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

const nativeCrc = (zlib as unknown as { crc32?: (b: Buffer) => number }).crc32;

export function crc32(buf: Buffer, prev = 0): number {
  if (nativeCrc) return (nativeCrc as (b: Buffer, v: number) => number)(buf, prev) >>> 0;
  let c = prev ^ -1;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** The entries of a zip, in central-directory order. */
export function readZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ZipError('zip64');
  const out: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipError('bad central directory');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    if (flags & 1) throw new ZipError('encrypted entry');
    if (method !== 0 && method !== 8) throw new ZipError(`compression method ${method}`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new ZipError('bad local header');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressedSize > buf.length) throw new ZipError('truncated entry');
    out.push({ name, method, crc, compressedSize, size, time, date, data: buf.subarray(start, start + compressedSize) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** An entry's bytes, checked against its size and CRC. */
export function inflateEntry(e: ZipEntry): Buffer {
  let out: Buffer;
  try {
    out = e.method === 0 ? Buffer.from(e.data) : zlib.inflateRawSync(e.data);
  } catch {
    throw new ZipError(`entry ${e.name} does not inflate`);
  }
  if (out.length !== e.size || crc32(out) !== e.crc) throw new ZipError(`entry ${e.name} is corrupt`);
  return out;
}

/** DOS time/date of 1980-01-01 00:00: parts we write carry it, so the same input gives the same bytes. */
const FIXED_TIME = 0;
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;

/** A new entry from content (deflated natively). */
export function makeEntry(name: string, content: Buffer | string): ZipEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const data = zlib.deflateRawSync(raw, { level: 6 });
  return { name, method: 8, crc: crc32(raw), compressedSize: data.length, size: raw.length, time: FIXED_TIME, date: FIXED_DATE, data };
}

/** A new entry from pieces of text, deflated in batches of about 1 MB as they come. */
export async function deflatePieces(name: string, pieces: Iterable<string>): Promise<ZipEntry> {
  const out: Buffer[] = [];
  const z = zlib.createDeflateRaw({ level: 6 });
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  let batch: string[] = [];
  let batchLen = 0;
  const flush = async () => {
    if (!batch.length) return;
    const b = Buffer.from(batch.join(''), 'utf8');
    batch = [];
    batchLen = 0;
    crc = crc32(b, crc);
    size += b.length;
    z.write(b);
    // Let deflate run beside the text being made (the other core), waiting only when it falls far behind.
    if (z.writableLength > 32 << 20) await new Promise<void>((r) => z.once('drain', () => r()));
  };
  for (const piece of pieces) {
    batch.push(piece);
    batchLen += piece.length;
    if (batchLen >= 1 << 20) await flush();
  }
  await flush();
  z.end();
  await done;
  const data = Buffer.concat(out);
  if (size > 0xffffffff || data.length > 0xffffffff) throw new ZipError('part too large for a zip without zip64');
  return { name, method: 8, crc, compressedSize: data.length, size, time: FIXED_TIME, date: FIXED_DATE, data };
}

/** The zip of these entries, in order (names UTF-8). */
export function writeZip(entries: ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x800, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt16LE(e.time, 10);
    h.writeUInt16LE(e.date, 12);
    h.writeUInt32LE(e.crc, 14);
    h.writeUInt32LE(e.compressedSize, 18);
    h.writeUInt32LE(e.size, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt16LE(e.time, 12);
    c.writeUInt16LE(e.date, 14);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.compressedSize, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    chunks.push(h, name, e.data);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}
