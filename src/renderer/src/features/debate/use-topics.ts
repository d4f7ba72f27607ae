import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { topicLabel, topicsOf } from '@shared/records/constants';
import type { Topic } from '@shared/records';
import type { Screening } from '../../data/types';

/** A topic's label in the interface language: built-in ones translated, the facilitator's as typed. */
export function useTopicLabel(): (t: Topic) => string {
  const { t } = useTranslation('common');
  return useCallback((topic: Topic) => topicLabel((k) => t(k), topic), [t]);
}

/** The evening's topics and how to name them. */
export function useTopics(screening: Screening) {
  const label = useTopicLabel();
  return { list: topicsOf(screening), label };
}
