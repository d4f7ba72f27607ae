import { html, type Html } from './html';
import type { Ctx } from './context';

export const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * A whole page: navigation for a signed-in member of staff, the language switch, the body;
 * `refreshSeconds` reloads it on its own (a large export's progress: no script runs here).
 */
export function page(ctx: Ctx, title: string, body: Html, refreshSeconds?: number): string {
  const { t, session } = ctx;
  const nav = session
    ? html`<nav>
        <a href="/staff/screenings">${t('nav.screenings')}</a>
        <a href="/staff/kiosks">${t('nav.kiosks')}</a>
        <a href="/staff/audit">${t('nav.audit')}</a>
        <span class="who">${session.staff.name} (${session.staff.role})</span>
        <form method="post" action="/staff/sign-out">
          <input type="hidden" name="_csrf" value="${session.csrf}" /><button type="submit">${t('nav.signOut')}</button>
        </form>
      </nav>`
    : '';
  const other = ctx.lang === 'fr' ? 'en' : 'fr';
  return html`<!doctype html>
    <html lang="${ctx.lang}">
      <head>
        <meta charset="utf-8" />
        ${refreshSeconds ? html`<meta http-equiv="refresh" content="${refreshSeconds}" />` : ''}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${t('title')}</title>
        <link rel="stylesheet" href="/staff/style.css" />
      </head>
      <body>
        <header>
          <strong>${t('title')}</strong>${nav}
          <a class="lang" href="/staff/lang/${other}?back=${encodeURIComponent(ctx.path)}" hreflang="${other}"
            >${other === 'fr' ? 'Français' : 'English'}</a
          >
        </header>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`.text;
}

export const STYLE = `
body{font-family:"Noto Sans",system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{display:flex;gap:1rem;align-items:center;padding:.6rem 1rem;background:#0033a0;color:#fff;flex-wrap:wrap}
header a,header .who{color:#fff}header form{display:inline}nav{display:flex;gap:1rem;align-items:center;flex:1}
main{padding:1rem 1.5rem;max-width:72rem}table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
.code{font-size:3rem;font-family:monospace;letter-spacing:.2rem;padding:1rem;background:#fff;border:2px solid #0033a0;display:inline-block}
.error{color:#a00000;font-weight:bold}.notice{color:#064}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{background:#fff;border:1px solid #ccc;padding:.75rem 1rem;min-width:9rem}.card b{display:block;font-size:1.8rem}
.family{background:#fff;border:1px solid #ccc;padding:.5rem 1rem;flex:1 1 26rem}caption{text-align:left;font-weight:bold}
form.filters{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end;margin-bottom:1rem}label{display:flex;flex-direction:column;font-size:.9rem}
svg text{font-size:12px}button{padding:.35rem .8rem}progress{width:24rem;max-width:100%;height:1.2rem}
`;
