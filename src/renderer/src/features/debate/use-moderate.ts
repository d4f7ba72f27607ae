import { useCallback, useMemo, useState } from 'react';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { assignPanelist, moderate, setQuestionLanguage, type ModerationAction } from '../../data/repos/questions';
import type { ContentLang } from '../../data/types';
import { toggleTopic } from '../../data/repos/topics';

/**
 * Moderation calls for the console, with the failure (if any) kept to show. `screeningId`,
 * the screening on the console, lets a projection read the question on stage at once.
 */
export function useModerate(screeningId: string | undefined) {
  const [error, setError] = useState<ErrorCode | null>(null);
  const guard = useCallback(
    (p: Promise<unknown>) =>
      void p.then(
        () => setError(null),
        (err: unknown) => setError(writeErrorCode(err)),
      ),
    [],
  );
  const act = useCallback(
    (id: string, action: ModerationAction, reason?: string) =>
      guard(moderate(id, action, { ...(reason ? { reason } : {}), ...(screeningId ? { screeningId } : {}) })),
    [guard, screeningId],
  );
  const assign = useCallback((id: string, panelist: string | null) => guard(assignPanelist(id, panelist)), [guard]);
  const language = useCallback((id: string, lang: ContentLang) => guard(setQuestionLanguage(id, lang)), [guard]);
  const tag = useCallback((id: string, topicId: string) => guard(toggleTopic(id, topicId)), [guard]);
  return useMemo(() => ({ act, assign, language, tag, guard, error }), [act, assign, language, tag, guard, error]);
}

export type Moderate = ReturnType<typeof useModerate>;

/** Which action each key does in the queue (same keys in French and Wolof). */
export const SHORTCUTS = {
  approve: 'a',
  project: 'p',
  dismiss: 'x',
  restore: 'r',
  answered: 't',
  floor: 'o',
  search: '/',
  pick: 's',
  merge: 'm',
  unmerge: 'u',
  duplicates: 'd',
  cloud: 'w',
} as const;

/** Keys typed into a field or a menu are text, not shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}
