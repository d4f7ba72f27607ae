/**
 * Everything of the record contract that needs no schema library: the lists, limits and
 * helpers. The schema files build on these and re-export them (so '@shared/records' still
 * offers all of it); a renderer screen imports from here and does not download zod.
 */
export * from './fields-consts';
export * from './screening-consts';
export * from './question-consts';
export * from './pledge-consts';
export * from './event-consts';
export * from './topic-consts';
export * from './merge';
export * from './poll-consts';
export * from './sync-tables';
export * from './audio-of';
