import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { loadPhonePage } from '../../../../src/main/phones/phone-page';
import { builtFile } from '../fake-electron';

// The phone page as the installer ships it (out/renderer/phone.html): what the phone
// server serves, how much a weak hotspot must carry, and whether an old phone parses it.
describe('the built phone page', () => {
  it('loads only its own small script and style, no console code', async () => {
    builtFile('out/renderer/phone.html');
    const page = await loadPhonePage('out/renderer');
    const names = [...page.assets.keys()];
    expect(names.some((n) => n.endsWith('.js'))).toBe(true);
    expect(names.every((n) => n.startsWith('phone-'))).toBe(true);
    const js = names.filter((n) => n.endsWith('.js')).map((n) => page.assets.get(n)!.bytes);
    const gz = gzipSync(Buffer.concat(js)).byteLength;
    expect(gz).toBeLessThanOrEqual(60 * 1024);
    const text = Buffer.concat(js).toString('utf8');
    expect(text).not.toMatch(/react|dexie|i18next/i);
  });

  it('is ES2017 syntax, which a 2019 Android browser and iOS 12 Safari parse', async () => {
    const page = await loadPhonePage('out/renderer');
    for (const [name, asset] of page.assets)
      if (name.endsWith('.js'))
        expect(() => parse(asset.bytes.toString('utf8'), { ecmaVersion: 2017, sourceType: 'module' })).not.toThrow();
  });
});
