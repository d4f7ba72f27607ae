import { currentPoll, pollAnswers, screeningAnswers, screeningPolls } from '../../data/repos/polls';
import { useLive } from '../../data/use-live';
import type { Poll } from '../../data/types';
import { pollFigures, pollResult, type PollFigures, type PollResult } from '@shared/polls/results';

export type ScreeningPolls = PollFigures & { records: Poll[] };

/** A screening's polls with their results, live across windows (a kiosk answer shows at once). */
export function useScreeningPolls(screeningId: string | undefined): ScreeningPolls | undefined {
  return useLive(
    async () => {
      if (!screeningId) return { polls: [], pairs: [], records: [] };
      const [polls, answers] = await Promise.all([screeningPolls(screeningId), screeningAnswers(screeningId)]);
      return { ...pollFigures(polls, answers), records: polls };
    },
    [screeningId],
    undefined,
  );
}

/** The poll open now (undefined while reading, null when none is): what the kiosk and phones answer. */
export function useOpenPoll(screeningId: string | null | undefined): Poll | null | undefined {
  return useLive(
    async () => {
      if (!screeningId) return null;
      const p = await currentPoll(screeningId);
      return p?.state === 'open' ? p : null;
    },
    [screeningId],
    undefined,
  );
}

/** The poll the stage and the kiosk show now (the open one, else the one left on stage), with its results. */
export function useCurrentPoll(screeningId: string | undefined): { poll: Poll; result: PollResult } | null | undefined {
  return useLive(
    async () => {
      if (!screeningId) return null;
      const poll = await currentPoll(screeningId);
      if (!poll) return null;
      return { poll, result: pollResult(poll, await pollAnswers(poll.id)) };
    },
    [screeningId],
    undefined,
  );
}
