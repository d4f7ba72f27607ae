import { z } from 'zod';
import { recordId, text } from './fields';
import { TOPIC_LABEL_MAX } from './topic-consts';

export * from './topic-consts';

/** A built-in topic carries no label; a facilitator's own carries the label as typed. */
export const topicSchema = z.strictObject({ id: recordId, label: text(TOPIC_LABEL_MAX).optional() });
export type Topic = z.infer<typeof topicSchema>;
