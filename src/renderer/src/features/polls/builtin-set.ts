import i18next from 'i18next';
import { POLL_FAMILIES } from '@shared/records/constants';
import type { PollFamily, PollKind } from '@shared/records';
import { starterOptions, type PollDraft } from '../../data/repos/poll-input';
import type { Lang } from '../../i18n/languages';

/** The shape of each family's question; the wording is in locales (polls:builtin.*), for review. */
const FAMILY: Record<PollFamily, { kind: PollKind; icons?: PollDraft['options'][number]['icon'][] }> = {
  risk_awareness: { kind: 'scale' },
  intention: { kind: 'yes_no' },
  trust_returnees: { kind: 'choice', icons: ['returnee', 'family', 'friends', 'phone', 'authority'] },
  legal_pathways: { kind: 'yes_no' },
};

/**
 * IOM's before/after questions (risk awareness, intention to migrate irregularly, trust
 * in returnees, legal pathways and local opportunities), worded in `lang`: each family
 * once before the film and once after the debate, the "after" one paired with the
 * "before" one. `pairIndex` is the index of the poll it is compared with.
 */
export function builtinSet(lang: Lang): (PollDraft & { pairIndex?: number })[] {
  const t = i18next.getFixedT(lang, 'polls');
  return POLL_FAMILIES.flatMap((family, i) => {
    const { kind, icons } = FAMILY[family];
    const labels = Object.values(t(`builtin.${family}.options`, { returnObjects: true }) as Record<string, string>);
    const base = starterOptions(kind, labels);
    const options =
      kind === 'choice' ? labels.map((label, j) => ({ id: `o${j + 1}`, label, icon: icons?.[j] ?? 'unsure' })) : base;
    const draft = { kind, family, language: lang, question: t(`builtin.${family}.question`), options };
    return [
      { ...draft, phase: 'before' as const },
      { ...draft, phase: 'after' as const, pairIndex: i * 2 },
    ];
  });
}
