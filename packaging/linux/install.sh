#!/usr/bin/env bash
# Desktop integration on Linux: menu entry, AppStream metadata and icons for an installed `reader` command.
#   bash packaging/linux/install.sh            # for this user (~/.local/share)
#   sudo bash packaging/linux/install.sh /usr  # for everyone
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prefix="${1:-$HOME/.local}"
id="io.github.readerapp.Reader"
install -Dm644 "$here/$id.desktop" "$prefix/share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$prefix/share/metainfo/$id.metainfo.xml"
install -Dm644 "$root/resources/icons/reader.svg" "$prefix/share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$root/resources/icons/reader-$size.png" "$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$prefix/share/icons/hicolor" || true
echo "installed $id under $prefix/share"
