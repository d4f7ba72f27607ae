import type { PhonePoll } from '../../shared/phone-poll';
import { newEntryId, phoneId, send } from './api';
import { clear, h, say, statusLine } from './dom';
import { outcomeKind, statusKey } from './limits';
import { currentLang, t } from './strings';

const base = `/${location.pathname.split('/').filter(Boolean)[0] ?? ''}/api/`;
const ANSWERED = 'mam-phone-polls';

/** Polls this phone answered (the laptop keeps one answer per phone per poll; the phone remembers). */
function answered(): Record<string, true> {
  try {
    return (JSON.parse(localStorage.getItem(ANSWERED) ?? '{}') as Record<string, true>) || {};
  } catch {
    return {};
  }
}
const markAnswered = (id: string) => localStorage.setItem(ANSWERED, JSON.stringify({ ...answered(), [id]: true }));

/** The poll open now, null when none is, or why it could not be read. */
async function openPoll(): Promise<PhonePoll | null | 'dead' | 'offline'> {
  try {
    const res = await fetch(`${base}poll`, { cache: 'no-store' });
    if (res.status === 410) return 'dead';
    if (!res.ok) return 'offline';
    return ((await res.json()) as { poll: PhonePoll | null }).poll;
  } catch {
    return 'offline';
  }
}

function icon(d: string): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  const attrs: Record<string, string> = { viewBox: '0 0 24 24', width: '64', height: '64', fill: 'none' };
  Object.assign(attrs, { stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round' });
  Object.assign(attrs, { 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false' });
  for (const k of Object.keys(attrs)) svg.setAttribute(k, attrs[k]!);
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  svg.appendChild(path);
  return svg;
}

/**
 * The open poll, above the tabs while it is open: the question, one big picture button
 * per option, "send". The answer carries an id made here and is resent with it, so the
 * laptop counts it once; a poll closed meanwhile is said plainly, and the card goes.
 */
export function pollView(onDead: () => void): { el: HTMLElement; render: () => void; refresh: () => Promise<void> } {
  const el = h('div', { class: 'poll-slot' });
  let poll: PhonePoll | null = null;
  let picked: string | null = null;
  let pendingId: string | null = null;
  let note: { key: string; kind: 'ok' | 'bad' } | null = null;
  // The answer was refused because the poll closed: said until the next poll comes.
  let closed = false;

  function render() {
    clear(el);
    if (!poll) {
      if (closed) el.appendChild(h('section', { class: 'card poll', role: 'alert' }, [h('p', {}, [t('poll.closed')])]));
      return;
    }
    const p = poll;
    const lang = currentLang();
    const done = answered()[p.id] === true;
    const status = statusLine();
    const options = p.options.map((o) => {
      const b = h('button', { type: 'button', class: 'poll-option', 'aria-pressed': String(o.id === picked) }, [
        icon(o.path),
        h('span', {}, [o.labels ? o.labels[lang] : o.label]),
      ]);
      b.disabled = done;
      b.addEventListener('click', () => {
        picked = o.id;
        pendingId = null;
        render();
      });
      return b;
    });
    const submit = h('button', { type: 'button', class: 'primary' }, [t('poll.send')]);
    submit.disabled = done || picked === null;
    submit.addEventListener('click', () => void answer(p, submit, status));
    const qLang = p.language === 'other' ? undefined : p.language;
    el.appendChild(
      h('section', { class: 'card poll', 'aria-labelledby': 'poll-title' }, [
        h('h2', { id: 'poll-title' }, [t('poll.title')]),
        h('p', { class: 'poll-question', dir: 'auto', lang: qLang }, [p.question]),
        h('p', { class: 'legend' }, [t('poll.choose')]),
        h('div', { class: 'poll-options', role: 'group', 'aria-labelledby': 'poll-title' }, options),
        submit,
        status,
      ]),
    );
    if (note) say(status, t(note.key), note.kind);
    else if (done) say(status, t('poll.already'), 'ok');
  }

  async function answer(p: PhonePoll, submit: HTMLButtonElement, status: HTMLElement) {
    if (!picked) return;
    submit.disabled = true;
    pendingId = pendingId ?? newEntryId();
    say(status, t('status.sending'), 'info');
    const outcome = await send('poll-answers', { id: pendingId, phoneId: phoneId(), pollId: p.id, optionId: picked });
    if (outcome === 'dead') return onDead();
    if (outcomeKind(outcome) === 'ok') {
      markAnswered(p.id);
      note = { key: outcome === 'already' ? 'poll.already' : 'poll.thanks', kind: 'ok' };
    } else if (outcome === 'poll_closed') {
      closed = true;
      poll = null;
    } else note = { key: `status.${statusKey(outcome)}`, kind: 'bad' };
    render();
  }

  async function refresh() {
    const got = await openPoll();
    if (got === 'dead') return onDead();
    // Offline: the card stays as it was; the next refresh tries again.
    if (got === 'offline' || JSON.stringify(got) === JSON.stringify(poll)) return;
    if (got?.id !== poll?.id) {
      picked = null;
      pendingId = null;
      note = null;
    }
    if (got) closed = false;
    poll = got;
    render();
  }
  return { el, render, refresh };
}
