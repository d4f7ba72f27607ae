import { describe, expect, it } from 'vitest';
import {
  convertSubtitles,
  decodeSubtitleBytes,
  parseSubtitles,
  problemDetail,
  readProblemDetail,
  subtitleLang,
  toWebVtt,
} from '../../../src/shared/subtitles';
import { windows1252 } from '../../support/media-fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeSubtitleBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeSubtitleBytes(utf8('Jërëjëf ŋ'))).toEqual({ text: 'Jërëjëf ŋ', encoding: 'utf-8' });
    expect(decodeSubtitleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('à')]))).toEqual({
      text: 'à',
      encoding: 'utf-8',
    });
  });

  it('falls back to Windows-1252 for Latin-1 files, curly quotes and dashes included', () => {
    const text = 'Déjà « vu » — l’œuvre… 5 €';
    expect(decodeSubtitleBytes(windows1252(text))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads UTF-16 files that carry a BOM (Windows Notepad "Unicode")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ñaata ŋ', 'utf16le')]);
    expect(decodeSubtitleBytes(new Uint8Array(le))).toEqual({ text: 'Ñaata ŋ', encoding: 'utf-16le' });
  });

  it('says binary data is not text', () => {
    expect(decodeSubtitleBytes(new Uint8Array([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70]))).toBeNull();
  });
});

describe('parseSubtitles', () => {
  it('reads SRT with CRLF line ends and multi-line cues', () => {
    const srt =
      '1\r\n00:00:01,000 --> 00:00:02,500\r\nUn\r\ndeux\r\n\r\n2\r\n00:01:00,000 --> 01:00:00,000\r\nTrois\r\n';
    expect(parseSubtitles(srt, 'srt')).toEqual({
      ok: true,
      cues: [
        { start: 1, end: 2.5, text: 'Un\ndeux' },
        { start: 60, end: 3600, text: 'Trois' },
      ],
    });
  });

  it('reads WebVTT with short timestamps, ids, settings and NOTE blocks', () => {
    const vtt = 'WEBVTT - titre\n\nNOTE un commentaire\n\nc1\n00:01.000 --> 00:02.000 line:90%\nBonjour\n';
    expect(parseSubtitles(vtt, 'vtt')).toEqual({
      ok: true,
      cues: [{ start: 1, end: 2, text: 'Bonjour', settings: 'line:90%' }],
    });
  });

  it.each([
    ['an end before its start', '1\n00:00:05,000 --> 00:00:02,000\nX\n', 2],
    ['an end equal to its start', '1\n00:00:05,000 --> 00:00:05,000\nX\n', 2],
    ['a time without milliseconds', '1\n00:00:01 --> 00:00:02\nX\n', 2],
    ['61 minutes', '1\n00:61:00,000 --> 00:62:00,000\nX\n', 2],
    ['no arrow', 'ok\n\n1\n00:00:01,000 00:00:02,000\nX\n', 1],
  ])('refuses %s and names the line', (_name, srt, line) => {
    expect(parseSubtitles(srt, 'srt')).toEqual({ ok: false, problem: { reason: 'timing', line } });
  });

  it('refuses a .vtt without its header, and a file without cues', () => {
    expect(parseSubtitles('00:01.000 --> 00:02.000\nX\n', 'vtt')).toEqual({
      ok: false,
      problem: { reason: 'header', line: 1 },
    });
    expect(parseSubtitles('\n\n', 'srt')).toEqual({ ok: false, problem: { reason: 'empty', line: 0 } });
  });

  it('stores text NFC-normalised (a decomposed ë becomes one letter)', () => {
    const res = parseSubtitles('1\n00:00:00,000 --> 00:00:01,000\nJe\u0308re\u0308je\u0308f\n', 'srt');
    expect(res.ok && res.cues[0]!.text).toBe('Jërëjëf');
  });
});

describe('cue positions', () => {
  const convert = (text: string, name: string) => {
    const res = convertSubtitles(utf8(text), name);
    if (!res.ok) throw new Error(JSON.stringify(res.problem));
    return res.vtt;
  };

  it('keeps WebVTT cue settings through an import, and drops what a player must not see', () => {
    const vtt =
      'WEBVTT\n\n00:01.000 --> 00:02.000 line:10% align:start\nEn haut à gauche\n\n' +
      '00:03.000 --> 00:04.000 position:20%,line-left size:50% vertical:rl region:r1 color:red line:abc\nB\n\n' +
      '00:05.000 --> 00:06.000 align:left align:end line:-2 line:0,end\nC\n';
    expect(convert(vtt, 'film.fr.vtt')).toBe(
      'WEBVTT\n\n' +
        '00:00:01.000 --> 00:00:02.000 line:10% align:start\nEn haut à gauche\n\n' +
        '00:00:03.000 --> 00:00:04.000 position:20%,line-left size:50% vertical:rl\nB\n\n' +
        '00:00:05.000 --> 00:00:06.000 align:end line:0,end\nC\n',
    );
  });

  it.each([
    [1, 'position:5% align:start'],
    [2, ''],
    [3, 'position:95% align:end'],
    [4, 'line:50%,center position:5% align:start'],
    [5, 'line:50%,center'],
    [6, 'line:50%,center position:95% align:end'],
    [7, 'line:5% position:5% align:start'],
    [8, 'line:5%'],
    [9, 'line:5% position:95% align:end'],
  ])('turns SRT {\\an%i} into its place on the screen', (n, settings) => {
    const vtt = convert(`1\n00:00:01,000 --> 00:00:02,000\n{\\an${n}}Ŋaa ngi fi\n`, 'film.wo.srt');
    expect(vtt).toBe(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000${settings ? ` ${settings}` : ''}\nŊaa ngi fi\n`);
  });

  it('strips other override tags, keeps braces that are words, and lets VTT settings win over {\\an}', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000 X1:10 X2:300 Y1:20 Y2:80\n{\\an8}{\\c&H00FFFF&\\fs20}Jaune{\\r} {rires}\n' +
      '{\\i1}deux{\\i0} {\\an2}\n';
    expect(parseSubtitles(srt, 'srt')).toEqual({
      ok: true,
      cues: [{ start: 1, end: 2, text: 'Jaune {rires}\ndeux ', settings: 'line:5%' }],
    });
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000 line:80%\n{\\an8}Bas\n\n00:03.000 --> 00:04.000\n{\\an9}Haut\n';
    expect(parseSubtitles(vtt, 'vtt')).toEqual({
      ok: true,
      cues: [
        { start: 1, end: 2, text: 'Bas', settings: 'line:80%' },
        { start: 3, end: 4, text: 'Haut', settings: 'line:5% position:95% align:end' },
      ],
    });
  });
});

describe('toWebVtt and convertSubtitles', () => {
  it('writes cues Chromium reads, with full timestamps and no stray arrows', () => {
    expect(toWebVtt([{ start: 3725.5, end: 3726.042, text: 'a --> b' }])).toBe(
      'WEBVTT\n\n01:02:05.500 --> 01:02:06.042\na --\u200b> b\n',
    );
  });

  it('turns a Latin-1 .srt into UTF-8 WebVTT that reads back the same', () => {
    const srt = '1\r\n00:00:00,000 --> 00:00:01,500\r\nÀ bientôt — merci\r\n';
    const res = convertSubtitles(windows1252(srt), 'film.fr.srt');
    expect(res).toMatchObject({ ok: true, cues: 1, encoding: 'windows-1252' });
    const back = res.ok ? parseSubtitles(res.vtt, 'vtt') : null;
    expect(back).toEqual({ ok: true, cues: [{ start: 0, end: 1.5, text: 'À bientôt — merci' }] });
  });

  it('refuses a video renamed .srt as not text', () => {
    expect(convertSubtitles(new Uint8Array([0, 0, 0, 0x18, 0x66]), 'x.fr.srt')).toEqual({
      ok: false,
      problem: { reason: 'notText', line: 0 },
    });
  });
});

describe('subtitleLang and problem details', () => {
  it.each([
    ['film.fr.srt', 'fr'],
    ['Film_Wolof.vtt', 'wo'],
    ['wo.vtt', 'wo'],
    ['C:\\clé\\temoignage-francais.srt', 'fr'],
    ['Temoignage (Français).srt', 'fr'],
    ['story.en.vtt', 'en'],
    ['soustitres.srt', null],
    ['frites.srt', null],
  ])('%s is for %s', (name, lang) => {
    expect(subtitleLang(name)).toBe(lang);
  });

  it('carries a refusal across the bridge and back', () => {
    const detail = problemDetail('a|b.fr.srt', { reason: 'timing', line: 12 });
    expect(readProblemDetail(detail)).toEqual({ file: 'a|b.fr.srt', reason: 'timing', line: 12 });
    expect(readProblemDetail('ENOSPC')).toBeNull();
    expect(readProblemDetail(undefined)).toBeNull();
  });
});
