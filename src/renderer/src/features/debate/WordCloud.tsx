import { useEffect, useState } from 'react';
import cloud from 'd3-cloud';
import type { CloudWord } from '@shared/word-cloud';
import { sessionCache } from '../../ui/session-cache';

interface Placed {
  text: string;
  count: number;
  size: number;
  x: number;
  y: number;
}

/** The same words give the same picture on every render (d3-cloud places at random). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

// The layout is the costly part (d3-cloud measures and places every word on a canvas), and
// the same words in the same box always give the same layout (seeded): laid out once, a
// report reopened or reloaded, or the stage's unchanged cloud, is drawn from here.
const layouts = sessionCache<Placed[]>('word-cloud', 8);
const keyOf = (words: CloudWord[], width: number, height: number) => JSON.stringify([width, height, words]);

/**
 * The evening's words laid out by d3-cloud (loaded only when a cloud is shown), largest
 * for the most asked, drawn as SVG text in the stage's font (Noto Sans has ŋ and ë).
 */
export default function WordCloud(props: { words: CloudWord[]; width: number; height: number; label: string }) {
  const { words, width, height, label } = props;
  const key = keyOf(words, width, height);
  const [made, setMade] = useState<Placed[]>([]);
  // Until the new words are laid out, the previous layout stays (the stage's cloud never blinks).
  const placed = layouts.get(key) ?? made;
  useEffect(() => {
    if (layouts.get(key)) return;
    const most = Math.max(1, ...words.map((w) => w.count));
    const layout = cloud<cloud.Word & { count: number }>()
      .size([width, height])
      .words(
        words.map((w) => ({ text: w.text, count: w.count, size: Math.round(20 + 70 * Math.sqrt(w.count / most)) })),
      )
      .padding(5)
      .rotate(0)
      .font('Noto Sans')
      .fontWeight(700)
      .fontSize((w) => w.size!)
      .random(seeded(words.length))
      .on('end', (out) => {
        const done = out.map((w) => ({ text: w.text!, count: w.count, size: w.size!, x: w.x ?? 0, y: w.y ?? 0 }));
        // Measured in the fallback font (Noto Sans not loaded yet), it is not kept: the next draw redoes it.
        if (document.fonts.check('700 20px "Noto Sans"')) layouts.set(key, done);
        setMade(done);
      });
    layout.start();
    return () => void layout.stop();
    // `key` stands for the words and the box.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (
    <svg
      className="word-cloud"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      data-words={placed.length}
    >
      <g transform={`translate(${width / 2},${height / 2})`}>
        {placed.map((w) => (
          <text
            key={w.text}
            textAnchor="middle"
            transform={`translate(${w.x},${w.y})`}
            fontSize={w.size}
            fontWeight={700}
            fontFamily="Noto Sans, sans-serif"
            data-count={w.count}
          >
            {w.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
