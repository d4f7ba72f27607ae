/**
 * What a phone's recording is, read from its first bytes rather than its name or the type
 * the phone claims: a photo or a text file renamed .m4a is refused before it is kept. The
 * formats are the ones phones' own recorders make (Android: 3GP/AMR, M4A/AAC, WebM/Ogg
 * Opus; iOS: M4A, CAF; some apps: MP3, WAV). MP4-family files are accepted by their
 * `ftyp` box; whether the codec inside plays is for the console's <audio> to tell.
 */
export const SNIFF_HEAD_BYTES = 16;

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

export function sniffAudio(head: Uint8Array): string | null {
  if (head.length < 4) return null;
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'audio/webm';
  if (ascii(head, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(head, 0, 4) === 'fLaC') return 'audio/flac';
  if (ascii(head, 0, 4) === 'caff') return 'audio/x-caf';
  if (ascii(head, 0, 5) === '#!AMR') return 'audio/amr';
  if (ascii(head, 0, 3) === 'ID3') return 'audio/mpeg';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'audio/wav';
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp')
    return ascii(head, 8, 11) === '3gp' || ascii(head, 8, 11) === '3g2' ? 'audio/3gpp' : 'audio/mp4';
  // An MPEG audio frame's 11 sync bits: layer bits 00 are AAC (ADTS), anything else MP3.
  if (head[0] === 0xff && (head[1]! & 0xe0) === 0xe0) return (head[1]! & 0x06) === 0 ? 'audio/aac' : 'audio/mpeg';
  return null;
}
