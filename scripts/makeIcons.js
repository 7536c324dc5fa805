/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png) with plain JavaScript and zlib:
 * a dark-blue rounded square with two overlapping white rings (two organisations working
 * together) and a green tick. Run: node scripts/makeIcons.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;
const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x63, 0xbe, 0x7b];

/** Colour and coverage of one point in the unit square (0..1), or null when transparent. */
function paint(x, y) {
  const r = 0.18;
  const inside = (cx, cy) => (cx - Math.min(Math.max(cx, r), 1 - r)) ** 2 + (cy - Math.min(Math.max(cy, r), 1 - r)) ** 2 <= r * r;
  if (x < 0.03 || x > 0.97 || y < 0.03 || y > 0.97) return null;
  if (!inside((x - 0.03) / 0.94, (y - 0.03) / 0.94)) return null;
  const ring = (cx, cy) => {
    const d = Math.hypot(x - cx, y - cy);
    return d > 0.17 && d < 0.25;
  };
  // The tick: two strokes in the lower right.
  const stroke = (x1, y1, x2, y2, w) => {
    const t = Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)));
    return Math.hypot(x - (x1 + t * (x2 - x1)), y - (y1 + t * (y2 - y1))) < w;
  };
  if (stroke(0.6, 0.74, 0.7, 0.84, 0.05) || stroke(0.7, 0.84, 0.88, 0.62, 0.05)) return GREEN;
  if (ring(0.38, 0.42) || ring(0.6, 0.42)) return WHITE;
  return BLUE;
}

function pixels(size) {
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    data[y * (size * 4 + 1)] = 0; // PNG filter type: none
    for (let x = 0; x < size; x += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const colour = paint((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const n = sum[3];
      data[offset] = n ? Math.round(sum[0] / n) : 0;
      data[offset + 1] = n ? Math.round(sum[1] / n) : 0;
      data[offset + 2] = n ? Math.round(sum[2] / n) : 0;
      data[offset + 3] = Math.round((255 * n) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A PNG file (8-bit RGBA) for a size × size icon. */
function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = path.join(out, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${file} (${size}×${size})`);
}
