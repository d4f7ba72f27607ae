import type { BrowserContext, Locator, Page } from '@playwright/test';
import { ConsolePage, KOLDA_SCREENING, type ScreeningInput } from './console-page';

/** What a video element tells about itself (read inside the page). */
export interface VideoState {
  currentTime: number;
  duration: number;
  paused: boolean;
  ended: boolean;
  error: number | null;
  volume: number;
  /** Text of the cues showing now, per subtitle language whose track is showing. */
  showing: Record<string, string[]>;
}

interface CueLike {
  text: string;
  line: number | 'auto';
  align: string;
}
interface TrackLike {
  language: string;
  mode: string;
  activeCues: { length: number; [i: number]: CueLike } | null;
  cues: { length: number; [i: number]: CueLike } | null;
}
interface VideoLike {
  currentTime: number;
  duration: number;
  paused: boolean;
  ended: boolean;
  volume: number;
  error: { code: number } | null;
  textTracks: { length: number; [i: number]: TrackLike };
}

/** The projector screen (`#/stage`), read through its <video>: it has no controls. */
export class StagePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('#/stage');
  }

  get video(): Locator {
    return this.page.locator('.stage__film video');
  }

  async state(): Promise<VideoState> {
    return this.video.evaluate((el) => {
      const v = el as unknown as VideoLike;
      const showing: Record<string, string[]> = {};
      for (let i = 0; i < v.textTracks.length; i++) {
        const t = v.textTracks[i]!;
        if (t.mode !== 'showing') continue;
        const cues: string[] = [];
        for (let j = 0; j < (t.activeCues?.length ?? 0); j++) cues.push(t.activeCues![j]!.text);
        showing[t.language] = cues;
      }
      return {
        currentTime: v.currentTime,
        duration: v.duration,
        paused: v.paused,
        ended: v.ended,
        error: v.error?.code ?? null,
        volume: v.volume,
        showing,
      };
    });
  }

  /** Every cue of each showing track, and where it sits: its WebVTT line (a percentage, or 'auto' for the bottom) and alignment. */
  async placement(): Promise<Record<string, { text: string; line: number | 'auto'; align: string }[]>> {
    return this.video.evaluate((el) => {
      const v = el as unknown as VideoLike;
      const out: Record<string, { text: string; line: number | 'auto'; align: string }[]> = {};
      for (let i = 0; i < v.textTracks.length; i++) {
        const t = v.textTracks[i]!;
        if (t.mode !== 'showing') continue;
        out[t.language] = [];
        for (let j = 0; j < (t.cues?.length ?? 0); j++) {
          const c = t.cues![j]!;
          out[t.language]!.push({ text: c.text, line: c.line, align: c.align });
        }
      }
      return out;
    });
  }

  /** The film's current position in seconds. */
  async time(): Promise<number> {
    return (await this.state()).currentTime;
  }
}

/** The usual set-up: a console with a screening created, and a stage in a second window. */
export async function consoleAndStage(
  context: BrowserContext,
  screening: ScreeningInput = KOLDA_SCREENING,
): Promise<{ console: ConsolePage; stage: StagePage }> {
  const console = new ConsolePage(await context.newPage());
  await console.goto();
  await console.createScreening(screening);
  const stage = new StagePage(await context.newPage());
  await stage.goto();
  return { console, stage };
}
