import { approvedQuestions, newEntryId, phoneId, send, type ApprovedQuestion } from './api';
import { clear, h, say, statusLine } from './dom';
import { outcomeKind, statusKey } from './limits';
import { t } from './strings';

const VOTED = 'mam-phone-voted';
const voted = (): Record<string, true> => {
  try {
    return (JSON.parse(localStorage.getItem(VOTED) ?? '{}') as Record<string, true>) || {};
  } catch {
    return {};
  }
};
const markVoted = (id: string) => localStorage.setItem(VOTED, JSON.stringify({ ...voted(), [id]: true }));

/**
 * The questions the facilitator approved, most "me too" first, each with a big "me too"
 * button (one vote per phone per question: the laptop enforces it, the phone remembers).
 */
export function questionsView(onDead: () => void): { el: HTMLElement; refresh: () => Promise<void> } {
  const list = h('ul', { class: 'questions' });
  const status = statusLine();
  const refreshButton = h('button', { type: 'button', class: 'secondary' }, [t('questions.refresh')]);
  const el = h('section', { class: 'card' }, [list, status, refreshButton]);

  function item(q: ApprovedQuestion): HTMLElement {
    const mine = voted()[q.id] === true;
    const count = h('span', { class: 'votes' }, [t('questions.votes', { count: q.votes })]);
    const button = h('button', { type: 'button', class: 'me-too' }, [t(mine ? 'questions.voted' : 'questions.meToo')]);
    button.disabled = mine;
    button.addEventListener('click', () => {
      button.disabled = true;
      void send('votes', { id: newEntryId(), phoneId: phoneId(), questionId: q.id }).then((outcome) => {
        if (outcomeKind(outcome) === 'ok') {
          markVoted(q.id);
          button.textContent = t('questions.voted');
          if (outcome !== 'already') count.textContent = t('questions.votes', { count: q.votes + 1 });
        } else {
          button.disabled = false;
          say(status, t(`status.${statusKey(outcome)}`), 'bad');
          if (outcome === 'dead') onDead();
        }
      });
    });
    return h('li', {}, [h('p', { class: 'text', dir: 'auto' }, [q.text]), h('div', { class: 'row' }, [count, button])]);
  }

  async function refresh() {
    const got = await approvedQuestions();
    if (got === 'dead') return onDead();
    if (got === 'offline') return say(status, t('status.offline'), 'bad');
    clear(list);
    say(status, got.length ? '' : t('questions.none'), 'info');
    got
      .slice()
      .sort((a, b) => b.votes - a.votes)
      .forEach((q) => list.appendChild(item(q)));
  }
  refreshButton.addEventListener('click', () => void refresh());
  return { el, refresh };
}
