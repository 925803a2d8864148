import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// Certificate files behind a small interface, so a national instance can swap the local folder for an
// S3-compatible bucket without touching the commands. Keys are relative, slash-separated names such as
// "external/<agencyId>/<uuid>.pdf"; callers never build file-system paths themselves.

export interface FileStorage {
  /** Stores the bytes under the key, all or nothing (a failed write leaves no file behind). */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Removes the file; removing a missing file is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)*$/i;

function assertKey(key: string): void {
  if (!KEY.test(key) || key.split("/").some((part) => part === "." || part === "..")) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === "ENOENT";

/** A folder on the local disk. */
export function localFileStorage(root: string): FileStorage {
  const resolve = (key: string) => {
    assertKey(key);
    return path.join(root, ...key.split("/"));
  };
  return {
    async put(key, bytes) {
      const target = resolve(key);
      await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o750 });
      // Written beside the target and renamed into place, so a reader never sees half a file.
      const temporary = `${target}.${randomBytes(6).toString("hex")}.part`;
      try {
        await fs.writeFile(temporary, bytes, { mode: 0o640, flag: "wx" });
        await fs.rename(temporary, target);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        const buffer = await fs.readFile(resolve(key));
        return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async remove(key) {
      await fs.rm(resolve(key), { force: true });
    },
  };
}

// BANGKOM_DATA_DIR is the data folder of `npm start` (database, generated secret); files go to its "files"
// sub-folder. Read on every call, so tests can point it at a temporary folder.
const dataDirSchema = z.string().trim().min(1, "BANGKOM_DATA_DIR tidak boleh kosong").optional();

/** The folder certificate files are kept in: `$BANGKOM_DATA_DIR/files`, by default `<project>/.data/files`. */
export function filesDir(): string {
  const parsed = dataDirSchema.safeParse(process.env.BANGKOM_DATA_DIR || undefined);
  if (!parsed.success) throw new Error(`Konfigurasi lingkungan tidak valid: ${parsed.error.issues[0]?.message}`);
  return path.join(path.resolve(parsed.data ?? path.join(process.cwd(), ".data")), "files");
}

/** The storage the app uses. */
export function fileStorage(): FileStorage {
  return localFileStorage(filesDir());
}
