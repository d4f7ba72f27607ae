import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { fail, type Result } from '../shared/result';
import { isAppUrl } from './app-origin';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/** Calls from anything but our own top-level frames are refused. */
export function trustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/**
 * Wraps an IPC handler: checks the sender, parses the arguments with the channel's
 * schema, and turns any thrown error into a Result so the renderer never sees a rejection.
 */
export function guarded<S extends z.ZodType<unknown[]>>(
  schema: S | null,
  fn: (args: z.infer<S>, event: IpcMainInvokeEvent) => Promise<Result<unknown>>,
): Handler {
  return async (event, ...raw) => {
    if (!trustedSender(event)) return fail('permission_denied');
    let args: z.infer<S>;
    if (schema) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return fail('invalid_argument', parsed.error.issues[0]?.message);
      args = parsed.data;
    } else {
      if (raw.length > 0) return fail('invalid_argument', 'no arguments expected');
      args = [] as unknown as z.infer<S>;
    }
    try {
      return await fn(args, event);
    } catch (err) {
      return fail('io_error', err instanceof Error ? err.message : String(err));
    }
  };
}
