import { z } from 'zod';
import { LOG_LEVELS, ROLES } from './bridge';
import { approvedQuestionSchema, PUBLISH_MAX } from './phone-entry';
import { phonePollSchema } from './phone-poll';
import { recordId } from './records';

/**
 * Argument schemas for every IPC call that takes arguments. The main process parses
 * what arrives with these; nothing from a renderer is trusted as typed.
 */
export const filmId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const reportFileName = z
  .string()
  .min(1)
  .max(120)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/)
  .refine((n) => !n.startsWith('.'), 'hidden or relative name');

/** The longest line a renderer may log; a longer one is refused, not cut silently. */
export const LOG_LINE_MAX = 2000;

const byteCount = z.number().finite().nonnegative();
export const rendererFacts = z.strictObject({
  storage: z.strictObject({ usage: byteCount, quota: byteCount }).nullable(),
  outbox: z.number().int().nonnegative(),
  lastSyncError: z.string().max(64).nullable(),
  route: z.string().max(64),
});

export const argSchemas = {
  mediaRemove: z.tuple([filmId]),
  mediaSetDuration: z.tuple([
    filmId,
    z
      .number()
      .finite()
      .positive()
      .max(24 * 3600),
  ]),
  reportsSave: z.tuple([reportFileName, z.instanceof(Uint8Array).refine((b) => b.byteLength <= 512 * 1024 * 1024)]),
  reportsSavePdf: z.tuple([reportFileName.refine((n) => n.toLowerCase().endsWith('.pdf'), 'not a .pdf name')]),
  windowsOpen: z.union([
    z.tuple([z.enum(ROLES as [string, ...string[]])]),
    z.tuple([z.enum(ROLES as [string, ...string[]]), z.number().int().nonnegative()]),
  ]),
  windowsSetFullscreen: z.tuple([z.boolean()]),
  windowsSetKioskMode: z.tuple([z.boolean()]),
  powerKeepAwake: z.tuple([z.boolean()]),
  logWrite: z.tuple([z.enum(LOG_LEVELS as [string, ...string[]]), z.string().max(LOG_LINE_MAX)]),
  diagnosticsSave: z.tuple([rendererFacts]),
  phonesStart: z.tuple([recordId, z.ipv4()]),
  phonesPublish: z.tuple([z.array(approvedQuestionSchema).max(PUBLISH_MAX)]),
  phonesPublishPoll: z.tuple([phonePollSchema.nullable()]),
  phonesAck: z.tuple([z.array(recordId).max(10_000)]),
  phonesAudio: z.tuple([recordId]),
} as const;
