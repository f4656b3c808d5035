#!/usr/bin/env node
// Draws the add-in icons (a green sheet with a rising bar chart and a check mark) and writes them as
// PNGs into assets/. There is no image library in the project, so this holds a minimal PNG encoder
// (8-bit RGBA, filter 0, zlib from node). The PNGs are committed; run this again only to change them:
//   node scripts/make-icons.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');

// Office asks for 16/32/80 px on the ribbon and 32/64/128 px for IconUrl/HighResolutionIconUrl.
const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.resolve(__dirname, '..', 'assets');

// The drawing is laid out on a 16-unit grid so that edges fall on whole pixels at every size
// (all sizes are multiples of 16); only the rounded corners and the check mark's diagonals need the
// 4x4 supersampling below.
const GREEN = [0x10, 0x7c, 0x41, 255]; // Excel's brand green
const WHITE = [255, 255, 255, 255];
const PALE = [0xc9, 0xe9, 0xd6, 255]; // light green for the lower bars, so the check stands out

/** Each shape: `inside(x, y)` in grid units (0..16) and a colour; later shapes paint over earlier ones. */
const SHAPES = [
  { color: GREEN, inside: roundedRect(1, 1, 15, 15, 2.5) },
  { color: PALE, inside: rect(3, 10, 5, 13) },
  { color: PALE, inside: rect(7, 8, 9, 13) },
  { color: WHITE, inside: rect(11, 5, 13, 13) },
  { color: WHITE, inside: rect(2, 13, 14, 14) },
  {
    color: WHITE,
    inside: polyline(
      [
        [2.8, 4.6],
        [4.6, 6.4],
        [8.2, 2.8],
      ],
      1.5,
    ),
  },
];

function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
}

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (!rect(x0, y0, x1, y1)(x, y)) return false;
    // Distance to the nearest corner centre decides the corners; the straight edges are already in.
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** A stroke of the given width along connected segments, with round joins. */
function polyline(points, width) {
  const half = width / 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

/** Renders the shapes at `size` px into a straight (non-premultiplied) RGBA buffer. */
function render(size) {
  const SS = 4; // samples per pixel edge
  const scale = 16 / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) * scale;
          const y = (py + (sy + 0.5) / SS) * scale;
          let color = null;
          for (const shape of SHAPES) if (shape.inside(x, y)) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes an RGBA buffer as a PNG file (colour type 6, bit depth 8, no interlace). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  // bytes 10-12: compression, filter method, interlace = 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES };
