import pg from "pg";

// One dedicated PostgreSQL connection per process that LISTENs on the cache channel. It reconnects on any error,
// and says so: notifications sent while it was away are lost, so its owner must then forget everything.

export const CACHE_CHANNEL = "bangkom_cache";

export type ListenerEvents = {
  /** LISTEN is in place (first time or after a reconnect): anything remembered before may be stale. */
  onListening: () => void;
  /** The connection is gone: until onListening, nothing may be served from memory. */
  onLost: () => void;
  onNotification: (payload: string) => void;
  log?: (message: string) => void;
};

export class CacheListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs: number;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly events: ListenerEvents,
    private readonly options: { firstRetryMs?: number; maxRetryMs?: number } = {},
  ) {
    this.retryMs = options.firstRetryMs ?? 100;
  }

  start(): void {
    this.stopped = false;
    if (!this.client && !this.timer) void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  /** The backend process id of the listening connection (tests terminate it to prove reconnection). */
  async backendPid(): Promise<number | null> {
    const client = this.client;
    if (!client) return null;
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    return rows[0]?.pid ?? null;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true, application_name: "bangkom-cache-listener" });
    this.client = client;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      this.events.onLost();
      if (!this.stopped) {
        this.events.log?.(`cache listener lost (${error?.message ?? "closed"}); reconnecting`);
        this.scheduleReconnect();
      }
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (message) => {
      if (message.channel === CACHE_CHANNEL) this.events.onNotification(message.payload ?? "");
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CACHE_CHANNEL}`);
      if (lost || this.stopped) return;
      this.retryMs = this.options.firstRetryMs ?? 100;
      this.events.onListening();
    } catch (error) {
      onLost(error as Error);
    }
  }

  private scheduleReconnect(): void {
    if (this.timer) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(wait * 2, this.options.maxRetryMs ?? 5_000);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) void this.connect();
    }, wait);
    this.timer.unref();
  }
}
