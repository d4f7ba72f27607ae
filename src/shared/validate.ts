import { z } from 'zod';
import { ROLES } from './bridge';

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
} as const;
