import { requestContextStore } from "@/lib/http/request-context";
import { CACHE_CHANNEL, CacheListener } from "./listener";

// A worker's memory of data that many read and few change, kept only while every worker can be told when it
// changes (decision 0016). Entries carry tags ("catalog:<agencyId>"); a command that changes tagged rows calls
// `invalidate(tx, tags)` inside its transaction, which
//   1. forgets the tags here at once and holds them (nothing under them is stored) until the change is known to
//      every listener, and
//   2. sends `pg_notify('bangkom_cache', tag)` in the transaction: PostgreSQL delivers it at commit, to every
//      process listening (this one included), and never for a transaction that rolls back.
// Each process listens on one dedicated connection (./listener.ts). While that connection is down nothing is
// served from memory, and when it comes back everything is forgotten, since notifications may have been missed.
// A load that was under way when its tags were invalidated is returned to its caller but not stored.

export type CacheOptions = {
  connectionString: string;
  /** False: every read goes to the loader (tests, scripts, `next dev`); invalidations are still sent. */
  enabled: boolean;
  /** A safety net for rows changed behind the application's back (psql, a restore): entries expire anyway. */
  ttlMs?: number;
  maxEntries?: number;
  /** How long a tag this process invalidated stays uncached when its notification never comes (a rollback). */
  holdMs?: number;
  log?: (message: string) => void;
};

/** What `invalidate` needs of a transaction: Prisma's `tx` has it. */
export type NotifyingTx = { $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<unknown> };

/** Drops every entry: `NOTIFY bangkom_cache, '*'` after changing cached rows by hand. */
export const EVERYTHING = "*";

type Entry = { value: unknown; tags: readonly string[]; expiresAt: number };
type Load = { version: number; promise: Promise<unknown> };

export class SharedCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loads = new Map<string, Load>();
  private readonly holds = new Map<string, { count: number; until: number }>();
  /** Bumped by every invalidation: a load that started under an older version is not stored. */
  private version = 0;
  private listening = false;
  private readonly listener: CacheListener | null;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly holdMs: number;
  private readonly waiters = new Set<() => void>();

  constructor(options: CacheOptions) {
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.maxEntries = options.maxEntries ?? 2_000;
    this.holdMs = options.holdMs ?? 10_000;
    this.listener = options.enabled
      ? new CacheListener(options.connectionString, {
          onListening: () => {
            this.forgetAll();
            this.listening = true;
            for (const wake of this.waiters) wake();
          },
          onLost: () => {
            this.listening = false;
            this.forgetAll();
          },
          onNotification: (payload) => this.received(payload),
          log: options.log,
        })
      : null;
  }

  /** Whether reads may be served from memory now. */
  get active(): boolean {
    return this.listening;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Starts listening (idempotent); resolves once LISTEN is in place, or at once when the cache is disabled. */
  start(): Promise<void> {
    if (!this.listener || this.listening) return Promise.resolve();
    this.listener.start();
    return new Promise((resolve) => {
      const wake = () => {
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.listening = false;
    this.forgetAll();
  }

  /** The listening connection's backend pid, for tests that cut it. */
  listenerPid(): Promise<number | null> {
    return this.listener?.backendPid() ?? Promise.resolve(null);
  }

  /**
   * The value under `key`, loaded by `loader` when absent. The value is shared by every request of this process:
   * treat it as read-only. Loaders run outside the request's context, so one client leaving cancels nobody else's
   * read, and a loader must never depend on who is asking beyond what `key` says.
   */
  async get<T>(spec: { key: string; tags: readonly string[] }, loader: () => Promise<T>): Promise<T> {
    if (!this.listener) return loader();
    this.listener.start();
    if (!this.listening || this.isHeld(spec.tags)) return loader();
    const now = Date.now();
    const entry = this.entries.get(spec.key);
    if (entry && entry.expiresAt > now) {
      // Most recently used last: the oldest is evicted first.
      this.entries.delete(spec.key);
      this.entries.set(spec.key, entry);
      return entry.value as T;
    }
    const running = this.loads.get(spec.key);
    if (running && running.version === this.version) return running.promise as Promise<T>;

    const version = this.version;
    const promise = requestContextStore().exit(loader);
    const load: Load = { version, promise };
    this.loads.set(spec.key, load);
    try {
      const value = await promise;
      if (version === this.version && this.listening && !this.isHeld(spec.tags)) this.store(spec.key, spec.tags, value);
      return value;
    } finally {
      if (this.loads.get(spec.key) === load) this.loads.delete(spec.key);
    }
  }

  /**
   * Call inside the transaction that changes rows cached under `tags`: forgets them here now, and tells every
   * process through PostgreSQL once (and only if) the transaction commits.
   */
  async invalidate(tx: NotifyingTx, tags: readonly string[]): Promise<void> {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return;
    if (this.listener) {
      const until = Date.now() + this.holdMs;
      for (const tag of unique) {
        const hold = this.holds.get(tag);
        this.holds.set(tag, { count: (hold?.count ?? 0) + 1, until });
        this.forget(tag);
      }
    }
    await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, tag) FROM unnest(${unique}::text[]) AS tag`;
  }

  private received(tag: string): void {
    if (tag === EVERYTHING) {
      this.forgetAll();
      return;
    }
    this.forget(tag);
    const hold = this.holds.get(tag);
    if (hold && --hold.count <= 0) this.holds.delete(tag);
  }

  private isHeld(tags: readonly string[]): boolean {
    const now = Date.now();
    return tags.some((tag) => {
      const hold = this.holds.get(tag);
      if (!hold) return false;
      if (hold.until > now) return true;
      this.holds.delete(tag);
      return false;
    });
  }

  private store(key: string, tags: readonly string[], value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { value, tags, expiresAt: Date.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  private forget(tag: string): void {
    this.version += 1;
    for (const [key, entry] of this.entries) if (entry.tags.includes(tag)) this.entries.delete(key);
    this.loads.clear();
  }

  private forgetAll(): void {
    this.version += 1;
    this.entries.clear();
    this.loads.clear();
  }
}
