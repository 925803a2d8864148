export type RequestLike = { method?: string; headers: Record<string, string | string[] | undefined> };
export declare function isServerActionRequest(req: RequestLike): boolean;
export declare function leaveActionAnswersUncompressed(req: RequestLike): void;
