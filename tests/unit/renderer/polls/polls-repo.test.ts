import { beforeEach, describe, expect, it } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../../src/renderer/src/data/db';
import { newId } from '../../../../src/renderer/src/data/ids';
import { getBlob } from '../../../../src/renderer/src/data/repos/blobs';
import { starterOptions } from '../../../../src/renderer/src/data/repos/poll-input';
import {
  answerPoll,
  closePoll,
  createPoll,
  currentPoll,
  editPoll,
  openPoll,
  pollAnswers,
  PollRejected,
  revealPoll,
  savePrompt,
  setHands,
} from '../../../../src/renderer/src/data/repos/polls';
import { pollResult } from '@shared/polls/results';

beforeEach(() => setDbForTests(new KioskDB(`polls-test-${newId()}`)));

const yesNo = { kind: 'yes_no' as const, phase: 'before' as const, language: 'fr' as const, question: ' Partir ?  ' };
const make = () => createPoll('S1', { ...yesNo, options: starterOptions('yes_no', ['Oui', 'Non']) });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'stored',
    (e: unknown) => (e instanceof PollRejected ? e.problem : String(e)),
  );

describe('polls', () => {
  it('a draft is cleaned and queued; opening puts it on stage, hidden, and closes the one open before', async () => {
    const a = await make();
    expect(a.question).toBe('Partir ?');
    expect([a.state, a.revealed, a.onStage]).toEqual(['draft', false, false]);
    const b = await make();
    await openPoll(a.id);
    await openPoll(b.id);
    expect(await db().polls.get(a.id)).toMatchObject({ state: 'closed', onStage: false });
    expect(await currentPoll('S1')).toMatchObject({ id: b.id, state: 'open', onStage: true, revealed: false });
    await closePoll(b.id);
    await revealPoll(b.id, true);
    expect(await currentPoll('S1')).toMatchObject({ id: b.id, state: 'closed', revealed: true });
    const outbox = await db().outbox.where('recordId').equals(b.id).toArray();
    expect(outbox.map((o) => o.rev)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a bad draft with its reason and stores nothing; an opened poll keeps its wording', async () => {
    const bad = {
      ...yesNo,
      kind: 'choice' as const,
      options: [{ id: 'o1', label: 'x'.repeat(2000), icon: 'yes' as const }],
    };
    expect(await refusal(createPoll('S1', bad))).toBe('too_few_options');
    expect(
      await refusal(createPoll('S1', { ...bad, options: [...bad.options, { id: 'o2', label: 'b', icon: 'no' }] })),
    ).toBe('option_long');
    expect(await db().polls.count()).toBe(0);
    const p = await make();
    await openPoll(p.id);
    expect(await refusal(editPoll(p.id, { ...yesNo, options: p.options }))).toBe('not_draft');
  });

  it('an answer is stored with its outbox entry only while the poll is open', async () => {
    const p = await make();
    expect(await refusal(answerPoll(p.id, 'o1', 'kiosk'))).toBe('not_open');
    await openPoll(p.id);
    const a = await answerPoll(p.id, 'o1', 'kiosk');
    expect((await db().outbox.where('recordId').equals(a.id).toArray()).map((o) => o.table)).toEqual(['pollAnswers']);
    expect(await refusal(answerPoll(p.id, 'o9', 'kiosk'))).toBe('unknown_option');
    await closePoll(p.id);
    expect(await refusal(answerPoll(p.id, 'o2', 'phone'))).toBe('not_open');
    expect(await pollAnswers(p.id)).toHaveLength(1);
  });

  it('show-of-hands counts replace what was typed before, checked against the attendance', async () => {
    const p = await make();
    await openPoll(p.id);
    await answerPoll(p.id, 'o2', 'kiosk');
    await setHands(p.id, { o1: '10', o2: '4' }, 30);
    await setHands(p.id, { o1: '12', o2: '' }, 30);
    expect(await refusal(setHands(p.id, { o1: '3.5', o2: '1' }, 30))).toBe('not_whole');
    expect(await refusal(setHands(p.id, { o1: '20', o2: '11' }, 30))).toBe('over_attendance');
    const r = pollResult(p, await pollAnswers(p.id));
    expect(r.n).toEqual({ kiosk: 1, phone: 0, hands: 12, total: 13 });
    expect(r.options.map((o) => o.total)).toEqual([12, 1]);
    await closePoll(p.id);
    expect(await refusal(setHands(p.id, { o1: '1' }, 30))).toBe('not_open');
  });

  it('a recorded prompt is stored as a blob by its hash', async () => {
    const prompt = await savePrompt(new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/webm' }), 2.345);
    expect(prompt.durationSec).toBe(2.3);
    expect((await getBlob(prompt.hash))?.size).toBe(3);
  });
});
