/**
 * The parts of the field types that need no schema library: any screen may import them
 * without downloading zod (fields.ts builds the schemas on them and re-exports them).
 */
export const CONTENT_LANGS = ['fr', 'wo', 'other'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];

/** Every synced record carries `rev` (bumped on each change) and `updatedAt` (device clock). */
export type Synced = { id: string; rev: number; createdAt: string; updatedAt: string };
