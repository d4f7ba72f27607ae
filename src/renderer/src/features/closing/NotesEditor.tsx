import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import type { Screening } from '../../data/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';
import { saveNotes } from './attendance';

/**
 * The facilitator's notes on the evening. Saved with the button or when the field is
 * left; a failed save keeps the text in the field and says so.
 */
export function NotesEditor({ screening }: { screening: Screening }) {
  const { t } = useTranslation('closing');
  const [draft, setDraft] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'saved' | ErrorCode>('idle');
  const text = draft ?? screening.notes;

  async function save() {
    if (draft === null || draft === screening.notes) return;
    try {
      await saveNotes(screening.id, draft);
      setDraft(null);
      setState('saved');
    } catch (err) {
      setState(writeErrorCode(err));
    }
  }

  return (
    <section className="closing__notes card">
      <label htmlFor="closing-notes" className="closing__heading">
        <LineIcon name="pencil" />
        <span>{t('notes.label')}</span>
      </label>
      <textarea
        id="closing-notes"
        rows={4}
        value={text}
        onChange={(e) => {
          setDraft(e.target.value);
          setState('idle');
        }}
        onBlur={() => void save()}
      />
      <button type="button" onClick={() => void save()} disabled={draft === null || draft === screening.notes}>
        {t('notes.save')}
      </button>
      {state === 'saved' && (
        <p className="notice" role="status">
          {t('notes.saved')}
        </p>
      )}
      {state !== 'idle' && state !== 'saved' && <ErrorMessage code={state} />}
    </section>
  );
}
