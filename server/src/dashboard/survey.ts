import type { FamilyChange } from '../../../src/shared/polls/families';
import { beforeAfterChart } from './charts';
import { html, type Html } from './html';
import type { MessageKey, T } from './messages';
import { surveyEn } from './survey-messages';

/** An answer of a built-in family by position, as the built-in set words it (o1, o2, …). */
function optionLabel(f: FamilyChange, i: number, t: T): string {
  const key = `option.${f.family}.o${i + 1}`;
  return key in surveyEn ? t(key as MessageKey) : `${i + 1}`;
}

/**
 * The before/after survey of the filter: per built-in MaM family, pooled over its
 * screenings by the shared poll model (Summary.pollFamilies), a chart and the same
 * figures as a table, with n on both sides. Nothing at all when no screening held a pair.
 */
export function surveyView(families: readonly FamilyChange[], t: T): Html {
  if (families.length === 0) return html``;
  const num = (v: number) => String(v).replace('.', t('survey.decimal'));
  const pct = (v: number | null) => (v === null ? '—' : t('survey.percent', { v: num(v) }));
  const plain = (v: number | null) => (v === null ? '—' : num(v));
  const signed = (v: number | null) => (v === null ? '—' : v > 0 ? `+${num(v)}` : v < 0 ? `−${num(-v)}` : '0');
  const legend = { before: t('survey.before'), after: t('survey.after') };
  return html`<section class="survey" aria-labelledby="survey-title">
    <h2 id="survey-title">${t('survey.title')}</h2>
    <p>${t('survey.perVisit')}</p>
    <div class="cards">
      ${families.map((f) => {
        const name = t(`family.${f.family}`);
        const rows = f.options.map((o, i) => ({ ...o, label: optionLabel(f, i, t) }));
        return html`<div class="family" data-family="${f.family}">
          ${beforeAfterChart(name, legend, rows, pct)}
          <table>
            <caption>
              ${name} — ${t('survey.n', { before: f.nBefore, after: f.nAfter, screenings: f.screenings })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t('survey.option')}</th>
                <th scope="col">${legend.before}</th>
                <th scope="col">${legend.after}</th>
                <th scope="col">${t('survey.change')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) =>
                  html`<tr data-option="${r.label}">
                    <th scope="row">${r.label}</th>
                    <td>${plain(r.before)}</td>
                    <td>${plain(r.after)}</td>
                    <td>${signed(r.change)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
      })}
    </div>
  </section>`;
}
