// Draws the app icon, build/icon.png (1024×1024), from which electron-builder makes the macOS
// .icns, the Windows .ico and the Linux icons. Run once by hand (`node scripts/make-icon.mjs`)
// when the design changes; the PNG is committed. @napi-rs/canvas comes with pdfjs-dist.
import { createCanvas } from '@napi-rs/canvas';
import { mkdirSync, writeFileSync } from 'node:fs';

const size = 1024;
const canvas = createCanvas(size, size);
const g = canvas.getContext('2d');

// macOS grid: an 824 px rounded square centred on the 1024 px canvas.
const inset = 100;
const side = size - 2 * inset;
const rounded = (x, y, w, h, r) => {
  g.beginPath();
  g.moveTo(x + r, y);
  g.arcTo(x + w, y, x + w, y + h, r);
  g.arcTo(x + w, y + h, x, y + h, r);
  g.arcTo(x, y + h, x, y, r);
  g.arcTo(x, y, x + w, y, r);
  g.closePath();
};
const bg = g.createLinearGradient(0, inset, 0, inset + side);
bg.addColorStop(0, '#2c5282');
bg.addColorStop(1, '#1a365d');
rounded(inset, inset, side, side, 185);
g.fillStyle = bg;
g.fill();

// A filing: a sheet with a folded corner and lines of text.
const sheet = { x: 322, y: 230, w: 380, h: 500, fold: 110 };
g.beginPath();
g.moveTo(sheet.x, sheet.y);
g.lineTo(sheet.x + sheet.w - sheet.fold, sheet.y);
g.lineTo(sheet.x + sheet.w, sheet.y + sheet.fold);
g.lineTo(sheet.x + sheet.w, sheet.y + sheet.h);
g.lineTo(sheet.x, sheet.y + sheet.h);
g.closePath();
g.fillStyle = '#f7fafc';
g.fill();
g.beginPath();
g.moveTo(sheet.x + sheet.w - sheet.fold, sheet.y);
g.lineTo(sheet.x + sheet.w - sheet.fold, sheet.y + sheet.fold);
g.lineTo(sheet.x + sheet.w, sheet.y + sheet.fold);
g.closePath();
g.fillStyle = '#cbd5e0';
g.fill();
g.fillStyle = '#718096';
for (const [i, w] of [200, 290, 270, 290, 180].entries())
  g.fillRect(sheet.x + 45, sheet.y + 170 + i * 52, w, 18);

// A shield over the sheet's corner: protection.
const s = { x: 640, y: 610, w: 210, h: 250 };
g.beginPath();
g.moveTo(s.x, s.y);
g.quadraticCurveTo(s.x + s.w / 2, s.y + 28, s.x + s.w, s.y);
g.lineTo(s.x + s.w, s.y + s.h * 0.45);
g.quadraticCurveTo(s.x + s.w, s.y + s.h * 0.85, s.x + s.w / 2, s.y + s.h);
g.quadraticCurveTo(s.x, s.y + s.h * 0.85, s.x, s.y + s.h * 0.45);
g.closePath();
g.fillStyle = '#d69e2e';
g.fill();
g.lineWidth = 14;
g.strokeStyle = '#1a365d';
g.stroke();

mkdirSync('build', { recursive: true });
writeFileSync('build/icon.png', canvas.toBuffer('image/png'));
