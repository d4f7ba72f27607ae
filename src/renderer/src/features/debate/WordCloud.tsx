import { useEffect, useState } from 'react';
import cloud from 'd3-cloud';
import type { CloudWord } from '@shared/word-cloud';

type Placed = cloud.Word & { count: number };

/** The same words give the same picture on every render (d3-cloud places at random). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/**
 * The evening's words laid out by d3-cloud (loaded only when a cloud is shown), largest
 * for the most asked, drawn as SVG text in the stage's font (Noto Sans has ŋ and ë).
 */
export default function WordCloud(props: { words: CloudWord[]; width: number; height: number; label: string }) {
  const { words, width, height, label } = props;
  const [placed, setPlaced] = useState<Placed[]>([]);
  useEffect(() => {
    const most = Math.max(1, ...words.map((w) => w.count));
    const layout = cloud<Placed>()
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
      .on('end', (out) => setPlaced(out));
    layout.start();
    return () => void layout.stop();
  }, [words, width, height]);
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
            transform={`translate(${w.x ?? 0},${w.y ?? 0})`}
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
