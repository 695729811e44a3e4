#!/bin/sh
# Installs the MigDesk build this script came with: install.sh [--prefix DIR]
# Default DIR: ~/.local for a user, /opt/migdesk as root. Files go to DIR/lib/migdesk,
# the commands to DIR/bin (migdesk, migdesk-cli), the menu entry and icon to the user's
# (or, as root, the system's /usr/local/share) applications and icon folders.
# Installing over an older build replaces the program only; vaults are never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/kit-prefix.sh"
usage_args="[--prefix КАТАЛОГ]"
frozen_defaults
read_prefix "$@"
case "$prefix" in /*) ;; *) prefix=$(pwd)/$prefix ;; esac

lib="$prefix/lib/migdesk"
mkdir -p "$prefix/lib" "$prefix/bin"
# Copy next to the old build, then swap: an interrupted install leaves a working program.
rm -rf "$lib.new"
cp -a "$here/." "$lib.new"
rm -rf "$lib.old"
[ -d "$lib" ] && mv "$lib" "$lib.old"
mv "$lib.new" "$lib"
rm -rf "$lib.old"
ln -sfn "$lib/migdesk" "$prefix/bin/migdesk"
ln -sfn "$lib/migdesk-cli" "$prefix/bin/migdesk-cli"

resources="$lib/_internal/migdesk/resources"
mkdir -p "$share/applications"
sed "s|@BINDIR@|$prefix/bin|g" "$resources/migdesk.desktop" > "$share/applications/migdesk.desktop"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$resources/icons/migdesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/migdesk.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$resources/icons/migdesk.svg" "$share/icons/hicolor/scalable/apps/migdesk.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

echo "MigDesk установлен в $lib; команды: $prefix/bin/migdesk, $prefix/bin/migdesk-cli"
"$prefix/bin/migdesk-cli" --version
