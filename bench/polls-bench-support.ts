/**
 * Rows and in-page helpers for bench/polls.bench.ts. Times are taken inside the pages as
 * performance.timeOrigin + performance.now() (one clock for all windows of a browser).
 */
import type { Page } from '@playwright/test';
import type { Poll, PollAnswer } from '../src/renderer/src/data/types';
import { DEBATE_SCREENING_ID } from '../tests/e2e/support/debate-rows';

export const BENCH_QUESTION = 'Le voyage par la mer est-il dangereux ? (banc d’essai)';
const POLL_ID = '01JPOLLBENCH00000000000P01';

/** A draft yes/no poll of the debate screening and `answers` kiosk answers to it (alternating). */
export function pollRows(answers: number): { polls: Poll[]; pollAnswers: PollAnswer[] } {
  const at = new Date(Date.now() - 600_000).toISOString();
  const meta = (id: string) => ({ id, rev: 1, createdAt: at, updatedAt: at });
  const options = [
    { id: '01JPOLLBENCH0000000000OPT1', label: 'Oui', icon: 'yes' as const },
    { id: '01JPOLLBENCH0000000000OPT2', label: 'Non', icon: 'no' as const },
  ];
  return {
    polls: [
      {
        ...meta(POLL_ID),
        screeningId: DEBATE_SCREENING_ID,
        kind: 'yes_no',
        phase: 'after',
        language: 'fr',
        question: BENCH_QUESTION,
        options,
        state: 'draft',
        revealed: false,
        onStage: false,
      },
    ],
    pollAnswers: Array.from({ length: answers }, (_, i) => ({
      ...meta(`01JPOLLBENCHANSWER${String(i).padStart(8, '0')}`),
      screeningId: DEBATE_SCREENING_ID,
      pollId: POLL_ID,
      optionId: options[i % 2]!.id,
      channel: 'kiosk' as const,
      count: 1,
    })),
  };
}

type W = typeof globalThis & { __armed?: Promise<number> };

/**
 * Stage: from now on, notes when an element matching `selector` first contains `text`
 * (with `count`, when the bars inside it add up to `count` answers).
 */
export async function arm(stage: Page, selector: string, text: string, count?: number): Promise<void> {
  await stage.evaluate(
    ({ selector, text, count }) => {
      const w = globalThis as W;
      w.__armed = new Promise<number>((ok) => {
        const check = () => {
          const sum = (el: Element) =>
            [...el.querySelectorAll('[data-count]')].reduce((n, b) => n + Number(b.getAttribute('data-count')), 0);
          const hit = [...w.document.querySelectorAll(selector)].some(
            (el) => (el.textContent ?? '').includes(text) && (count === undefined || sum(el) === count),
          );
          if (!hit) return false;
          ok(w.performance.timeOrigin + w.performance.now());
          return true;
        };
        if (check()) return;
        const obs = new w.MutationObserver(() => check() && obs.disconnect());
        obs.observe(w.document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    { selector, text, count },
  );
}

/** When the armed text appeared on the stage. */
export const armedAt = (stage: Page) => stage.evaluate(() => (globalThis as W).__armed!);

/** Console: clicks the poll card's button labelled `label`; returns the click time. */
export async function clickOnCard(console: Page, label: string): Promise<number> {
  return console.evaluate((label) => {
    const w = globalThis;
    const button = [...w.document.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === label);
    if (!button) throw new Error(`no button ${label}`);
    const t = w.performance.timeOrigin + w.performance.now();
    button.click();
    return t;
  }, label);
}
