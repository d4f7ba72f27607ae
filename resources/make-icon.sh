#!/usr/bin/env bash
# Regenerates the app icon (512x512 PNG; electron-builder derives .ico/.icns from it):
# the campaign's initials over two subtitle bars.
set -euo pipefail
cd "$(dirname "$0")"
FONT=${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "color=c=0x0a5c8a:size=512x512:duration=1" -frames:v 1 \
  -vf "drawbox=x=56:y=340:w=400:h=36:color=0xf2a900:t=fill,drawbox=x=116:y=392:w=280:h=36:color=0xffffff@0.85:t=fill,\
drawtext=fontfile=${FONT}:text='MaM':fontcolor=white:fontsize=150:x=(w-tw)/2:y=110" icon.png
