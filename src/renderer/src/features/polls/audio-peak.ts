/**
 * The loudest sample (0–1) of a recording, to tell a muted or unplugged microphone from
 * speech; null when the browser cannot decode it (then it is not judged silent).
 */
export async function loudestSample(blob: Blob): Promise<number | null> {
  try {
    const ctx = new OfflineAudioContext(1, 1, 48_000);
    const audio = await ctx.decodeAudioData(await blob.arrayBuffer());
    let peak = 0;
    for (let c = 0; c < audio.numberOfChannels; c++) {
      const data = audio.getChannelData(c);
      for (let i = 0; i < data.length; i++) {
        const v = Math.abs(data[i]!);
        if (v > peak) peak = v;
      }
    }
    return peak;
  } catch {
    return null;
  }
}
