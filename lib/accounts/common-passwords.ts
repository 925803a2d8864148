import "server-only";
import fs from "node:fs";
import path from "node:path";
import { parsePasswordList } from "./rules";

// The common-password lists shipped with the app (lib/accounts/common-passwords*.txt), read once per process.
const FILES = ["common-passwords.txt", "common-passwords-id.txt"];

let list: Set<string> | undefined;

export function commonPasswords(): Set<string> {
  if (!list) {
    const dir = path.join(process.cwd(), "lib", "accounts");
    list = new Set(FILES.flatMap((file) => [...parsePasswordList(fs.readFileSync(path.join(dir, file), "utf8"))]));
  }
  return list;
}

export const isCommonPassword = (form: string): boolean => commonPasswords().has(form);
