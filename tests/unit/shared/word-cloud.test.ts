import { describe, expect, it } from 'vitest';
import { cloudWords } from '@shared/word-cloud';
import { foldText } from '@shared/text-fold';
import { memoFold, wordsOf } from '@shared/words';

describe('the word cloud’s words', () => {
  it('drops French and Wolof stop words, folds forms, counts each word once a question, most used first', () => {
    const words = cloudWords([
      'Comment avoir des papiers ? Papiers, papiers !',
      'Les PAPIERS coûtent combien ?',
      'Naka lañuy am kayit ? Kayit bi, papier bi.',
      'Le travail au pays',
      'Lan laa war def ngir am liggéey ?',
    ]);
    expect(words[0]).toEqual({ text: 'papiers', count: 3 });
    expect(words[1]).toEqual({ text: 'coûtent', count: 1 }); // ties in the order of their folded form
    const texts = words.map((w) => w.text);
    expect(texts).toContain('kayit');
    expect(texts).toContain('travail');
    expect(texts).toContain('liggéey');
    for (const stop of ['avoir', 'comment', 'des', 'les', 'naka', 'lañuy', 'am', 'bi', 'le', 'au', 'def', 'ngir'])
      expect(texts).not.toContain(stop);
  });

  it('leaves out the word filter’s words, and keeps ŋ as its own letter', () => {
    const texts = cloudWords(['Connard de passeur', 'jaŋ', 'jang'], ['connard']).map((w) => w.text);
    expect(texts).not.toContain('connard');
    expect(texts).toEqual(expect.arrayContaining(['passeur', 'jaŋ', 'jang']));
  });
});

describe('folding each word once (an evening’s thousands of questions)', () => {
  it('folds like foldText, the same word from memory the second time', () => {
    const fold = memoFold();
    for (const w of ['Ñaata', 'PAPIERS', 'Jërëjëf', 'ŊAAYOO', 'Ñaata']) expect(fold(w)).toBe(foldText(w));
    expect(wordsOf('Ñaata la, ñaata ?', fold)).toEqual(wordsOf('Ñaata la, ñaata ?'));
  });

  it('gives 4,000 questions the same cloud as each question alone would add up to', () => {
    const texts = Array.from({ length: 4000 }, (_, i) => (i % 2 ? 'Papiers, ñaata ?' : `Liggéey ${i % 7} PAPIER`));
    const words = cloudWords(texts);
    expect(words.find((w) => w.text === 'papiers' || w.text === 'papier')?.count).toBe(4000);
    expect(words.find((w) => w.text === 'liggéey')?.count).toBe(2000);
  });
});
