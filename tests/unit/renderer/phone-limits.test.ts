import { describe, expect, it } from 'vitest';
import { NAME_MAX_CHARS, PLEDGE_MAX_CHARS, QUESTION_MAX_CHARS } from '../../../src/renderer/src/data/repos/entry-text';
import { LIMITS } from '../../../src/renderer/phone/limits';

describe('the phone page counter', () => {
  it('counts against the kiosk’s own limits', () => {
    expect(LIMITS).toEqual({ question: QUESTION_MAX_CHARS, pledge: PLEDGE_MAX_CHARS, name: NAME_MAX_CHARS });
  });
});
