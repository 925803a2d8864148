// Renders the app icon (app/icon.svg) into the PNG sizes the web manifest lists and a favicon.ico that
// embeds a 32 px PNG. Run by hand when the icon changes: node scripts/make-icons.mjs
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync("app/icon.svg");
copyFileSync("app/icon.svg", "public/icons/icon.svg");
for (const size of [192, 512]) {
  await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toFile(`public/icons/icon-${size}.png`);
}
// A maskable icon keeps the mark inside the central 80% safe zone, on the brand colour.
const inner = await sharp(svg, { density: (72 * 384) / 32 }).resize(384, 384).png().toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: "#135a53" } })
  .composite([{ input: inner, left: 64, top: 64 }])
  .png()
  .toFile("public/icons/icon-maskable-512.png");

const png = await sharp(svg, { density: 72 }).resize(32, 32).png().toBuffer();
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
const entry = Buffer.alloc(16);
entry.writeUInt8(32, 0); // width
entry.writeUInt8(32, 1); // height
entry.writeUInt16LE(1, 4); // colour planes
entry.writeUInt16LE(32, 6); // bits per pixel
entry.writeUInt32LE(png.length, 8);
entry.writeUInt32LE(header.length + entry.length, 12);
writeFileSync("public/favicon.ico", Buffer.concat([header, entry, png]));
console.log("icons written");
