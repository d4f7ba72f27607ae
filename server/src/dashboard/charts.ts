import { html, type Html } from './html';

/**
 * Horizontal bars as inline SVG (no script, nothing fetched: the CSP stays strict).
 * Each bar carries its label and value as text, so the chart reads without the picture.
 */
export function barChart(title: string, bars: readonly { label: string; value: number }[]): Html {
  const max = Math.max(1, ...bars.map((b) => b.value));
  // Each label sits on its own line above its bar: a long one ("With consent to be
  // contacted") can never be cut or covered, whatever the language.
  const rowH = 38;
  const width = 420;
  const height = bars.length * rowH + 4;
  return html`<figure>
    <figcaption>${title}</figcaption>
    <svg role="img" aria-label="${title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
      ${bars.map((b, i) => {
        const w = Math.round(((width - 60) * b.value) / max);
        const y = i * rowH + 2;
        return html`<g data-bar="${b.label}">
          <text x="0" y="${y + 13}">${b.label}</text>
          <rect x="0" y="${y + 18}" width="${w}" height="14" fill="#0033a0"></rect>
          <text x="${w + 6}" y="${y + 30}">${b.value}</text>
        </g>`;
      })}
    </svg>
  </figure>`;
}

export interface BeforeAfterRow {
  label: string;
  /** Percentages 0–100, null when that side had no answers. */
  before: number | null;
  after: number | null;
}

const BEFORE_FILL = '#8fa8dc';
const AFTER_FILL = '#0033a0';

/**
 * Each answer's share before and after, as two bars side by side on a 0–100 scale (a
 * light bar before, a dark one after, named in the legend); every bar carries its value as text.
 */
export function beforeAfterChart(
  title: string,
  legend: { before: string; after: string },
  rows: readonly BeforeAfterRow[],
  show: (v: number | null) => string,
): Html {
  const width = 420;
  const labelW = 170;
  const barH = 14;
  const groupH = 2 * barH + 10;
  const top = 22;
  const height = top + rows.length * groupH;
  const scale = (v: number | null) => Math.round(((width - labelW - 60) * (v ?? 0)) / 100);
  const bar = (side: 'before' | 'after', v: number | null, y: number) =>
    html`<g data-side="${side}">
      <rect
        x="${labelW}"
        y="${y}"
        width="${scale(v)}"
        height="${barH}"
        fill="${side === 'before' ? BEFORE_FILL : AFTER_FILL}"
      ></rect>
      <text x="${labelW + scale(v) + 6}" y="${y + barH - 2}">${show(v)}</text>
    </g>`;
  return html`<figure>
    <figcaption>${title}</figcaption>
    <svg role="img" aria-label="${title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
      <rect x="0" y="4" width="12" height="12" fill="${BEFORE_FILL}"></rect>
      <text x="18" y="15">${legend.before}</text>
      <rect x="${labelW}" y="4" width="12" height="12" fill="${AFTER_FILL}"></rect>
      <text x="${labelW + 18}" y="15">${legend.after}</text>
      ${rows.map((r, i) => {
        const y = top + i * groupH;
        return html`<g data-option="${r.label}">
          <text x="0" y="${y + barH + 4}">${r.label}</text>
          ${bar('before', r.before, y)} ${bar('after', r.after, y + barH + 2)}
        </g>`;
      })}
    </svg>
  </figure>`;
}
