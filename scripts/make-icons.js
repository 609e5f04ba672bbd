#!/usr/bin/env node
// Draws the add-in icons (16, 32, 64, 80 px) without any image library: a rounded square in the
// brand colour with a white check mark inside a small laurel (two arcs of leaves). Pixels are
// computed from signed distances and supersampled, then written as RGBA PNGs with zlib, so the
// icons can be regenerated on any machine: `node scripts/make-icons.js`.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BRAND = [0xb3, 0x1b, 0x1b]; // deep red of Vietnamese award certificates
const GOLD = [0xf2, 0xc1, 0x4e];
const WHITE = [0xff, 0xff, 0xff];
const SIZES = [16, 32, 64, 80];

// ---------------------------------------------------------------- PNG encoding

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** rgba: Uint8Array of size*size*4. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- drawing (unit square 0..1)

function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, r) {
  const m = 0.04; // margin
  const qx = Math.abs(x - 0.5) - (0.5 - m - r);
  const qy = Math.abs(y - 0.5) - (0.5 - m - r);
  const out = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  return out <= 0;
}

/** Leaves of the laurel: small ellipses along two arcs under and around the check. */
const LEAVES = (() => {
  const leaves = [];
  const cx = 0.5, cy = 0.52, R = 0.33;
  for (const side of [-1, 1]) {
    for (let i = 0; i < 5; i++) {
      const a = (Math.PI / 2) + side * (0.45 + i * 0.33); // from the bottom up each side
      const x = cx + R * Math.cos(a);
      const y = cy + R * Math.sin(a);
      const tangent = a + side * (Math.PI / 2);
      leaves.push({ x, y, angle: tangent });
    }
  }
  return leaves;
})();

function insideLeaf(x, y, leaf, big) {
  const dx = x - leaf.x, dy = y - leaf.y;
  const c = Math.cos(-leaf.angle), s = Math.sin(-leaf.angle);
  const u = dx * c - dy * s, v = dx * s + dy * c;
  const a = big ? 0.075 : 0.06, b = big ? 0.035 : 0.028;
  return (u * u) / (a * a) + (v * v) / (b * b) <= 1;
}

/** Colour of one sample point, or null for transparent. */
function sample(x, y, size) {
  if (!insideRoundedSquare(x, y, 0.16)) return null;
  const small = size <= 16;
  // The check mark, thicker on small icons so it stays legible.
  const w = small ? 0.11 : 0.075;
  const d = Math.min(segDist(x, y, 0.3, 0.5, 0.44, 0.64), segDist(x, y, 0.44, 0.64, 0.72, 0.34));
  if (d <= w) return WHITE;
  // The laurel only where there are enough pixels to show it.
  if (!small) for (const leaf of LEAVES) if (insideLeaf(x, y, leaf, size >= 64)) return GOLD;
  return BRAND;
}

function draw(size) {
  const rgba = new Uint8Array(size * size * 4);
  const N = 4; // 4×4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const c = sample((px + (sx + 0.5) / N) / size, (py + (sy + 0.5) / N) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (N * N));
      }
    }
  }
  return rgba;
}

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, draw(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)} (${size}×${size})\n`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, draw, SIZES };
