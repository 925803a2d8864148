import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { archiveName, compareWithManifest, hashFiles, packArchive, unpackArchive, FORMAT } from "../../scripts/lib/backup-archive.mjs";

const manifest = {
  database: { postgres: "18.0", migration: "m2", migrations: ["m1", "m2"], counts: { Agency: 2, AuditLog: 10 } },
  files: [{ path: "external/a/x.pdf", size: 3, sha256: "aa" }, { path: "external/a/y.pdf", size: 4, sha256: "bb" }],
  sealingKey: { id: "0123456789abcdef", sheetsUnderOtherKeys: 0, oldKeys: 0 },
};
const same = { counts: { Agency: 2, AuditLog: 10 }, files: manifest.files, sealingKeyId: "0123456789abcdef" };

describe("the backup manifest check", () => {
  it("passes what matches, and names every difference", () => {
    expect(compareWithManifest(manifest, same)).toEqual([]);
    expect(compareWithManifest(manifest, { ...same, counts: { Agency: 2, AuditLog: 9, Extra: 0 } })).toEqual([
      "tabel AuditLog: 9 baris, arsip 10", "tabel Extra tidak ada di arsip",
    ]);
    expect(compareWithManifest(manifest, { ...same, files: [{ ...manifest.files[0]!, sha256: "ff" }] })).toEqual([
      "berkas external/a/x.pdf: isi berbeda", "berkas external/a/y.pdf: tidak ada", "1 berkas, arsip 2",
    ]);
    expect(compareWithManifest(manifest, { ...same, sealingKeyId: null })).toEqual(["kunci penyegel berbeda dari arsip"]);
  });

  it("names archives by UTC date and time", () => {
    expect(archiveName(new Date("2026-12-05T07:08:09.123Z"))).toBe("bangkom-backup-20261205-070809.tar.gz");
  });

  it("packs with the system tar and unpacks only Bangkom archives", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bangkom-archive-unit-"));
    try {
      fs.mkdirSync(path.join(dir, "in", "files", "a"), { recursive: true });
      fs.writeFileSync(path.join(dir, "in", "files", "a", "b.pdf"), "isi");
      fs.writeFileSync(path.join(dir, "in", "manifest.json"), JSON.stringify({ format: FORMAT }));
      await packArchive(path.join(dir, "in"), path.join(dir, "x.tar.gz"));
      expect(fs.statSync(path.join(dir, "x.tar.gz")).mode & 0o777).toBe(0o600);
      expect((await unpackArchive(path.join(dir, "x.tar.gz"), path.join(dir, "out"))).format).toBe(FORMAT);
      expect(hashFiles(path.join(dir, "out", "files"))).toEqual([
        { path: "a/b.pdf", size: 3, sha256: "55c123196402ef4b16c36bad51f12467397146987c479d41375831d1de9ed935" }, // sha256("isi")
      ]);
      fs.writeFileSync(path.join(dir, "in", "manifest.json"), JSON.stringify({ format: "other/1" }));
      await packArchive(path.join(dir, "in"), path.join(dir, "y.tar.gz"));
      await expect(unpackArchive(path.join(dir, "y.tar.gz"), path.join(dir, "out2"))).rejects.toThrow(/Format arsip other\/1 tidak dikenal/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
