import { cloudOfForms, type CloudWord, type FormCounts } from '@shared/word-cloud';
import { db } from '../db';
import { BUILT, SEP, sumsOf, sumsOfRows, type Bag } from '../question-sums';
import { getSetting, setSetting } from './settings';
import { wordFilterList } from './word-filter';

/**
 * The words of a screening's questions for the word cloud: every question asked (merged
 * duplicates too: each is a person's), except the dismissed ones, and never a word of the
 * word filter. Local reads only.
 */
export async function screeningCloud(screeningId: string): Promise<CloudWord[]> {
  const d = db();
  const [rows, built, hide] = await Promise.all([
    d.questionSums
      .where('[screeningId+part]')
      .between([screeningId, 'words.'], [screeningId, 'words.\uffff'])
      .toArray(),
    d.questionSums.get([screeningId, BUILT]),
    wordFilterList(),
  ]);
  // Never summed (questions stored behind the app's back): from its questions, until ensureSums.
  const words = built
    ? sumsOfRows(rows).words
    : sumsOf(await d.questions.where('screeningId').equals(screeningId).toArray()).words;
  return cloudOfSums(words, hide);
}

/**
 * The same words from a screening's kept word sums (data/question-sums.ts: every form of
 * the questions not dismissed, each with the ways it was written), the filter applied now.
 */
export function cloudOfSums(words: Bag, hide: readonly string[]): CloudWord[] {
  const forms: FormCounts = new Map();
  for (const [key, n] of Object.entries(words)) {
    const [form, shown] = key.split(SEP) as [string, string];
    const ways = forms.get(form) ?? new Map<string, number>();
    ways.set(shown, n);
    forms.set(form, ways);
  }
  return cloudOfForms(forms, hide);
}

/** Whether the stage shows this screening's word cloud (when no question is on it). Local setting. */
export async function stageCloudShown(screeningId: string): Promise<boolean> {
  return (await getSetting('stage.wordCloud')) === screeningId;
}

export async function showStageCloud(screeningId: string, on: boolean): Promise<void> {
  await setSetting('stage.wordCloud', on ? screeningId : null);
}
