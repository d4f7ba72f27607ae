import { describe, expect, it } from 'vitest';
import { foldText, matchesTerms, searchTerms } from '../../../src/shared/text-fold';

const find = (text: string, query: string) => matchesTerms(text, searchTerms(query));

describe('folding text for search', () => {
  it('folds case and accents in French and Wolof, composed or not', () => {
    expect(foldText('Pourquoi PARTIR à l’étranger ?')).toBe('pourquoi partir a l’etranger ?');
    expect(foldText('Ñaata la visa bi di jar ? Jërëjëf')).toBe('naata la visa bi di jar ? jerejef');
    expect(foldText('e\u0308 ë É')).toBe('e e e');
    expect(find('Ñaata la visa bi di jar ?', 'NAATA visa')).toBe(true);
    expect(find('Ndax dañuy jàpp ñi dellu?', 'japp dellu')).toBe(true);
  });

  it('keeps ŋ its own letter: it matches ŋ and Ŋ, never n or ng', () => {
    expect(foldText('ŊAAYOO')).toBe('ŋaayoo');
    expect(find('Ñan ñoo ëpp doole ci ŋaayoo bi?', 'ŋaayoo')).toBe(true);
    expect(find('Ñan ñoo ëpp doole ci ŋaayoo bi?', 'Ŋaa')).toBe(true);
    expect(find('Ñan ñoo ëpp doole ci ŋaayoo bi?', 'naayoo')).toBe(false);
    expect(find('Ñan ñoo ëpp doole ci ŋaayoo bi?', 'ngaayoo')).toBe(false);
  });

  it('needs every word, in any order; blank finds everything', () => {
    expect(find('Les papiers pour partir en Europe', 'europe papiers')).toBe(true);
    expect(find('Les papiers pour partir en Europe', 'europe visa')).toBe(false);
    expect(find('anything', '   ')).toBe(true);
  });

  it('searches markup and regex characters literally', () => {
    expect(find('Le prix (en CFA) ?', '(en')).toBe(true);
    expect(find('Le prix en CFA ?', '.*')).toBe(false);
    expect(find('Le prix en CFA ?', '[a-z]')).toBe(false);
    expect(find('écrit <b>gras</b>', '<b>')).toBe(true);
    expect(find('a+b', 'a+b')).toBe(true);
    expect(find('aab', 'a+b')).toBe(false);
    expect(find('Combien ? \\ $^', '\\ $^')).toBe(true);
  });
});
