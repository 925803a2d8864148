// The agency wall clock of the integration tests (see setup.ts): the end of 2099 by default, or a moment a
// test chooses for the timing rules of attendance and completion.
export async function atWallClock<T>(moment: string, fn: () => Promise<T>): Promise<T> {
  const holder = globalThis as { bangkomWallClock?: Date };
  holder.bangkomWallClock = new Date(moment);
  try {
    return await fn();
  } finally {
    delete holder.bangkomWallClock;
  }
}
