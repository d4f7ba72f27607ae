import { describe, expect, it } from 'vitest';
import { flaggedSpans, parseFilterList, STARTING_FILTER } from '@shared/word-filter';

const flagged = (text: string, list: readonly string[] = STARTING_FILTER) =>
  flaggedSpans(text, list).map((s) => text.slice(s.start, s.end));

describe('the word filter', () => {
  it('flags whole words of the list in French and Wolof, whatever the case and accents', () => {
    expect(flagged('Espèce de CONNARD, pourquoi partir ?')).toEqual(['CONNARD']);
    expect(flagged('Bâtard ! batard !')).toEqual(['Bâtard', 'batard']);
    expect(flagged('Yow doomu araam nga')).toEqual(['doomu araam']);
    expect(flagged('Saay-saay bi')).toEqual(['Saay-saay']);
    expect(flagged('Nit ku baax la, du dof.')).toEqual(['dof']);
  });

  it('leaves words that only contain an entry, and questions with none', () => {
    expect(flagged('Quelle condition pour le visa ?', ['con'])).toEqual([]);
    expect(flagged('Naka lañuy am kayit ?')).toEqual([]);
    expect(flagged('')).toEqual([]);
  });

  it('treats markup and regex characters in the list and the text as plain characters', () => {
    // An entry without letters matches nothing (never "everything", as a regex would).
    expect(flagged('(.*) tout le reste', ['.*', '(', '\\'])).toEqual([]);
    expect(flagged('<b>visa</b> ?', ['visa'])).toEqual(['visa']);
  });

  it('reads the list as typed: one entry a line, blanks and repeats out', () => {
    expect(parseFilterList(' dof \n\nDOF\r\nkaccoor\n')).toEqual(['dof', 'kaccoor']);
  });
});
