import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

export const pct = (v: number | null, n: (v: number) => string) => (v === null ? '—' : `${n(v)} %`);
export const signed = (v: number | null, n: (v: number) => string) => (v === null ? '—' : `${v > 0 ? '+' : ''}${n(v)}`);

export interface ChangeRow {
  label: string;
  before: number | null;
  after: number | null;
  change: number | null;
}

interface Props {
  caption: ReactNode;
  rows: ChangeRow[];
  t: TFunction;
  n: (v: number) => string;
  className?: string;
  /** Rows after the options' (the pair's mean change). */
  children?: ReactNode;
}

/** A before/after table of the report: each option's share before and after, and the change. */
export function ReportChangeTable({ caption, rows, t, n, className = 'report__figures', children }: Props) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('poll.option')}</th>
          <th scope="col">{t('poll.before')}</th>
          <th scope="col">{t('poll.after')}</th>
          <th scope="col">{t('poll.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o, i) => (
          <tr key={`${i}-${o.label}`}>
            <th scope="row">{o.label}</th>
            <td>{pct(o.before, n)}</td>
            <td>{pct(o.after, n)}</td>
            <td>{signed(o.change, n)}</td>
          </tr>
        ))}
        {children}
      </tbody>
    </table>
  );
}
