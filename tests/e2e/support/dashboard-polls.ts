import type { PollFamily } from '../../../src/shared/records';

const T = '2026-06-06T19:00:00.000Z';
const OPTIONS: Record<'intention' | 'risk_awareness', { label: string; icon: string }[]> = {
  intention: [
    { label: 'Oui', icon: 'yes' },
    { label: 'Non', icon: 'no' },
  ],
  risk_awareness: ['face_1', 'face_2', 'face_3', 'face_4', 'face_5'].map((icon, i) => ({ label: `${i + 1}`, icon })),
};

/**
 * A built-in family's before/after pair as a kiosk sends it, with its answers: `before` and
 * `after` are the counts per option (shows of hands; the first "before" answer came from the kiosk).
 */
export function surveyPair(
  screeningId: string,
  family: 'intention' | 'risk_awareness',
  before: number[],
  after: number[],
) {
  const id = (phase: string) => `${screeningId}-${family}-${phase}`;
  const poll = (phase: 'before' | 'after') => ({
    id: id(phase),
    rev: 1,
    createdAt: T,
    updatedAt: T,
    screeningId,
    kind: family === 'intention' ? 'yes_no' : 'scale',
    phase,
    family: family satisfies PollFamily,
    language: 'fr',
    question: `Question ${family}`,
    options: OPTIONS[family].map((o, i) => ({ id: `o${i + 1}`, ...o })),
    ...(phase === 'after' ? { pairedWith: id('before') } : {}),
    state: 'closed',
    revealed: true,
    onStage: false,
  });
  const answers = (phase: 'before' | 'after', counts: number[]) =>
    counts.flatMap((count, i) => {
      const base = { rev: 1, createdAt: T, updatedAt: T, screeningId, pollId: id(phase), optionId: `o${i + 1}` };
      const kiosk = phase === 'before' && i === 0 && count > 0;
      return [
        ...(kiosk ? [{ ...base, id: `${id(phase)}-o${i + 1}-k`, channel: 'kiosk', count: 1 }] : []),
        { ...base, id: `${id(phase)}-o${i + 1}-h`, channel: 'hands', count: kiosk ? count - 1 : count },
      ];
    });
  return {
    polls: [poll('before'), poll('after')],
    answers: [...answers('before', before), ...answers('after', after)],
  };
}
