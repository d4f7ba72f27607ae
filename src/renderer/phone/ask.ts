import { newEntryId, phoneId, send } from './api';
import { h, say, statusLine } from './dom';
import { LIMITS, outcomeKind, statusKey } from './limits';
import { currentLang, t } from './strings';

/** Ask a question: a big text box, a counter, one send button. The text stays until saved. */
export function askView(): HTMLElement {
  const area = h('textarea', { id: 'ask-text', rows: '5', maxlength: String(LIMITS.question * 2) });
  const label = h('label', { for: 'ask-text' }, [t('ask.label')]);
  const count = h('p', { class: 'count' });
  const status = statusLine();
  const button = h('button', { type: 'submit', class: 'primary' }, [t('ask.send')]);
  const update = () =>
    (count.textContent = t('ask.count', { count: Array.from(area.value).length, max: LIMITS.question }));
  area.addEventListener('input', update);
  update();
  let pendingId: string | null = null;
  const form = h('form', { class: 'card' }, [label, area, count, button, status]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    button.disabled = true;
    // A resend after a failure keeps the id of the same text: the laptop applies it once.
    pendingId = pendingId ?? newEntryId();
    say(status, t('status.sending'), 'info');
    const body = { id: pendingId, phoneId: phoneId(), text: area.value, language: currentLang() };
    void send('questions', body).then((outcome) => {
      button.disabled = false;
      const kind = outcomeKind(outcome);
      say(status, t(`status.${statusKey(outcome)}`), kind);
      if (kind === 'ok') {
        area.value = '';
        pendingId = null;
        update();
      }
    });
  });
  area.addEventListener('input', () => (pendingId = null));
  return form;
}
