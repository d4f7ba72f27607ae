import { FILTER_ENTRY_MAX, FILTER_MAX_ENTRIES, parseFilterList, STARTING_FILTER } from '@shared/word-filter';
import { textLength } from './entry-text';
import { getSetting, setSetting } from './settings';

export type FilterProblem = 'entry_long' | 'list_long';

/** A list the filter cannot take, with the reason; nothing is saved. */
export class FilterRejected extends Error {
  constructor(
    readonly problem: FilterProblem,
    readonly entry?: string,
  ) {
    super(`word filter rejected: ${problem}`);
    this.name = 'FilterRejected';
  }
}

/** The word filter's list on this kiosk: the facilitator's, or the starting one. Local, offline. */
export async function wordFilterList(): Promise<readonly string[]> {
  return (await getSetting('debate.wordFilter')) ?? STARTING_FILTER;
}

/**
 * Saves the list as typed (one entry a line). An empty list is allowed (the filter is
 * off). Rejects with FilterRejected for an entry over 60 characters or over 500 entries.
 */
export async function saveWordFilter(typed: string): Promise<string[]> {
  const list = parseFilterList(typed);
  const long = list.find((e) => textLength(e) > FILTER_ENTRY_MAX);
  if (long) throw new FilterRejected('entry_long', long);
  if (list.length > FILTER_MAX_ENTRIES) throw new FilterRejected('list_long');
  await setSetting('debate.wordFilter', list);
  return list;
}
