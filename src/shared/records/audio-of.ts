import type { TableRecord } from './index';
import { promptHashesOf } from './poll-consts';

/** The recordings a synced record refers to (spoken questions and pledges, poll prompts). */
export function audioOf(c: TableRecord): string[] {
  if (c.table === 'questions' || c.table === 'pledges') return c.payload.audioHash ? [c.payload.audioHash] : [];
  return c.table === 'polls' ? promptHashesOf(c.payload) : [];
}
