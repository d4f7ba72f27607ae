import { describe, expect, it } from 'vitest';
import { familyChanges } from '../../../src/shared/polls/families';
import { pollFigures } from '../../../src/shared/polls/results';
import type { Poll, PollAnswer } from '../../../src/shared/records';
import { translator } from '../../../server/src/dashboard/messages';
import { surveyView } from '../../../server/src/dashboard/survey';

const T = '2026-06-06T19:00:00.000Z';
const poll = (id: string, phase: 'before' | 'after'): Poll => ({
  id,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId: 'S1',
  kind: 'yes_no',
  phase,
  family: 'legal_pathways',
  language: 'fr',
  question: 'Connaissez-vous un moyen légal ?',
  options: [
    { id: 'o1', label: 'Oui', icon: 'yes' },
    { id: 'o2', label: 'Non', icon: 'no' },
  ],
  ...(phase === 'after' ? { pairedWith: 'PB' } : {}),
  state: 'closed',
  revealed: false,
  onStage: false,
});
const hands = (optionId: string, count: number): PollAnswer => ({
  id: `A-${optionId}`,
  rev: 1,
  createdAt: T,
  updatedAt: T,
  screeningId: 'S1',
  pollId: 'PB',
  optionId,
  channel: 'hands',
  count,
});

describe('the dashboard’s before/after survey', () => {
  it('shows a side nobody answered as a dash, not as 0 %, and its n as 0', () => {
    const families = familyChanges([pollFigures([poll('PB', 'before'), poll('PA', 'after')], [hands('o1', 3)])]);
    const page = surveyView(families, translator('en')).text;
    expect(page).toContain('Legal pathways and local opportunities — n before = 3 · n after = 0 · screenings: 1');
    const row = /<tr data-option="Yes">([\s\S]*?)<\/tr>/.exec(page)![1]!;
    expect([...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1])).toEqual(['100', '—', '—']);
  });

  it('shows nothing when no screening held a pair', () => {
    const families = familyChanges([pollFigures([poll('PB', 'before')], [hands('o1', 3)])]);
    expect(surveyView(families, translator('fr')).text).toBe('');
  });
});
