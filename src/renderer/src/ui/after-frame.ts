/**
 * Runs `fn` right after the next frame has been drawn (not when the window is idle):
 * for what the screen on show needs to answer (the kiosk's and the stage's database
 * read), which should neither hold up the first paint nor wait behind idle work.
 * Returns a cancel function.
 */
export function afterFrame(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  // A hidden window draws no frames: it does not wait for one.
  if (document.visibilityState === 'hidden') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  // requestAnimationFrame runs before the frame is drawn; the task after it, once it is.
  const frame = requestAnimationFrame(() => setTimeout(run, 0));
  // Hidden since: within a second anyway (as when idle), never before the first frame on a slow laptop.
  const late = setTimeout(run, 1000);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(late);
  };
}
