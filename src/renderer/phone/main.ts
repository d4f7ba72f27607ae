import './phone.css';
import { askView } from './ask';
import { voiceView } from './voice';
import { clear, h } from './dom';
import { pledgeView } from './pledge';
import { pollView } from './poll';
import { questionsView } from './questions';
import { currentLang, setLang, t, type Lang } from './strings';

/**
 * The phone page: ask, see the approved questions and say "me too", make a pledge. No
 * framework (it must load fast over a weak hotspot on an old phone); French or Wolof.
 */
type Tab = 'ask' | 'questions' | 'pledge';
const root = document.getElementById('phone')!;
let tab: Tab = 'ask';
let dead = false;
let timer: ReturnType<typeof setInterval> | undefined;
// The open poll sits above the tabs, kept across tab changes; it is looked for every few seconds.
const poll = pollView(() => showDead());

function showDead() {
  dead = true;
  if (timer) clearInterval(timer);
  clear(root);
  root.appendChild(h('section', { class: 'card dead', role: 'alert' }, [h('p', {}, [t('status.dead')])]));
}

function render() {
  if (dead) return showDead();
  if (timer) clearInterval(timer);
  clear(root);
  document.documentElement.lang = currentLang();
  const langs = h('div', { class: 'langs', role: 'group', 'aria-label': t('language') }, [
    ...(['fr', 'wo'] as Lang[]).map((l) => {
      const b = h('button', { type: 'button', lang: l, 'aria-pressed': String(l === currentLang()) }, [
        l === 'fr' ? 'Français' : 'Wolof',
      ]);
      b.addEventListener('click', () => {
        setLang(l);
        render();
      });
      return b;
    }),
  ]);
  const tabs = h('nav', { class: 'tabs' }, [
    ...(['ask', 'questions', 'pledge'] as Tab[]).map((k) => {
      const b = h('button', { type: 'button', 'aria-pressed': String(k === tab) }, [t(`tabs.${k}`)]);
      b.addEventListener('click', () => {
        tab = k;
        render();
      });
      return b;
    }),
  ]);
  root.appendChild(h('header', {}, [h('h1', {}, [t('title')]), langs]));
  root.appendChild(poll.el);
  poll.render();
  root.appendChild(tabs);
  if (tab === 'ask') root.append(askView(), voiceView());
  if (tab === 'pledge') root.appendChild(pledgeView());
  if (tab === 'questions') {
    const view = questionsView(showDead);
    root.appendChild(view.el);
    void view.refresh();
    // Counts move while the debate runs; a light poll (a few hundred bytes) keeps them fresh.
    timer = setInterval(() => void view.refresh(), 15_000);
  }
}

setLang(currentLang());
render();
void poll.refresh();
const pollTimer = setInterval(() => (dead ? clearInterval(pollTimer) : void poll.refresh()), 8000);
