import { cloudWords, type CloudWord } from '@shared/word-cloud';
import { db } from '../db';
import type { Question } from '../types';
import { getSetting, setSetting } from './settings';
import { wordFilterList } from './word-filter';

/**
 * The words of a screening's questions for the word cloud: every question asked (merged
 * duplicates too: each is a person's), except the dismissed ones, and never a word of the
 * word filter. Local reads only.
 */
export async function screeningCloud(screeningId: string): Promise<CloudWord[]> {
  const [questions, hide] = await Promise.all([
    db().questions.where('screeningId').equals(screeningId).toArray(),
    wordFilterList(),
  ]);
  return cloudOf(questions, hide);
}

/** The same words from questions already read (a report has them: no second read of 5,000 rows). */
export function cloudOf(questions: readonly Pick<Question, 'status' | 'text'>[], hide: readonly string[]): CloudWord[] {
  return cloudWords(
    questions.filter((q) => q.status !== 'dismissed').map((q) => q.text),
    hide,
  );
}

/** Whether the stage shows this screening's word cloud (when no question is on it). Local setting. */
export async function stageCloudShown(screeningId: string): Promise<boolean> {
  return (await getSetting('stage.wordCloud')) === screeningId;
}

export async function showStageCloud(screeningId: string, on: boolean): Promise<void> {
  await setSetting('stage.wordCloud', on ? screeningId : null);
}
