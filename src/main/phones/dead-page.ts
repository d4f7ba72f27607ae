import fr from '../../../locales/fr/phone.json';
import wo from '../../../locales/wo/phone.json';

/**
 * The page a dead, rotated or guessed link gets: plain, in both languages (the phone's
 * language is not known yet), with no script, and never a stack trace.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const sections = [
  ['fr', fr],
  ['wo', wo],
]
  .map(([lang, t]) => {
    const { title, text } = (t as typeof fr).dead;
    return `<section lang="${lang as string}"><h1>${escape(title)}</h1><p>${escape(text)}</p></section>`;
  })
  .join('');

const HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>MaM</title><style>body{font:1.2rem/1.5 sans-serif;margin:1.5rem;color:#111}h1{font-size:1.5rem}section{margin-bottom:2rem}</style></head><body>${sections}</body></html>`;

export const deadPage = (): string => HTML;
