import { newEntryId, phoneId, post } from './api';
import { h, say, statusLine } from './dom';
import { outcomeKind, statusKey } from './limits';
import { currentLang, t } from './strings';

/** The phone server's limit (PHONE_LIMITS.voiceBytes): a bigger file is refused before it is sent. */
const VOICE_MAX_BYTES = 8 * 1024 * 1024;

/** Whether this browser offers a file input at all (some old or locked-down ones do not). */
function canPickFiles(): boolean {
  const probe = document.createElement('input');
  probe.setAttribute('type', 'file');
  return probe.type === 'file' && !probe.disabled;
}

/**
 * A spoken question. Plain HTTP on the room's network is not a secure context, so the
 * page cannot open the microphone itself: the file input with `capture` opens the phone's
 * own recorder, and the recording is sent as it is. The laptop checks it is sound.
 */
export function voiceView(): HTMLElement {
  const status = statusLine();
  if (!canPickFiles())
    return h('section', { class: 'card voice' }, [h('p', { class: 'status bad' }, [t('ask.voiceUnavailable')])]);
  const input = h('input', {
    id: 'voice-file',
    type: 'file',
    accept: 'audio/*',
    capture: true,
    class: 'visually-hidden',
  });
  const pick = h('label', { for: 'voice-file', class: 'primary pick' }, [t('ask.voice')]);
  const ready = h('p', { class: 'voice-ready', hidden: true });
  const button = h('button', { type: 'button', class: 'primary', hidden: true }, [t('ask.voiceSend')]);
  let file: File | null = null;
  let pendingId: string | null = null;

  input.addEventListener('change', () => {
    file = input.files?.[0] ?? null;
    pendingId = null;
    say(status, '', 'info');
    if (!file) return;
    if (file.size > VOICE_MAX_BYTES) {
      file = null;
      ready.hidden = button.hidden = true;
      return say(status, t('status.too_large'), 'bad');
    }
    ready.textContent = t('ask.voiceReady', { size: (Math.max(file.size, 10_000) / 1e6).toFixed(2).replace('.', ',') });
    ready.hidden = button.hidden = false;
  });

  button.addEventListener('click', () => {
    if (!file) return;
    button.disabled = true;
    // A resend of the same recording keeps its id: the laptop applies it once.
    pendingId = pendingId ?? newEntryId();
    say(status, t('status.sending'), 'info');
    const query = `voice?id=${pendingId}&phoneId=${phoneId()}&language=${currentLang()}`;
    void post(query, { body: file, type: file.type || 'application/octet-stream' }).then((outcome) => {
      button.disabled = false;
      const kind = outcomeKind(outcome);
      say(status, t(`status.${statusKey(outcome)}`), kind);
      if (kind === 'ok' || outcome === 'not_audio' || outcome === 'too_large') {
        file = null;
        pendingId = null;
        input.value = '';
        ready.hidden = button.hidden = true;
      }
    });
  });

  return h('section', { class: 'card voice', 'aria-labelledby': 'voice-title' }, [
    h('h2', { id: 'voice-title' }, [t('ask.voiceTitle')]),
    h('p', { class: 'hint' }, [t('ask.voiceHint')]),
    input,
    pick,
    ready,
    button,
    status,
  ]);
}
