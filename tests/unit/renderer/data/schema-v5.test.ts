import { describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { questionCounts } from '../../../../src/renderer/src/data/repos/questions';
import { createPoll, screeningPolls } from '../../../../src/renderer/src/data/repos/polls';
import { starterOptions } from '../../../../src/renderer/src/data/repos/poll-input';
import { v1 } from '../../../../src/renderer/src/data/schema/v1';
import { v2 } from '../../../../src/renderer/src/data/schema/v2';
import { v3 } from '../../../../src/renderer/src/data/schema/v3';
import { closedAfterEach, freshName, openAt, shape } from './schema-harness';

const opened = closedAfterEach();

const OLD_QUESTION = {
  id: '01KOLD0000000000000000000Q',
  rev: 1,
  createdAt: '2026-11-16T19:00:00.000Z',
  updatedAt: '2026-11-16T19:00:00.000Z',
  screeningId: 'S1',
  text: 'Naka lañuy def ngir am ay kayit ?',
  language: 'wo',
  source: 'kiosk',
  status: 'pending',
  statusAt: { pending: '2026-11-16T19:00:00.000Z' },
};
const OLD_OUTBOX = {
  table: 'questions',
  recordId: OLD_QUESTION.id,
  rev: 1,
  payload: OLD_QUESTION,
  at: OLD_QUESTION.createdAt,
};

describe('schema version 5', () => {
  it('adds the polls and pollAnswers tables to a v3 database, keeping its questions and unsent outbox', async () => {
    const name = freshName('v5-upgrade');
    const older = await openAt(name, [v1, v2, v3]);
    await older.table('questions').put(OLD_QUESTION);
    await older.table('outbox').add(OLD_OUTBOX);
    older.close();

    const current = new KioskDB(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(5); // later versions (v6 votes) open over it
    const tables = shape(current);
    expect(tables.polls).toEqual(['id', 'screeningId', '[screeningId+state]', 'updatedAt']);
    expect(tables.pollAnswers).toEqual(['id', 'screeningId', 'pollId', '[pollId+channel]']);
    setDbForTests(current);
    expect(await current.questions.get(OLD_QUESTION.id)).toEqual(OLD_QUESTION);
    expect((await questionCounts('S1')).total).toBe(1);
    expect(await current.outbox.toArray()).toEqual([{ ...OLD_OUTBOX, seq: 1 }]);
    expect(await screeningPolls('S1')).toEqual([]);
    const poll = await createPoll('S1', {
      kind: 'yes_no',
      phase: 'before',
      language: 'wo',
      question: 'Ndax yëngu-yëngu bi dafa am njàqare ?',
      options: starterOptions('yes_no', ['Waaw', 'Déedéet']),
    });
    expect((await screeningPolls('S1')).map((p) => p.id)).toEqual([poll.id]);
    expect((await current.outbox.toArray()).map((o) => o.table)).toEqual(['questions', 'polls']);
  });
});
