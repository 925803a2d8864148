// Unpacks every entry of an inspected ZIP once, counting bytes, and throws the output away: an entry whose
// packed bytes unpack to more than its declared size is stopped at that size (so the limits checked on the
// declared sizes in zip-inspect.ts also hold for the real ones), and its CRC must match. zlib runs on libuv's
// thread pool, so the event loop keeps serving other requests meanwhile.
import { Readable } from "node:stream";
import { crc32, createInflateRaw } from "node:zlib";
import { ImportRefusal } from "./refusal";
import type { ZipEntry, ZipInspection } from "./zip-inspect";

/** How much of each entry's start `onEntryHead` sees (enough for an XLSX sheet's <dimension>). */
export const ENTRY_HEAD_BYTES = 16 * 1024;

export type EntryHeadCheck = (entry: ZipEntry, head: string) => void;

const inconsistent = (entry: ZipEntry, detail: string) => new ImportRefusal("inconsistent", {}, `${entry.name}: ${detail}`);

function unpackCounting(packed: Uint8Array, entry: ZipEntry, onHead: (head: Buffer) => void): Promise<{ size: number; crc: number }> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    let crc = 0;
    let head: Buffer[] | null = [];
    let headBytes = 0;
    const flushHead = () => {
      if (head) onHead(Buffer.concat(head));
      head = null;
    };
    inflater.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > entry.uncompressedSize) {
        inflater.destroy();
        reject(inconsistent(entry, `unpacks to more than its declared ${entry.uncompressedSize} bytes`));
        return;
      }
      crc = crc32(chunk, crc);
      if (head) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= ENTRY_HEAD_BYTES) {
          try {
            flushHead();
          } catch (error) {
            inflater.destroy();
            reject(error);
          }
        }
      }
    });
    inflater.on("error", (error) => reject(new ImportRefusal("corrupt", {}, `${entry.name}: ${error.message}`)));
    inflater.on("end", () => {
      try {
        flushHead();
        resolve({ size, crc });
      } catch (error) {
        reject(error);
      }
    });
    inflater.end(packed);
  });
}

/**
 * Checks every entry's real unpacked size and CRC against its declared ones. `onEntryHead` sees the first
 * ENTRY_HEAD_BYTES of each entry as text and may throw an ImportRefusal to stop early.
 */
export async function verifyUnpackedEntries(bytes: Uint8Array, inspection: ZipInspection, onEntryHead?: EntryHeadCheck): Promise<void> {
  for (const entry of inspection.entries) {
    const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const onHead = (head: Buffer) => onEntryHead?.(entry, head.subarray(0, ENTRY_HEAD_BYTES).toString("utf8"));
    let real: { size: number; crc: number };
    if (entry.method === 0) {
      onHead(Buffer.from(packed.buffer, packed.byteOffset, Math.min(packed.length, ENTRY_HEAD_BYTES)));
      real = { size: packed.length, crc: crc32(packed) };
    } else {
      real = await unpackCounting(packed, entry, onHead);
    }
    if (real.size !== entry.uncompressedSize) throw inconsistent(entry, `unpacks to ${real.size}, declared ${entry.uncompressedSize}`);
    if (real.crc !== entry.crc32) throw new ImportRefusal("corrupt", {}, `${entry.name}: CRC mismatch`);
  }
}

/** An entry's unpacked bytes as a stream, read as it is consumed. Only for entries verifyUnpackedEntries passed. */
export function unpackedEntry(bytes: Uint8Array, entry: ZipEntry): Readable {
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const chunk = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  if (entry.method === 0) return Readable.from([chunk]);
  const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
  inflater.end(chunk);
  return inflater;
}
