// Reads a ZIP's (an XLSX's) table of contents WITHOUT inflating anything: the End Of Central Directory record,
// then every central directory entry and the local header it points to. Every size limit that can be judged
// from the declared sizes is judged here, in microseconds, before a byte is unpacked.
//
// Declared sizes can lie, so zip-inflate.ts later unpacks each entry while counting and stops at the declared
// size. Because exceljs reads the ZIP front to back through its LOCAL headers (unzipper's Parse), this module
// also insists that the local records are exactly the central directory's entries, back to back from byte 0:
// no hidden entry, no local size that differs from the central one, nothing a sequential reader could see
// that this inspection did not.
import { megabytes, type ImportLimits } from "./limits";
import { ImportRefusal } from "./refusal";

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated; nothing else is accepted. */
  method: 0 | 8;
  /** General purpose flags (bit 3: a data descriptor follows the packed bytes). */
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** The packed bytes are bytes[dataStart, dataStart + compressedSize). */
  dataStart: number;
};

export type ZipInspection = { entries: ZipEntry[]; unpackedBytes: number; centralDirectoryOffset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const EOCD_SIZE = 22;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;

const corrupt = (detail: string) => new ImportRefusal("corrupt", {}, detail);

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  // The record is followed only by its comment, at most 65,535 bytes.
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD && at + EOCD_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  throw corrupt("no end of central directory record");
}

/** The size a local record takes after its packed bytes: a data descriptor, with or without its signature. */
function descriptorLength(view: DataView, flags: number, dataEnd: number): number {
  if (!(flags & FLAG_DESCRIPTOR)) return 0;
  return dataEnd + 4 <= view.byteLength && view.getUint32(dataEnd, true) === DESCRIPTOR ? 16 : 12;
}

function containsDescriptorSignature(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i + 4 <= to; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x07 && bytes[i + 3] === 0x08) return true;
  }
  return false;
}

function checkDeclaredSize(entry: ZipEntry, limits: ImportLimits) {
  const { name, uncompressedSize: size, compressedSize: packed } = entry;
  if (size > limits.entryBytes) {
    throw new ImportRefusal("entryTooLarge", { name, size: megabytes(size), limit: megabytes(limits.entryBytes) }, `${name}: ${size} bytes`);
  }
  if (size > limits.ratioCheckedAboveBytes && size / Math.max(packed, 1) > limits.compressionRatio) {
    const ratio = Math.round(size / Math.max(packed, 1));
    throw new ImportRefusal("compressionRatio", { name, ratio, limit: limits.compressionRatio }, `${name}: ${size} from ${packed} bytes`);
  }
}

/** The local record an entry points to must agree with it; returns where its packed bytes start. */
function readLocalHeader(view: DataView, bytes: Uint8Array, entry: ZipEntry, nameBytes: Uint8Array, flags: number, limitEnd: number): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > limitEnd || view.getUint32(at, true) !== LOCAL) throw corrupt(`${entry.name}: no local header at ${at}`);
  const localFlags = view.getUint16(at + 6, true);
  const localMethod = view.getUint16(at + 8, true);
  const localPacked = view.getUint32(at + 18, true);
  const localSize = view.getUint32(at + 22, true);
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength);
  if (localMethod !== entry.method || (localFlags & FLAG_DESCRIPTOR) !== (flags & FLAG_DESCRIPTOR)) throw corrupt(`${entry.name}: local header differs`);
  if (localName.length !== nameBytes.length || localName.some((b, i) => b !== nameBytes[i])) throw corrupt(`${entry.name}: local name differs`);
  // unzipper trusts the local sizes unless a data descriptor follows AND the local packed size is 0.
  const sizesDeferred = (flags & FLAG_DESCRIPTOR) !== 0 && localPacked === 0;
  if (!sizesDeferred && (localPacked !== entry.compressedSize || localSize !== entry.uncompressedSize)) {
    throw new ImportRefusal("inconsistent", {}, `${entry.name}: local sizes ${localPacked}/${localSize}, central ${entry.compressedSize}/${entry.uncompressedSize}`);
  }
  const dataStart = at + 30 + nameLength + extraLength;
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > limitEnd) throw corrupt(`${entry.name}: data runs past the central directory`);
  if (sizesDeferred) {
    // unzipper finds the end of such an entry by searching for the descriptor's signature.
    if (descriptorLength(view, flags, dataEnd) !== 16 || containsDescriptorSignature(bytes, dataStart, dataEnd)) {
      throw new ImportRefusal("inconsistent", {}, `${entry.name}: data descriptor cannot be found by a sequential reader`);
    }
  }
  return dataStart;
}

/**
 * The entries of a ZIP, checked against the limits by their declared sizes. Throws an ImportRefusal:
 * "corrupt" for anything that is not a plain, unencrypted, single-disk, non-ZIP64 archive of stored or
 * deflated entries; "inconsistent" when local and central records disagree or leave bytes unaccounted for;
 * a limit's reason (uploadTooLarge, tooManyEntries, entryTooLarge, compressionRatio, unpackedTooLarge) otherwise.
 */
export function inspectZip(bytes: Uint8Array, limits: ImportLimits): ZipInspection {
  if (bytes.length > limits.uploadBytes) throw new ImportRefusal("uploadTooLarge", { limit: megabytes(limits.uploadBytes) }, `${bytes.length} bytes`);
  if (bytes.length < EOCD_SIZE) throw corrupt("shorter than an end of central directory record");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const disk = view.getUint16(eocd + 4, true);
  const centralDisk = view.getUint16(eocd + 6, true);
  const entriesHere = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  const centralOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || centralDisk !== 0 || entriesHere !== count) throw corrupt("multi-disk archive");
  if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) throw corrupt("ZIP64 archive");
  if (count > limits.zipEntries) throw new ImportRefusal("tooManyEntries", { count, limit: limits.zipEntries });
  if (centralOffset + centralSize !== eocd) throw corrupt("central directory does not end where its end record starts");

  const decoder = new TextDecoder("utf-8", { fatal: false });
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let unpackedBytes = 0;
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw corrupt(`central directory entry ${i} missing`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > eocd) throw corrupt(`central directory entry ${i} runs past its end`);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: decoder.decode(nameBytes),
      method: method as 0 | 8,
      flags,
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      dataStart: 0,
    };
    if (flags & FLAG_ENCRYPTED) throw corrupt(`${entry.name}: encrypted`);
    if (method !== 0 && method !== 8) throw corrupt(`${entry.name}: compression method ${method}`);
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) throw corrupt(`${entry.name}: ZIP64 sizes`);
    if (method === 0 && entry.compressedSize !== entry.uncompressedSize) throw new ImportRefusal("inconsistent", {}, `${entry.name}: stored sizes differ`);
    if (names.has(entry.name)) throw new ImportRefusal("inconsistent", {}, `${entry.name}: named twice`);
    names.add(entry.name);
    checkDeclaredSize(entry, limits);
    unpackedBytes += entry.uncompressedSize;
    if (unpackedBytes > limits.unpackedBytes) {
      throw new ImportRefusal("unpackedTooLarge", { size: megabytes(unpackedBytes), limit: megabytes(limits.unpackedBytes) }, `${unpackedBytes} bytes after ${i + 1} entries`);
    }
    entry.dataStart = readLocalHeader(view, bytes, entry, nameBytes, flags, centralOffset);
    entries.push(entry);
    at = next;
  }

  // The local records must tile bytes [0, centralOffset) exactly, in some order, with nothing between them.
  const records = entries
    .map((e) => {
      const dataEnd = e.dataStart + e.compressedSize;
      return { start: e.localHeaderOffset, end: dataEnd + descriptorLength(view, e.flags, dataEnd) };
    })
    .sort((a, b) => a.start - b.start);
  let covered = 0;
  for (const r of records) {
    if (r.start !== covered) throw new ImportRefusal("inconsistent", {}, `bytes ${covered}–${r.start} belong to no entry`);
    covered = r.end;
  }
  if (covered !== centralOffset) throw new ImportRefusal("inconsistent", {}, `bytes ${covered}–${centralOffset} belong to no entry`);
  return { entries, unpackedBytes, centralDirectoryOffset: centralOffset };
}
