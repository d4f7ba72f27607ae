import { monotonicFactory } from 'ulid';

/** Time-sortable ids made on the device (no server needed to create a record). */
export const newId: () => string = monotonicFactory();

export const nowIso = (): string => new Date().toISOString();
