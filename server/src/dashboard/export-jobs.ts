import { newToken } from '../auth/secrets';

export interface ExportJob {
  id: string;
  staffId: string;
  /** The file's name and type, for the download. */
  name: string;
  fmt: 'csv' | 'xlsx' | 'json';
  total: number;
  done: number;
  state: 'running' | 'ready' | 'failed';
  body: string | Buffer | null;
  startedAt: number;
}

/** Finished files are kept this long for their download, then let go. */
const KEEP_MS = 15 * 60_000;
/** Per member of staff: jobs held at once (running or waiting to be downloaded). */
export const JOBS_PER_STAFF = 3;

/**
 * Large exports built in the background while the page shows how far they are. Held in
 * memory: a restart loses only exports in progress, which staff start again.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();

  /** A new job, or null when this member of staff already has as many as allowed running. */
  start(
    staffId: string,
    spec: Pick<ExportJob, 'name' | 'fmt' | 'total'>,
    work: (progress: (done: number) => void) => Promise<string | Buffer>,
  ): ExportJob | null {
    this.sweep();
    const mine = [...this.jobs.values()].filter((j) => j.staffId === staffId);
    if (mine.filter((j) => j.state === 'running').length >= JOBS_PER_STAFF) return null;
    // Older finished files of the same person make room for the new one.
    for (const old of mine.slice(0, Math.max(0, mine.length - JOBS_PER_STAFF + 1))) {
      if (old.state !== 'running') this.jobs.delete(old.id);
    }
    const job: ExportJob = {
      ...spec,
      id: newToken(),
      staffId,
      done: 0,
      state: 'running',
      body: null,
      startedAt: Date.now(),
    };
    this.jobs.set(job.id, job);
    void work((done) => (job.done = done)).then(
      (body) => Object.assign(job, { body, state: 'ready', done: job.total }),
      () => (job.state = 'failed'),
    );
    return job;
  }

  /** The job, for the member of staff who started it only. */
  get(id: string, staffId: string): ExportJob | null {
    this.sweep();
    const job = this.jobs.get(id);
    return job && job.staffId === staffId ? job : null;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, j] of this.jobs) if (j.state !== 'running' && now - j.startedAt > KEEP_MS) this.jobs.delete(id);
  }
}
