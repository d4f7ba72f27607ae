import { useCallback } from 'react';
import { flaggedSpans, type FlagSpan } from '@shared/word-filter';
import { wordFilterList } from '../../data/repos/word-filter';
import type { Question } from '../../data/types';
import { useLive } from '../../data/use-live';

const NONE: readonly string[] = [];
const NO_SPANS: FlagSpan[] = [];

/**
 * Which words of a question the filter flags, with the list read live: an edit in
 * Settings flags (or clears) the queue at once. Nothing is stored on the question.
 */
export function useWordFilter() {
  const list = useLive(() => wordFilterList(), [], NONE);
  return useCallback((q: Question) => (q.text ? flaggedSpans(q.text, list) : NO_SPANS), [list]);
}
