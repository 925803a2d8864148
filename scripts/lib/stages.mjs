// Time per stage of `npm test`, printed as a small table at the end, on success and on failure alike.
// Besides the wall-clock time, the CPU time its processes used (Linux: from /proc), which a busy machine does
// not inflate: on a quiet two-core machine a stage takes about the larger of its wall time and its CPU time / 2.
import fs from "node:fs";

const stages = [];
const startedAt = performance.now();
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU milliseconds used so far by this process and the child processes it has waited for. */
function cpuMs() {
  try {
    const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    // utime, stime, cutime, cstime are fields 14–17 of stat(5); `fields` starts at field 3.
    const ticks = fields.slice(11, 15).reduce((sum, n) => sum + Number(n), 0);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const cpuAtStart = cpuMs();

/** Runs one stage and records how long it took, the CPU time it used, and whether it passed. */
export async function stage(name, fn) {
  const started = performance.now();
  const cpuBefore = cpuMs();
  const entry = { name, ms: 0, cpu: null, status: "running" };
  stages.push(entry);
  try {
    const result = await fn();
    entry.status = "ok";
    return result;
  } catch (error) {
    entry.status = "FAILED";
    throw error;
  } finally {
    entry.ms = performance.now() - started;
    const cpuAfter = cpuMs();
    entry.cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  }
}

/**
 * Runs stages side by side (for a two-core machine: single-threaded tools that need no database) and waits for
 * all of them, so every failure is reported. The group's row holds their CPU time: it cannot be split per stage.
 */
export async function parallel(name, named) {
  const results = await stage(name, () => Promise.allSettled(Object.entries(named).map(([n, fn]) => stage(n, fn))));
  for (const m of stages.filter((s) => s.name in named)) m.cpu = null;
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) {
    stages.find((s) => s.name === name).status = "FAILED";
    throw new Error(failed.map((f) => f.reason?.message ?? String(f.reason)).join("\n\n"));
  }
}

const format = (ms) => {
  if (ms === null) return "";
  const s = Math.round(ms / 100) / 10;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${(s % 60).toFixed(0).padStart(2, "0")} s`;
};

/** The table: one row per stage, in the order they started, then the total. */
export function stageTable() {
  const cpuNow = cpuMs();
  const total = ["total", format(performance.now() - startedAt), format(cpuNow === null ? null : cpuNow - cpuAtStart), ""];
  const rows = [["stage", "wall", "cpu", ""], ...stages.map((s) => [s.name, format(s.ms), format(s.cpu), s.status]), total];
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `  ${r[0].padEnd(width[0])}  ${r[1].padStart(width[1])}  ${r[2].padStart(width[2])}  ${r[3]}`.trimEnd();
  const rule = `  ${"-".repeat(width[0] + width[1] + width[2] + 4)}`;
  return ["", "[test] Time per stage (cpu: time used by its processes, all cores)", ...rows.slice(0, -1).map(line), rule, line(total)].join("\n");
}
