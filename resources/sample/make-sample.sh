#!/usr/bin/env bash
# Regenerates the bundled sample film (kept in git: the kiosk must work on a fresh
# machine with no film of its own). 80 s, 640x360 H.264 (baseline-compatible High
# profile, yuv420p) + AAC in MP4 with the moov atom first so it starts before it is
# read whole. A running clock and a moving bar make every frame differ, which lets the
# end-to-end tests prove frames advance. The subtitles (fr.vtt, wo.vtt) are written
# by hand beside this script and cover the whole film.
set -euo pipefail
cd "$(dirname "$0")"
FONT=${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}
DUR=80
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "color=c=0x0a5c8a:size=640x360:rate=25:duration=${DUR}" \
  -f lavfi -i "sine=frequency=330:beep_factor=2:sample_rate=44100:duration=${DUR}" \
  -filter_complex "[0:v]drawbox=x='mod(t*80,640)':y=300:w=60:h=20:color=0xf2a900:t=fill,\
drawtext=fontfile=${FONT}:text='Migrants as Messengers':fontcolor=white:fontsize=34:x=(w-tw)/2:y=60,\
drawtext=fontfile=${FONT}:text='%{pts\:hms}':fontcolor=white:fontsize=64:x=(w-tw)/2:y=(h-th)/2[v];\
[1:a]volume=0.15[a]" \
  -map "[v]" -map "[a]" \
  -c:v libx264 -preset slow -crf 28 -pix_fmt yuv420p -profile:v high -level 3.0 -g 50 \
  -c:a aac -b:a 48k -ac 1 -movflags +faststart \
  sample.mp4
ls -l sample.mp4
# film.json's sizeBytes must match: update it when the film changes.
