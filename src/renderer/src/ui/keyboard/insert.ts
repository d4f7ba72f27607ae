type TextField = HTMLInputElement | HTMLTextAreaElement;

export function isTextField(el: Element | null): el is TextField {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && ['text', 'search', 'tel', ''].includes(el.type);
}

/**
 * Types into a field the way a physical keyboard does: at the caret, replacing any
 * selection, then an `input` event, so React's onChange (and undo of the surrounding
 * logic) sees an ordinary edit. `text` empty with `erase` deletes one character back.
 */
export function typeInto(field: TextField, text: string, erase = false): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  if (erase && start === end) {
    if (start === 0) return;
    // One user-perceived character back: an emoji or a letter with its combining mark.
    const before = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(field.value.slice(0, start))];
    const last = before.at(-1)!;
    field.setRangeText('', last.index, start, 'end');
  } else {
    field.setRangeText(erase ? '' : text, start, end, 'end');
  }
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
