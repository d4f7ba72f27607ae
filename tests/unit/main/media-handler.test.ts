import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeAppUrl } from '../../../src/main/app-route';
import { parseRange, serveFile } from '../../../src/main/media-handler';

// The bundled sample film: a real MP4 of about 1.2 MB, served as a <video> would ask.
const ROOT = resolve('resources/sample');
const FILM = readFileSync(resolve(ROOT, 'sample.mp4'));
const SIZE = FILM.length;

async function body(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

describe('serveFile over real files', () => {
  it('serves a whole film with its type and length when no range is asked', async () => {
    const res = await serveFile(ROOT, 'sample.mp4', null);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('video/mp4');
    expect(res.headers.get('Accept-Ranges')).toBe('bytes');
    expect(Number(res.headers.get('Content-Length'))).toBe(SIZE);
    expect((await body(res)).equals(FILM)).toBe(true);
  });

  it('serves a closed range as 206 with exactly those bytes', async () => {
    const res = await serveFile(ROOT, 'sample.mp4', 'bytes=1000-1999');
    expect(res.status).toBe(206);
    expect(res.headers.get('Content-Range')).toBe(`bytes 1000-1999/${SIZE}`);
    expect(res.headers.get('Content-Length')).toBe('1000');
    expect((await body(res)).equals(FILM.subarray(1000, 2000))).toBe(true);
  });

  it('serves an open-ended range to the end of the film (what a seek sends)', async () => {
    const start = SIZE - 5000;
    const res = await serveFile(ROOT, 'sample.mp4', `bytes=${start}-`);
    expect(res.status).toBe(206);
    expect(res.headers.get('Content-Range')).toBe(`bytes ${start}-${SIZE - 1}/${SIZE}`);
    expect((await body(res)).equals(FILM.subarray(start))).toBe(true);
  });

  it('serves a suffix range (the last N bytes) and clamps an end past the file', async () => {
    const last = await serveFile(ROOT, 'sample.mp4', 'bytes=-300');
    expect(last.status).toBe(206);
    expect((await body(last)).equals(FILM.subarray(SIZE - 300))).toBe(true);
    const past = await serveFile(ROOT, 'sample.mp4', `bytes=${SIZE - 10}-${SIZE + 1000}`);
    expect(past.headers.get('Content-Range')).toBe(`bytes ${SIZE - 10}-${SIZE - 1}/${SIZE}`);
    expect((await body(past)).length).toBe(10);
  });

  it.each([`bytes=${SIZE}-`, 'bytes=500-100', 'bytes=abc', 'bytes=-0', 'items=0-10', 'bytes=0-1,5-6', 'bytes=-'])(
    'answers 416 with the real size to the bad range %s',
    async (range) => {
      const res = await serveFile(ROOT, 'sample.mp4', range);
      expect(res.status).toBe(416);
      expect(res.headers.get('Content-Range')).toBe(`bytes */${SIZE}`);
    },
  );

  it.each([
    '../../package.json',
    '%2e%2e/%2e%2e/package.json',
    '..%2f..%2fpackage.json',
    '..%5c..%5cpackage.json',
    '../sample/../../package.json',
    'sample.mp4%00.vtt',
    '%E0%A4%A',
  ])('refuses the path %s that would leave the folder (403)', async (path) => {
    expect((await serveFile(ROOT, path, null)).status).toBe(403);
  });

  it('reads an absolute path as a name inside the folder, which does not exist there', async () => {
    expect((await serveFile(ROOT, '/etc/passwd', null)).status).toBe(404);
    expect((await serveFile(ROOT, '//etc/passwd', null)).status).toBe(404);
  });

  it('does not serve folders or missing files', async () => {
    expect((await serveFile(resolve('resources'), 'sample', null)).status).toBe(404);
    expect((await serveFile(ROOT, 'missing.mp4', null)).status).toBe(404);
  });

  it('gives subtitles their WebVTT type', async () => {
    const res = await serveFile(ROOT, 'wo.vtt', null);
    expect(res.headers.get('Content-Type')).toBe('text/vtt; charset=utf-8');
    expect(await res.text()).toContain('Ci màndiŋ mi');
  });
});

describe('parseRange', () => {
  it('reads the forms a media element sends', () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=10-20', 100)).toEqual({ start: 10, end: 20 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
});

describe('routeAppUrl', () => {
  const dirs = { rendererDir: '/r', sampleDir: '/s', libraryDir: '/l' };
  it('routes the sample, the library and the renderer; refuses other hosts and schemes', () => {
    expect(routeAppUrl(new URL('kiosk://app/media/sample/fr.vtt'), dirs)).toEqual({ root: '/s', path: 'fr.vtt' });
    expect(routeAppUrl(new URL('kiosk://app/media/abc/film.mp4'), dirs)).toEqual({ root: '/l', path: 'abc/film.mp4' });
    expect(routeAppUrl(new URL('kiosk://app/'), dirs)).toEqual({ root: '/r', path: 'index.html' });
    expect(routeAppUrl(new URL('kiosk://evil/index.html'), dirs)).toBeNull();
    expect(routeAppUrl(new URL('https://app/index.html'), dirs)).toBeNull();
  });
});
