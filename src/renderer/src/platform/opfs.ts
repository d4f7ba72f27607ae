/**
 * The few Origin Private File System calls the browser film library uses. OPFS is the
 * browser's own disk space for this origin: files are streamed in and out, never held
 * whole in memory. Only in secure contexts (localhost counts), so a tablet on the LAN
 * over plain http has none: importing is then not available there.
 */
type DirWithKeys = FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };

export async function mediaRoot(): Promise<FileSystemDirectoryHandle | null> {
  try {
    const root = await navigator.storage?.getDirectory?.();
    return root ? await root.getDirectoryHandle('media', { create: true }) : null;
  } catch {
    return null;
  }
}

export async function childNames(dir: FileSystemDirectoryHandle): Promise<string[]> {
  const names: string[] = [];
  for await (const name of (dir as DirWithKeys).keys()) names.push(name);
  return names;
}

export async function readText(dir: FileSystemDirectoryHandle, name: string): Promise<string | null> {
  try {
    return await (await (await dir.getFileHandle(name)).getFile()).text();
  } catch {
    return null;
  }
}

/** Writes a whole small file; the browser swaps it in on close, so readers never see half. */
export async function writeText(dir: FileSystemDirectoryHandle, name: string, text: string): Promise<void> {
  const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
  await w.write(text);
  await w.close();
}

/**
 * Streams a picked file into OPFS, counting bytes as they pass; `signal` aborts it (the
 * partial copy is discarded by the browser). Rejects with the browser's error, e.g.
 * QuotaExceededError when the disk or the origin's quota is full.
 */
export async function streamInto(
  dir: FileSystemDirectoryHandle,
  name: string,
  file: Blob,
  onBytes: (n: number) => void,
  signal: AbortSignal,
): Promise<void> {
  const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, ctl) {
      onBytes(chunk.byteLength);
      ctl.enqueue(chunk);
    },
  });
  await file.stream().pipeThrough(counter).pipeTo(w, { signal });
}

/** Lets the facilitator pick files; null when the picker is closed without a choice. */
export function pickFiles(accept: string): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files ? Array.from(input.files) : null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
