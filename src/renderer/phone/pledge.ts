import { newEntryId, phoneId, send } from './api';
import { h, say, statusLine } from './dom';
import { LIMITS, outcomeKind, statusKey } from './limits';
import { consent, currentLang, storedConsentVersion, t } from './strings';

const KINDS = ['share_message', 'own_story', 'other'] as const;

/**
 * A pledge, with the kiosk's consent step: a name and phone number are asked only after
 * the attendee read the consent wording and accepted it; declining sends the pledge alone.
 */
export function pledgeView(): HTMLElement {
  let kind: (typeof KINDS)[number] = 'share_message';
  let withContact = false;
  let pendingId: string | null = null;
  const kindButtons = KINDS.map((k) => {
    const b = h('button', { type: 'button', class: 'choice', 'aria-pressed': String(k === kind) }, [
      t(`pledge.kinds.${k}`),
    ]);
    b.addEventListener('click', () => {
      kind = k;
      kindButtons.forEach((x, i) => x.setAttribute('aria-pressed', String(KINDS[i] === k)));
    });
    return b;
  });
  const text = h('textarea', { id: 'pledge-text', rows: '4', maxlength: String(LIMITS.pledge * 2) });
  const firstName = h('input', {
    id: 'pledge-first',
    type: 'text',
    maxlength: String(LIMITS.name * 2),
    autocomplete: 'given-name',
  });
  const name = h('input', { id: 'pledge-name', type: 'text', autocomplete: 'name' });
  const phone = h('input', { id: 'pledge-phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel' });
  const contactFields = h('div', { class: 'contact', hidden: true }, [
    h('label', { for: 'pledge-name' }, [t('pledge.name')]),
    name,
    h('label', { for: 'pledge-phone' }, [t('pledge.phone')]),
    phone,
  ]);
  const agree = h('button', { type: 'button', class: 'choice' }, [consent('agree')]);
  const decline = h('button', { type: 'button', class: 'choice' }, [consent('decline')]);
  const consentBox = h('div', { class: 'consent', hidden: true }, [
    h('h3', {}, [consent('title')]),
    h('p', {}, [consent('text')]),
    agree,
    decline,
  ]);
  const yes = h('button', { type: 'button', class: 'choice' }, [t('pledge.contactYes')]);
  const no = h('button', { type: 'button', class: 'choice', 'aria-pressed': 'true' }, [t('pledge.contactNo')]);
  const setContact = (on: boolean, asking: boolean) => {
    withContact = on;
    consentBox.hidden = !asking;
    contactFields.hidden = !on;
    yes.setAttribute('aria-pressed', String(on || asking));
    no.setAttribute('aria-pressed', String(!on && !asking));
  };
  yes.addEventListener('click', () => setContact(false, true));
  no.addEventListener('click', () => setContact(false, false));
  agree.addEventListener('click', () => setContact(true, false));
  decline.addEventListener('click', () => setContact(false, false));

  const status = statusLine();
  const submit = h('button', { type: 'submit', class: 'primary' }, [t('pledge.send')]);
  const form = h('form', { class: 'card' }, [
    h('p', { class: 'legend' }, [t('pledge.kind')]),
    h('div', { class: 'choices' }, kindButtons),
    h('label', { for: 'pledge-text' }, [t('pledge.text')]),
    text,
    h('label', { for: 'pledge-first' }, [t('pledge.firstName')]),
    firstName,
    h('p', { class: 'legend' }, [t('pledge.contactAsk')]),
    h('div', { class: 'choices' }, [yes, no]),
    consentBox,
    contactFields,
    submit,
    status,
  ]);
  form.addEventListener('input', () => (pendingId = null));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    pendingId = pendingId ?? newEntryId();
    const lang = currentLang();
    const body = {
      id: pendingId,
      phoneId: phoneId(),
      kind,
      text: text.value,
      language: lang,
      ...(firstName.value.trim() ? { firstName: firstName.value } : {}),
      ...(withContact
        ? { contact: { name: name.value, phone: phone.value, consentVersion: storedConsentVersion(lang) } }
        : {}),
    };
    submit.disabled = true;
    say(status, t('status.sending'), 'info');
    void send('pledges', body).then((outcome) => {
      submit.disabled = false;
      const ok = outcomeKind(outcome) === 'ok';
      say(status, t(`status.${statusKey(outcome)}`), ok ? 'ok' : 'bad');
      if (!ok) return;
      pendingId = null;
      [text, firstName, name, phone].forEach((f) => (f.value = ''));
      setContact(false, false);
    });
  });
  return form;
}
