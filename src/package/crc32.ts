// CRC-32 (IEEE 802.3, as zip uses it). fflate keeps its own CRC internal, and the zip reader must
// check each entry's CRC while it streams, so this small table version lives here.

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** The CRC of `bytes`, continuing from `prev` (the CRC of what came before). */
export function crc32(bytes: Uint8Array, prev = 0): number {
  let c = ~prev;
  const t = TABLE;
  for (let i = 0, n = bytes.length; i < n; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
