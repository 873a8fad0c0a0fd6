// Renders build/icon.svg into every icon electron-builder and the tray need, so the app icon
// has one source. Run after editing the SVG: `node scripts/package/make-icons.mjs`; the
// outputs are committed (packaging must not depend on a renderer being installed).
//   build/icon.png        1024 px, electron-builder's fallback and the About box
//   build/icons/NxN.png   Linux (AppImage, deb) sizes
//   build/icon.icns       macOS;  build/icon.ico  Windows (16-256 px)
//   build/tray/           tray / menu-bar images (see main/shell/tray.ts)
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = path.resolve(import.meta.dirname, '..', '..');
const build = path.join(root, 'build');
const svg = fs.readFileSync(path.join(build, 'icon.svg'));

function render(source, size) {
  return new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

const master = render(svg, 1024);
fs.writeFileSync(path.join(build, 'icon.png'), master);

fs.mkdirSync(path.join(build, 'icons'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  fs.writeFileSync(path.join(build, 'icons', `${size}x${size}.png`), render(svg, size));
}

// png2icons scales from the 1024 px master with its best resampler (BICUBIC2).
const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
if (!icns || !ico) throw new Error('png2icons could not convert build/icon.png');
fs.writeFileSync(path.join(build, 'icon.icns'), icns);
fs.writeFileSync(path.join(build, 'icon.ico'), ico);

// Tray: Windows and Linux show the colour icon small; macOS menu bars want a black "template"
// image that the system tints for light and dark menu bars.
fs.mkdirSync(path.join(build, 'tray'), { recursive: true });
fs.writeFileSync(path.join(build, 'tray', 'tray.png'), render(svg, 32));
fs.writeFileSync(path.join(build, 'tray', 'tray@2x.png'), render(svg, 64));
const template = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <path d="M3 9 a2 2 0 0 1 2 -2 h7 l2 3 h13 a2 2 0 0 1 2 2 v13 a2 2 0 0 1 -2 2 h-22 a2 2 0 0 1 -2 -2 z" fill="#000"/>
  <circle cx="24" cy="22" r="7" fill="#000" stroke="#fff" stroke-width="2"/>
  <path d="M24 22 v-4 M24 22 l3 2" stroke="#fff" stroke-width="2" stroke-linecap="round"/>
</svg>`,
);
fs.writeFileSync(path.join(build, 'tray', 'trayTemplate.png'), render(template, 16));
fs.writeFileSync(path.join(build, 'tray', 'trayTemplate@2x.png'), render(template, 32));
console.log('Icons written to build/');
