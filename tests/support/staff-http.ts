/**
 * Signs in to a collector's dashboard over plain HTTP, through the real form (its
 * double-submit token first), and returns the session cookie: for tests and benches that
 * read dashboard pages without a browser.
 */
export async function staffCookie(url: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${url}/staff/sign-in`);
  const pre = form.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const r = await fetch(`${url}/staff/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre.join('; ') },
    body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  if (r.status !== 303) throw new Error(`sign-in answered ${r.status}`);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}
