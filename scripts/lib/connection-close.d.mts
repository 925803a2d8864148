import type { ServerResponse } from "node:http";

export function closeConnectionOnceStopping(res: ServerResponse, isStopping: () => boolean): void;
