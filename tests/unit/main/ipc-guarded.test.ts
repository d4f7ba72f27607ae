import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { splitPicked } from '../../../src/shared/film-files';
import { guarded, trustedSender } from '../../../src/main/ipc';
import { fail, ok } from '../../../src/shared/result';
import { argSchemas } from '../../../src/shared/validate';

// The part of an IPC event `guarded` reads: which frame sent it.
const from = (url: string, parent: unknown = null) =>
  ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;
const app = from('kiosk://app/index.html#/console');

describe('guarded IPC handlers', () => {
  it('passes parsed arguments to the handler and returns its result', async () => {
    const handler = guarded(argSchemas.mediaSetDuration, async ([id, d]) => ok(`${id}:${d}`));
    expect(await handler(app, 'sample', 80)).toEqual({ ok: true, value: 'sample:80' });
  });

  it('refuses arguments that do not match, without calling the handler', async () => {
    let called = false;
    const handler = guarded(argSchemas.mediaRemove, async () => {
      called = true;
      return ok(undefined);
    });
    expect(await handler(app, '../../etc')).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(await handler(app)).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(called).toBe(false);
  });

  it('refuses arguments sent to a channel that takes none', async () => {
    const handler = guarded(null, async () => ok('listed'));
    expect(await handler(app)).toEqual({ ok: true, value: 'listed' });
    expect(await handler(app, 'extra')).toMatchObject({ ok: false, code: 'invalid_argument' });
  });

  it('refuses senders that are not our own top-level page', async () => {
    const handler = guarded(null, async () => ok('secret'));
    for (const e of [
      from('https://example.org/'),
      from('kiosk://other/index.html'),
      from('kiosk://app/x', {}),
      from('file:///etc/passwd'),
    ])
      expect(await handler(e)).toEqual({ ok: false, code: 'permission_denied' });
    expect(trustedSender({ senderFrame: null })).toBe(false);
  });

  it('turns a thrown error into an io_error result (the renderer never sees a rejection)', async () => {
    const handler = guarded(null, async () => {
      throw new Error('EIO: disk gone');
    });
    expect(await handler(app)).toEqual({ ok: false, code: 'io_error', detail: 'EIO: disk gone' });
    expect(await guarded(null, async () => fail('busy'))(app)).toEqual({ ok: false, code: 'busy' });
  });
});

describe('what the facilitator picked in the import dialog', () => {
  it('is one film with its subtitle files', () => {
    expect(splitPicked(['/usb/Film.MP4', '/usb/film.fr.srt', '/usb/film.wo.vtt'], (p) => p)).toEqual({
      ok: true,
      value: { video: '/usb/Film.MP4', subtitles: ['/usb/film.fr.srt', '/usb/film.wo.vtt'] },
    });
  });

  it('refuses no film, other kinds of files, or two films at once', () => {
    expect(splitPicked(['/usb/film.fr.srt'], (p) => p)).toMatchObject({ ok: false, code: 'unsupported_media' });
    expect(splitPicked(['/usb/film.avi'], (p) => p)).toMatchObject({ ok: false, code: 'unsupported_media' });
    expect(splitPicked(['/usb/a.mp4', '/usb/b.webm'], (p) => p)).toMatchObject({ ok: false, code: 'invalid_argument' });
  });
});
