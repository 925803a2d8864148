// Ids in URLs and forms are checked before they reach a query, so a malformed one is "not found", not a
// database error. Pure: for server and client code alike.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string | null | undefined): value is string => Boolean(value && UUID.test(value));
