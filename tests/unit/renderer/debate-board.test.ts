import { beforeEach, describe, expect, it } from 'vitest';
import { KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { debateBoard } from '../../../src/renderer/src/data/repos/debate-board';
import { moderate, questionCounts, submitQuestion } from '../../../src/renderer/src/data/repos/questions';
import { ensureTally } from '../../../src/renderer/src/data/repos/tallies';
import type { QueueQuery } from '../../../src/renderer/src/data/repos/queue-search';

beforeEach(() => setDbForTests(new KioskDB(`debate-board-${newId()}`)));

const q: QueueQuery = { status: 'pending', search: '', order: 'oldest', topic: null, topicIds: [], limit: 2 };
const ask = (text: string) => submitQuestion({ screeningId: 's1', text, language: 'fr' });

describe('the debate board', () => {
  it('reads the queue page, the counts and the question on stage together, with or without a tally', async () => {
    const asked = [];
    for (const text of ['Une', 'Deux', 'Trois', 'Quatre']) asked.push(await ask(text));
    // No tally yet (a kiosk upgraded from v6): counted from the indexes.
    const untallied = await debateBoard('s1', q);
    expect(untallied.page).toMatchObject({ total: 4, start: 0 });
    expect(untallied.counts.byStatus.pending).toBe(4);
    await ensureTally('s1');
    await moderate(asked[0]!.id, 'project', { screeningId: 's1' });
    const board = await debateBoard('s1', { ...q, start: 2 });
    expect(board.page.rows.map((r) => r.text)).toEqual(['Quatre']);
    expect(board.page).toMatchObject({ total: 3, start: 2 });
    expect(board.counts).toEqual(await questionCounts('s1'));
    expect(board.counts.byStatus).toMatchObject({ pending: 3, on_stage: 1 });
    expect(board.onStage?.text).toBe('Une');
  });
});
