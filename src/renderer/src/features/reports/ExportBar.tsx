import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { kiosk } from '../../platform';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { reportFileName } from './model/file-name';
import { LineIcon, type LineIconName } from '../../ui/LineIcon';

export type Progress = (fraction: number) => void;
export type FileKind = 'csv' | 'xlsx' | 'json';
/** Builders of each file, bound to the report on screen; they may report progress. */
export type Makers = Record<FileKind, (onProgress: Progress) => Promise<Uint8Array>>;

type Outcome = { ok: true; path?: string } | { ok: false; code: ErrorCode } | null;

const BUTTONS: [FileKind | 'pdf', LineIconName][] = [
  ['pdf', 'print'],
  ['csv', 'table'],
  ['xlsx', 'sheet'],
  ['json', 'data'],
];

/**
 * Saves the report through the bridge (a save dialog in Electron, a download in a
 * browser). One export at a time; a long one shows a progress bar. Nothing is lost
 * when it fails: the report stays on screen and the facilitator can try again.
 */
export function ExportBar({ makers, nameParts }: { makers: Makers; nameParts: string[] }) {
  const { t } = useTranslation('reports');
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function run(kind: FileKind | 'pdf') {
    setOutcome(null);
    setProgress(0);
    try {
      const name = reportFileName(nameParts, kind);
      const r =
        kind === 'pdf'
          ? await kiosk.reports.savePdf(name)
          : await kiosk.reports.save(name, await makers[kind]((p) => setProgress(p)));
      setOutcome(r.ok ? { ok: true, path: r.value.path } : r.code === 'cancelled' ? null : { ok: false, code: r.code });
    } catch {
      setOutcome({ ok: false, code: 'io_error' });
    } finally {
      setProgress(null);
    }
  }

  return (
    <div className="report-controls__export" role="group" aria-label={t('export.label')}>
      {BUTTONS.map(([kind, icon]) => (
        <button key={kind} type="button" disabled={progress !== null} onClick={() => void run(kind)}>
          <LineIcon name={icon} />
          <span>{t(`export.${kind}`)}</span>
        </button>
      ))}
      {progress !== null && (
        <label className="report-controls__progress">
          <span>{t('export.progress')}</span>
          <progress max={1} value={progress} />
        </label>
      )}
      {outcome?.ok && (
        <p className="notice" role="status">
          {outcome.path ? t('export.savedPath', { path: outcome.path }) : t('export.saved')}
        </p>
      )}
      {outcome && !outcome.ok && <ErrorMessage code={outcome.code} />}
    </div>
  );
}
