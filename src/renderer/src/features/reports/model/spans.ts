import { byTime } from '@shared/records/constants';
import type { KioskEvent, Phase } from '../../../data/types';
import { TIMED_PHASES, type FilmFigures, type PhaseSpan, type TimedPhase } from './types';

const ms = (iso: string): number => Date.parse(iso);
const num = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);
const isTimed = (p: Phase): p is TimedPhase => (TIMED_PHASES as readonly Phase[]).includes(p);

/**
 * Time spent in each phase, from the `phase` events of the audit trail (data {from, to}).
 * The phase the screening is still in has no end yet: it is flagged `ongoing` and
 * counted up to the last thing that happened, so the figure does not move with the clock.
 */
export function phaseSpans(events: readonly KioskEvent[], current: Phase): PhaseSpan[] {
  const sorted = [...events].sort(byTime);
  const phases = sorted.flatMap((e) => (e.type === 'phase' ? [e] : []));
  const lastAt = sorted.length ? ms(sorted[sorted.length - 1]!.at) : 0;
  const seconds = new Map<TimedPhase, number>();
  phases.forEach((e, i) => {
    const to = e.data.to;
    if (!isTimed(to)) return;
    const end = i + 1 < phases.length ? ms(phases[i + 1]!.at) : lastAt;
    seconds.set(to, (seconds.get(to) ?? 0) + Math.max(0, (end - ms(e.at)) / 1000));
  });
  return TIMED_PHASES.map((phase) => ({
    phase,
    seconds: Math.round(seconds.get(phase) ?? 0),
    ongoing: phase === current,
  }));
}

/** Merges [start, end] intervals and returns their covered length. */
function coveredLength(intervals: [number, number][]): number {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const [a, b] of sorted) {
    if (a > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = a;
      curEnd = b;
    } else curEnd = Math.max(curEnd, b);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

/**
 * How much of the film was shown, from playback events: `play`, `pause`, `seek`,
 * `ended`, each with `positionSec` (a seek also `fromSec`/`toSec`) and optionally
 * `durationSec`. A span that lost its end (power cut, phase change) is closed by the
 * wall-clock time that passed, capped at the film's length.
 */
export function filmFigures(events: readonly KioskEvent[]): FilmFigures {
  const sorted = [...events].sort(byTime);
  const intervals: [number, number][] = [];
  let duration: number | null = null;
  let reachedEnd = false;
  let open: { pos: number; at: number } | null = null;
  const close = (e: KioskEvent, pos: number | null) => {
    if (!open) return;
    const end = pos ?? open.pos + (ms(e.at) - open.at) / 1000;
    intervals.push([open.pos, duration === null ? end : Math.min(end, duration)]);
    open = null;
  };
  for (const e of sorted) {
    if (e.type === 'phase') {
      if (e.data.from === 'screening') close(e, null);
      continue;
    }
    if (e.type === 'moderation' || e.type === 'topics') continue;
    if (e.type !== 'seek') duration = num(e.data.durationSec) ?? duration;
    const pos = num(e.data.positionSec);
    if (e.type === 'play') {
      close(e, pos);
      open = { pos: pos ?? 0, at: ms(e.at) };
    } else if (e.type === 'pause') close(e, pos);
    else if (e.type === 'ended') {
      close(e, pos ?? duration);
      reachedEnd = true;
    } else if (open) {
      close(e, num(e.data.fromSec));
      open = { pos: num(e.data.toSec) ?? pos ?? 0, at: ms(e.at) };
    }
  }
  const playedSec = Math.round(coveredLength(intervals));
  const percent = duration ? Math.min(100, Math.round((playedSec / duration) * 100)) : null;
  return { playedSec, durationSec: duration === null ? null : Math.round(duration), percent, reachedEnd };
}
