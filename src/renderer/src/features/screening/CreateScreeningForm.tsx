import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { createScreening, listScreenings } from '../../data/repos/screenings';
import { useLive } from '../../data/use-live';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDate } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import {
  checkDraft,
  isIsoDay,
  localToday,
  NAME_MAX,
  NAMES_MAX,
  PLACE_MAX,
  type Field,
  type FieldError,
  type ScreeningDraft,
} from './screening-input';
import { screeningDay } from './ScreeningSummary';
import { TextField } from './TextField';
import { useFilms } from './use-films';
import { useLang } from '../../i18n/use-lang';

const PLACE_FIELDS = ['town', 'venue', 'region', 'country'] as const;

/**
 * The facilitator's first step: where, when, who, which film. Region and country are
 * prefilled from the last screening (a facilitator tours one region); the date from the
 * device clock, which is often wrong, so it stays editable. Nothing is saved until every
 * field is valid; a failed save leaves the form filled in.
 */
export function CreateScreeningForm({ onClose }: { onClose?: () => void }) {
  const { t } = useTranslation('screening');
  const lang = useLang();
  const { films } = useFilms();
  const last = useLive(async () => (await listScreenings())[0] ?? null, [], null);
  // undefined = untouched: show the default (from the last screening, the clock, the library).
  const [draft, setDraft] = useState<Partial<ScreeningDraft>>({ date: localToday() });
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [saveError, setSaveError] = useState<ErrorCode | null>(null);
  const [saving, setSaving] = useState(false);

  const full: ScreeningDraft = {
    town: draft.town ?? '',
    venue: draft.venue ?? '',
    region: draft.region ?? last?.place.region ?? '',
    country: draft.country ?? last?.place.country ?? '',
    date: draft.date ?? '',
    facilitators: draft.facilitators ?? '',
    panelists: draft.panelists ?? '',
    filmId: draft.filmId ?? films[0]?.id ?? '',
  };
  const set = (f: Field) => (v: string) => setDraft((d) => ({ ...d, [f]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkDraft(full);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await createScreening(checked.value);
      setSaveError(null);
      onClose?.();
    } catch (err) {
      setSaveError(writeErrorCode(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card screening-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('form.title')}</h3>
      <fieldset>
        <legend>{t('form.place')}</legend>
        {PLACE_FIELDS.map((f) => (
          <TextField
            key={f}
            label={t(`form.${f}`)}
            value={full[f]}
            error={errors[f]}
            limit={PLACE_MAX}
            required={f !== 'region'}
            onChange={set(f)}
          />
        ))}
      </fieldset>
      <TextField
        label={t('form.date')}
        // Said back in words: laptop clocks are often wrong, and a date field's own format
        // follows the computer's settings, not the kiosk's language.
        hint={isIsoDay(full.date) ? formatDate(screeningDay(full.date), lang, 'day') : undefined}
        type="date"
        value={full.date}
        error={errors.date}
        required
        onChange={set('date')}
      />
      <TextField
        label={t('form.facilitators')}
        hint={t('form.namesHint', { max: NAMES_MAX })}
        value={full.facilitators}
        error={errors.facilitators}
        limit={errors.facilitators === 'tooMany' ? NAMES_MAX : NAME_MAX}
        required
        onChange={set('facilitators')}
      />
      <TextField
        label={t('form.panelists')}
        hint={t('form.panelistsHint')}
        value={full.panelists}
        error={errors.panelists}
        limit={errors.panelists === 'tooMany' ? NAMES_MAX : NAME_MAX}
        onChange={set('panelists')}
      />
      <div className="field">
        <label htmlFor="screening-film">{t('form.film')}</label>
        <select id="screening-film" value={full.filmId} onChange={(e) => set('filmId')(e.target.value)}>
          {films.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          ))}
        </select>
      </div>
      {Object.keys(errors).length > 0 && (
        <p className="alert" role="alert">
          {t('form.fixErrors')}
        </p>
      )}
      <ErrorMessage code={saveError} />
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          <LineIcon name="plus" /> {t('form.create')}
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
