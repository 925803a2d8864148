export const DEMO_DATABASE_MARKER: string;
