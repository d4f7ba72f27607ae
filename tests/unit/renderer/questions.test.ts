import { beforeEach, describe, expect, it } from 'vitest';
import { db, KioskDB, setDbForTests } from '../../../src/renderer/src/data/db';
import { newId } from '../../../src/renderer/src/data/ids';
import { getBlob, sha256Hex } from '../../../src/renderer/src/data/repos/blobs';
import { ensureTally } from '../../../src/renderer/src/data/repos/tallies';
import { EntryRejected, QUESTION_MAX_CHARS } from '../../../src/renderer/src/data/repos/entry-text';
import {
  assignPanelist,
  getQuestion,
  moderate,
  onStageQuestion,
  questionCounts,
  questionsByStatus,
  setQuestionLanguage,
  stageQuestions,
  submitQuestion,
} from '../../../src/renderer/src/data/repos/questions';

beforeEach(() => setDbForTests(new KioskDB(`questions-test-${newId()}`)));

const ask = (text: string, extra: Partial<Parameters<typeof submitQuestion>[0]> = {}) =>
  submitQuestion({ screeningId: 's1', text, language: 'wo', ...extra });

const moderationEvents = async () =>
  (await db().events.where('[screeningId+type]').equals(['s1', 'moderation']).sortBy('id')).flatMap((e) =>
    e.type === 'moderation' ? [e.data] : [],
  );

describe('submitting a question', () => {
  it('stores it pending, NFC-normalised and trimmed, anonymous unless a name is given, with its outbox entry', async () => {
    const q = await ask('  Lan moo xew ci ŋ ak e\u0308 ?  ');
    expect(q.text).toBe('Lan moo xew ci ŋ ak ë ?');
    expect(q.status).toBe('pending');
    expect(q.askerName).toBeUndefined();
    const stored = await getQuestion(q.id);
    expect(stored).toEqual(q);
    const outbox = await db().outbox.where('recordId').equals(q.id).toArray();
    expect(outbox.map((o) => [o.table, o.rev])).toEqual([['questions', 1]]);
    expect((await ask('Bonjour', { askerName: '  Fatou ' })).askerName).toBe('Fatou');
    expect((await ask('Bonjour', { askerName: '   ' })).askerName).toBeUndefined();
  });

  it('refuses empty, whitespace-only and over-long text without storing anything', async () => {
    for (const text of ['', '   \n\t ', '\u00a0\u3000'])
      await expect(ask(text)).rejects.toEqual(new EntryRejected('empty'));
    await expect(ask('a'.repeat(QUESTION_MAX_CHARS + 1))).rejects.toEqual(new EntryRejected('too_long'));
    expect(await db().questions.count()).toBe(0);
    expect(await db().outbox.count()).toBe(0);
    // The limit counts letters as a reader sees them: 500 decomposed ë are 500, not 1000.
    expect((await ask('e\u0308'.repeat(QUESTION_MAX_CHARS))).text).toBe('ë'.repeat(QUESTION_MAX_CHARS));
  });

  it('keeps pasted HTML as text', async () => {
    const html = '<img src=x onerror=alert(1)><b>Yaa ngi ci jàmm?</b>';
    expect((await ask(html)).text).toBe(html);
  });

  it('stores a spoken question with its recording keyed by the sha-256 of its bytes', async () => {
    const bytes = new Uint8Array([26, 69, 223, 163, 1, 2, 3, 4, 5]);
    const q = await ask('', { audio: { data: new Blob([bytes], { type: 'audio/webm' }), durationSec: 4.26 } });
    expect(q.audioHash).toBe(await sha256Hex(bytes.buffer));
    expect(q.audioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(q.audioDurationSec).toBe(4.3);
    const blob = (await getBlob(q.audioHash!))!;
    expect(blob.mime).toBe('audio/webm');
    expect(new Uint8Array(await blob.data.arrayBuffer())).toEqual(bytes);
    // The same recording twice is one blob.
    await ask('', { audio: { data: new Blob([bytes], { type: 'audio/webm' }), durationSec: 4.26 } });
    expect(await db().blobs.count()).toBe(1);
  });
});

describe('moderation', () => {
  it('moves a question through every status, each move audited', async () => {
    const q = await ask('Naka la tukki bi mel?');
    for (const [action, status] of [
      ['approve', 'approved'],
      ['project', 'on_stage'],
      ['answered', 'answered'],
    ] as const) {
      const r = await moderate(q.id, action);
      expect([r.changed, r.question.status]).toEqual([true, status]);
    }
    const d = await ask('Hors sujet');
    await moderate(d.id, 'dismiss', { reason: ' hors sujet ' });
    expect((await getQuestion(d.id))!.dismissReason).toBe('hors sujet');
    await moderate(d.id, 'restore');
    const restored = (await getQuestion(d.id))!;
    expect([restored.status, restored.dismissReason]).toEqual(['pending', undefined]);
    expect(Object.keys((await getQuestion(q.id))!.statusAt).sort()).toEqual([
      'answered',
      'approved',
      'on_stage',
      'pending',
    ]);
    expect(await moderationEvents()).toEqual([
      { questionId: q.id, action: 'approve', from: 'pending', to: 'approved' },
      { questionId: q.id, action: 'project', from: 'approved', to: 'on_stage' },
      { questionId: q.id, action: 'answered', from: 'on_stage', to: 'answered' },
      { questionId: d.id, action: 'dismiss', from: 'pending', to: 'dismissed', reason: 'hors sujet' },
      { questionId: d.id, action: 'restore', from: 'dismissed', to: 'pending' },
    ]);
  });

  it('keeps one question on stage: projecting the next marks the previous answered', async () => {
    const a = await ask('Première');
    const b = await ask('Deuxième');
    await moderate(a.id, 'project');
    await moderate(b.id, 'project');
    expect((await onStageQuestion('s1'))!.id).toBe(b.id);
    expect((await getQuestion(a.id))!.status).toBe('answered');
    expect((await moderationEvents()).at(-2)).toEqual({
      questionId: a.id,
      action: 'answered',
      from: 'on_stage',
      to: 'answered',
      auto: true,
    });
  });

  it('gives the stage the question on stage and the next approved ones, oldest first', async () => {
    expect(await stageQuestions('s1', 2)).toEqual({ current: undefined, next: [] });
    const [a, b, c, d] = [await ask('Une'), await ask('Deux'), await ask('Trois'), await ask('Quatre')];
    for (const q of [b, c, d]) await moderate(q.id, 'approve');
    await moderate(a.id, 'project');
    const stage = await stageQuestions('s1', 2);
    expect(stage.current?.id).toBe(a.id);
    expect(stage.next.map((q) => q.id)).toEqual([b.id, c.id]);
  });

  it('keeps one question on stage when the console names the screening, even a wrong one', async () => {
    const a = await ask('Première');
    const b = await ask('Deuxième');
    const c = await ask('Troisième');
    await moderate(a.id, 'project', { screeningId: 's1' });
    await moderate(b.id, 'project', { screeningId: 's1' });
    expect((await getQuestion(a.id))!.status).toBe('answered');
    await moderate(c.id, 'project', { screeningId: 'another' });
    expect((await getQuestion(b.id))!.status).toBe('answered');
    expect((await onStageQuestion('s1'))!.id).toBe(c.id);
  });

  it('projecting over a question on stage queues both questions and both events, in the order they happened, and counts them', async () => {
    await ensureTally('s1');
    const a = await ask('Première');
    const b = await ask('Deuxième');
    await moderate(a.id, 'project');
    const from = (await db().outbox.orderBy('seq').last())!.seq!;
    const { question } = await moderate(b.id, 'project');
    const rows = await db().outbox.where('seq').above(from).sortBy('seq');
    expect(rows.map((r) => [r.table, r.recordId, r.rev])).toEqual([
      ['questions', a.id, 3],
      ['events', rows[1]!.recordId, 1],
      ['questions', b.id, 2],
      ['events', rows[3]!.recordId, 1],
    ]);
    // Each outbox row carries the record exactly as stored.
    expect(rows[0]!.payload).toEqual(await getQuestion(a.id));
    expect(rows[2]!.payload).toEqual(await getQuestion(b.id));
    expect(question).toEqual(await getQuestion(b.id));
    expect(rows[1]!.payload).toEqual(await db().events.get(rows[1]!.recordId));
    expect((await moderationEvents()).slice(-2)).toEqual([
      { questionId: a.id, action: 'answered', from: 'on_stage', to: 'answered', auto: true },
      { questionId: b.id, action: 'project', from: 'pending', to: 'on_stage' },
    ]);
    expect((await questionCounts('s1')).byStatus).toEqual({
      pending: 0,
      approved: 0,
      on_stage: 1,
      answered: 1,
      dismissed: 0,
      merged: 0,
    });
    expect(await db().tallies.get('s1')).toBeDefined();
  });

  it('ignores a move that no longer applies (double press, another window) and writes nothing', async () => {
    const q = await ask('Deux fois');
    await moderate(q.id, 'approve');
    const outbox = await db().outbox.count();
    const again = await moderate(q.id, 'approve');
    expect([again.changed, again.question.rev]).toEqual([false, 2]);
    expect((await moderate(q.id, 'restore')).changed).toBe(false);
    expect(await db().outbox.count()).toBe(outbox);
  });

  it('assigns a panelist and corrects the language, both audited', async () => {
    const q = await ask('Ndax danga am naqar?');
    expect((await assignPanelist(q.id, 'Moussa Sow')).panelist).toBe('Moussa Sow');
    expect((await assignPanelist(q.id, null)).panelist).toBeUndefined();
    expect((await setQuestionLanguage(q.id, 'fr')).language).toBe('fr');
    expect((await moderationEvents()).map((e) => e.action)).toEqual(['assign', 'assign', 'language']);
  });
});

describe('queue reads', () => {
  it('pages a status oldest first and counts by status and language from the indexes', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await ask(`Q${i}`, { language: i % 3 === 0 ? 'fr' : 'wo' })).id);
    await moderate(ids[0]!, 'approve');
    await moderate(ids[1]!, 'dismiss');
    await submitQuestion({ screeningId: 'other', text: 'Ailleurs', language: 'fr' });
    const page = await questionsByStatus('s1', 'pending', 5);
    expect(page.map((q) => q.text)).toEqual(['Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
    expect((await questionsByStatus('s1', 'pending', 2, true)).map((q) => q.text)).toEqual(['Q11', 'Q10']);
    expect(await questionCounts('s1')).toEqual({
      byStatus: { pending: 10, approved: 1, on_stage: 0, answered: 0, dismissed: 1, merged: 0 },
      byLanguage: { fr: 4, wo: 8, other: 0 },
      fromFloor: 0,
      fromPhone: 0,
      total: 12,
    });
  });
});
