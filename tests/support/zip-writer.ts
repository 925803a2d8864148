// A tiny ZIP writer for tests: honest archives, and dishonest ones (sizes that lie, entries hidden from the
// central directory) to show lib/import/ refuses them. Not for production use.
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export type PackedEntry = { name: string; method: 0 | 8; packed: Uint8Array; crc32: number; size: number };

export type WriteEntry = PackedEntry & {
  /** Sizes written into the central directory / local header instead of the real ones. */
  centralSize?: number;
  localSize?: number;
  /** Written as a local record but left out of the central directory. */
  hidden?: boolean;
  /** Sizes and CRC deferred to a data descriptor after the packed bytes (flag bit 3), as streaming writers do. */
  descriptor?: boolean;
};

/** An entry deflated in memory (small data). */
export function deflated(name: string, data: string | Uint8Array): PackedEntry {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return { name, method: 8, packed: deflateRawSync(bytes, { level: 9 }), crc32: crc32(bytes), size: bytes.length };
}

/** An entry stored as is. */
export function stored(name: string, data: string | Uint8Array): PackedEntry {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return { name, method: 0, packed: new Uint8Array(bytes), crc32: crc32(bytes), size: bytes.length };
}

/**
 * `head`, then `fillBytes` copies of `fill`, then `tail`, deflated as a stream: 200 MB of spaces becomes
 * about 200 KB without 200 MB ever being in memory.
 */
export async function deflatedFill(name: string, head: string, fill: string, fillBytes: number, tail: string): Promise<PackedEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => (deflate.on("end", resolve), deflate.on("error", reject)));
  const block = Buffer.alloc(1024 * 1024, fill);
  let crc = 0;
  let size = 0;
  const write = async (chunk: Buffer) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  };
  await write(Buffer.from(head));
  for (let left = fillBytes; left > 0; left -= block.length) await write(left >= block.length ? block : block.subarray(0, left));
  await write(Buffer.from(tail));
  deflate.end();
  await ended;
  return { name, method: 8, packed: Buffer.concat(out), crc32: crc, size };
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** The archive: local records back to back, then the central directory and its end record. */
export function writeZip(entries: WriteEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const flags = 0x0800 | (e.descriptor ? 0x0008 : 0);
    const common = (crc: number, packed: number, size: number) => [u16(20), u16(flags), u16(e.method), u16(0), u16(0x21), u32(crc), u32(packed), u32(size), u16(name.length), u16(0)];
    const localSizes = e.descriptor ? common(0, 0, 0) : common(e.crc32, e.packed.length, e.localSize ?? e.size);
    const descriptor = e.descriptor ? [u32(0x08074b50), u32(e.crc32), u32(e.packed.length), u32(e.localSize ?? e.size)] : [];
    const local = Buffer.concat([u32(0x04034b50), ...localSizes, name, e.packed, ...descriptor]);
    if (!e.hidden) {
      const centralSizes = common(e.crc32, e.packed.length, e.centralSize ?? e.size);
      central.push(Buffer.concat([u32(0x02014b50), u16(20), ...centralSizes, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
      listed += 1;
    }
    parts.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(listed), u16(listed), u32(directory.length), u32(offset), u16(0)]);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}
