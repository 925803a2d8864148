// Request coalescing for heavy reads that many viewers ask for at once (issue 11, decision 0019): callers that
// ask for the same key while its work is running share ONE next run, started after all of them arrived. So no
// caller ever gets figures read before it asked (a commit it made just before is always seen), yet ten viewers
// of the same dashboard cost at most two computations instead of ten. Nothing is kept once a run has answered:
// this is not a cache, and holds no state between requests.

type Flight<T> = {
  work: (signal: AbortSignal) => Promise<T>;
  controller: AbortController;
  participants: number;
  started: boolean;
  settle?: { resolve: (value: T) => void; reject: (error: unknown) => void };
  result: Promise<T>;
};

type Lane<T> = { running?: Flight<T>; next?: Flight<T> };

export type Coalescer<T> = {
  /**
   * `work(signal)`'s answer, shared with every caller of the same key that joins before it starts. `signal` is
   * the caller's own: when it aborts the caller gets `abandoned()` at once, and the run's signal aborts only
   * when every caller sharing it has left.
   */
  run(key: string, work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Keys with a run in progress or waiting (for tests). */
  pending(): number;
};

export function coalescer<T>(abandoned: () => unknown): Coalescer<T> {
  const lanes = new Map<string, Lane<T>>();

  const newFlight = (work: Flight<T>["work"]): Flight<T> => {
    const flight = { work, controller: new AbortController(), participants: 0, started: false } as Flight<T>;
    flight.result = new Promise<T>((resolve, reject) => (flight.settle = { resolve, reject }));
    flight.result.catch(() => {}); // every participant handles the outcome through its own promise
    return flight;
  };

  const start = (key: string, lane: Lane<T>, flight: Flight<T>) => {
    lane.running = flight;
    flight.started = true;
    Promise.resolve().then(() => flight.work(flight.controller.signal)).then(flight.settle!.resolve, flight.settle!.reject).finally(() => {
      lane.running = undefined;
      const waiting = lane.next;
      lane.next = undefined;
      if (waiting && waiting.participants > 0) start(key, lane, waiting);
      else lanes.delete(key);
    });
  };

  const join = (flight: Flight<T>, signal: AbortSignal | undefined): Promise<T> => {
    flight.participants++;
    if (!signal) return flight.result;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        flight.participants--;
        if (flight.participants === 0 && flight.started) flight.controller.abort();
        reject(abandoned());
      };
      signal.addEventListener("abort", leave, { once: true });
      flight.result.then(resolve, reject).finally(() => signal.removeEventListener("abort", leave));
    });
  };

  return {
    run(key, work, signal) {
      if (signal?.aborted) return Promise.reject(abandoned());
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = {}));
      if (!lane.running) {
        const flight = newFlight(work);
        const answer = join(flight, signal);
        start(key, lane, flight);
        return answer;
      }
      lane.next ??= newFlight(work);
      return join(lane.next, signal);
    },
    pending: () => lanes.size,
  };
}
