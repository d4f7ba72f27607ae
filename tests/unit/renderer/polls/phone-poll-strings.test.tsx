// @vitest-environment jsdom
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhonePoll } from '@shared/phone-poll';
import { starterOptions } from '../../../../src/renderer/src/data/repos/poll-input';
import { createPoll, openPoll } from '../../../../src/renderer/src/data/repos/polls';
import { createScreening } from '../../../../src/renderer/src/data/repos/screenings';
import { freshDb } from '../reports-fixture';

const publishPoll = vi.fn(async (_poll: PhonePoll | null) => ({ ok: true as const, value: undefined }));
vi.mock('../../../../src/renderer/src/platform', () => ({ kiosk: { phones: { publishPoll } } }));
const { default: i18next } = await import('i18next');
const { initI18n } = await import('../../../../src/renderer/src/i18n');
const { usePhonePoll } = await import('../../../../src/renderer/src/features/polls/use-phone-poll');

beforeEach(freshDb);

function Bridge() {
  usePhonePoll();
  return null;
}

describe('the poll the console gives phones', () => {
  it('carries the yes/no wording in French and Wolof though the console has loaded only its first screen’s strings', async () => {
    const s = await createScreening({
      place: { town: 'Kolda', venue: 'Foyer', region: 'Kolda', country: 'Sénégal' },
      date: '2026-06-06',
      facilitators: [],
      panelists: [],
      filmId: 'sample',
    });
    const poll = await createPoll(s.id, {
      kind: 'yes_no',
      phase: 'before',
      language: 'fr',
      question: 'Partir ?',
      options: starterOptions('yes_no', ['Oui', 'Non']),
    });
    await openPoll(poll.id);
    // A console reopened on its Debate section: neither language's poll strings are in yet.
    await initI18n('console', 'fr');
    expect(i18next.hasLoadedNamespace('polls', { lng: 'wo' })).toBe(false);

    const root = createRoot(document.createElement('div'));
    root.render(createElement(Bridge));
    await vi.waitFor(() => expect(publishPoll.mock.calls.some(([p]) => p?.id === poll.id)).toBe(true));
    const sent = publishPoll.mock.calls.map(([p]) => p).filter((p) => p?.id === poll.id);
    for (const p of sent)
      expect(p?.options.map((o) => o.labels)).toEqual([
        { fr: 'Oui', wo: 'Waaw' },
        { fr: 'Non', wo: 'Déedéet' },
      ]);
    root.unmount();
  });
});
