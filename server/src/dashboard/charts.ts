import { html, type Html } from './html';

/**
 * Horizontal bars as inline SVG (no script, nothing fetched: the CSP stays strict).
 * Each bar carries its label and value as text, so the chart reads without the picture.
 */
export function barChart(title: string, bars: readonly { label: string; value: number }[]): Html {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 22;
  const width = 420;
  const labelW = 170;
  return html`<figure>
    <figcaption>${title}</figcaption>
    <svg
      role="img"
      aria-label="${title}"
      width="${width}"
      height="${bars.length * rowH + 4}"
      viewBox="0 0 ${width} ${bars.length * rowH + 4}"
    >
      ${bars.map((b, i) => {
        const w = Math.round(((width - labelW - 50) * b.value) / max);
        const y = i * rowH + 2;
        return html`<g data-bar="${b.label}">
          <text x="0" y="${y + 15}">${b.label}</text>
          <rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="#0033a0"></rect>
          <text x="${labelW + w + 6}" y="${y + 15}">${b.value}</text>
        </g>`;
      })}
    </svg>
  </figure>`;
}
