import { describe, expect, it } from 'vitest';
import { duplicateKey, suggestDuplicates } from '@shared/duplicates';
import { contentWords } from '@shared/words';

const ids = (texts: string[]) => texts.map((text, i) => ({ id: `q${i}`, text }));

describe('the duplicate suggester', () => {
  it('finds French questions with the same words, whatever the case, accents, plural and little words', () => {
    const groups = suggestDuplicates(
      ids([
        'Comment avoir des papiers ?',
        'Quel travail ici ?',
        'COMMENT AVOIR LES PAPIERS',
        'comment avoir un papier',
        'Combien coûte la traversée ?',
        'La traversee, ça coute combien ?',
      ]),
    );
    expect(groups).toEqual([
      ['q0', 'q2', 'q3'],
      ['q4', 'q5'],
    ]);
  });

  it('finds Wolof questions with the same words, ŋ and ñ folded like the search does', () => {
    expect(contentWords('Naka lañuy am kayit ?')).toEqual(['kayit']);
    const groups = suggestDuplicates(
      ids(['Naka lañuy am kayit ?', 'naka LAÑUY am kayit', 'Kayit, naka la ñuy am ?', 'Ñaata la liggéey bi di jënd ?']),
    );
    expect(groups).toEqual([['q0', 'q1', 'q2']]);
    // ŋ is its own letter: "ŋ" and "ng" are different words.
    expect(duplicateKey('jaŋ')).not.toBe(duplicateKey('jang'));
  });

  it('suggests nothing for questions that only share little words, or have no words at all', () => {
    expect(suggestDuplicates(ids(['Pourquoi ?', 'Pourquoi ?', '', '?!', 'Et vous ?', 'Naka la ?']))).toEqual([]);
    expect(suggestDuplicates(ids(['Le visa', 'Le travail']))).toEqual([]);
  });

  it('keeps numbers apart, even of one digit: numbered questions are not one question asked twice', () => {
    const texts = Array.from({ length: 9 }, (_, i) => `Question ${i + 1} : le visa`);
    expect(suggestDuplicates(ids([...texts, 'question 3 : LE VISA', 'Question 12 : le visa']))).toEqual([['q2', 'q9']]);
    expect(duplicateKey('Combien coûte le visa en 2026 ?')).toBe(duplicateKey('le visa coûte combien en 2026'));
  });

  it('treats markup and regex characters as the characters they are', () => {
    const groups = suggestDuplicates(ids(['<em>visa</em> (.*)', 'em visa', 'Visa ?', '(.*)', '.*']));
    expect(groups).toEqual([['q0', 'q1']]);
  });
});
