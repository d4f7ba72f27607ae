/**
 * Words that say nothing of what a question is about, in French and Wolof, folded (see
 * foldText: no accents, lower case). Duplicate suggestions and the word cloud leave them
 * out. The Wolof list is a starting set of function words (articles bi/yi/gi…, pronouns,
 * verb markers, question words, "def" as French "faire"): it needs a native speaker's
 * review, like every Wolof string here.
 */
const FRENCH = `a ai aie ait as au aux avec avez avoir avons c ca ce ceci cela celle celui ces cet cette
chez comme comment d dans de des donc dont du elle elles en encore est et etait etre eu eux fait faire
faut il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni nos notre nous on ont
ou par pas peu peut peuvent plus pour pourquoi qu quand que quel quelle quelles quels qui quoi s sa
sans se ses si son sont sur t ta te tes toi ton tous tout toute toutes tres tu un une vos votre vous y
est-ce qu'est-ce combien ici la-bas aussi alors bien etes sommes suis sera seront va vont avait`;

/** Needs native review (see above). */
const WOLOF = `a ak am amul ba bi bu bul ca ci da dafa dafay dañu dañuy de di dina dinaa dinañu
def du dul fa fan fu ga gi gu ja ji ju ka kan ko ku la laa lan lañu lañuy lay le lee leen li lool lu ma
maa mi moo mu mbaa na naa naka nañu nde ndax nga ngeen ngi ngir nu nuy ñu ñuy sa sama seen sunu ta te
wa waaye walla wu ya yaa yi yu yow man moom nun yeen ñoom rekk itam tey kii kooku`;

const fold = (w: string) =>
  w
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export const STOP_WORDS: ReadonlySet<string> = new Set(`${FRENCH} ${WOLOF}`.split(/\s+/).filter(Boolean).map(fold));
