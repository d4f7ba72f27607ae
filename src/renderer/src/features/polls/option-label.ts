import i18next from 'i18next';
import type { PollOption } from '@shared/records';
import { LANGUAGES, type Lang } from '../../i18n/languages';

const says = (lang: Lang, icon: 'yes' | 'no') => i18next.getFixedT(lang, 'polls')(`icon.${icon}`);

/**
 * A yes/no option still worded as the editor filled it in ("Oui", "Waaw"…) is the kiosk's
 * own word, so it reads in the attendee's language; anything the facilitator typed stays
 * as typed (it is the poll's wording, in the evening's language).
 */
export function optionLabel(o: Pick<PollOption, 'icon' | 'label'>, lang: Lang): string {
  if (o.icon !== 'yes' && o.icon !== 'no') return o.label;
  const typed = o.label.trim().toLocaleLowerCase();
  const icon = o.icon;
  const stock = LANGUAGES.some((l) => says(l, icon).toLocaleLowerCase() === typed);
  return stock ? says(lang, icon) : o.label;
}

/** An option's wording per phone language, when it has one (see optionLabel). */
export function optionLabels(o: Pick<PollOption, 'icon' | 'label'>): { fr: string; wo: string } | undefined {
  const fr = optionLabel(o, 'fr');
  return fr === o.label && optionLabel(o, 'wo') === o.label ? undefined : { fr, wo: optionLabel(o, 'wo') };
}
