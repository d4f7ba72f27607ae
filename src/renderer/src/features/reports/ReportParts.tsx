import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/languages';
import { formatDate } from '../../i18n/format';
import { clockCorrectionMs, signedOffset } from './model/text';
import { QrImage } from '../../ui/QrImage';

/** A titled block of the printed report; kept on one page when it fits. */
export function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** Label/value rows; values arrive formatted for the report's language. */
export function FigureTable({ caption, rows }: { caption: string; rows: [string, ReactNode][] }) {
  return (
    <table className="report__figures">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The verification QR code: made on the device (no network), as an image so it prints
 * crisply. Its text is also printed beside it, so it can be checked by eye.
 */
export function ReportQr({ payload, caption, failed }: { payload: string; caption: string; failed: string }) {
  return (
    <figure className="report__qr" data-payload={payload}>
      <QrImage
        payload={payload}
        alt={caption}
        size={160}
        failed={
          <p className="report__missing" role="alert">
            {failed}
          </p>
        }
      />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** Whose clock the times are on, and when the report was made. */
export function ReportStamp(props: { t: TFunction; lang: Lang; clockOffsetMs: number | null; generatedAt: string }) {
  const { t, lang, clockOffsetMs: offset } = props;
  return (
    <>
      <p className="report__clock">
        {offset === null
          ? t('doc.clockDevice')
          : t('doc.clockCorrected', { offset: signedOffset(clockCorrectionMs(offset)) })}
      </p>
      <p className="report__generated">
        {t('doc.generated', { date: formatDate(props.generatedAt, lang, 'dateTime') })}
      </p>
    </>
  );
}
