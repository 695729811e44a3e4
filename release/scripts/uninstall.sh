#!/bin/sh
# Removes MigDesk installed by install.sh: uninstall.sh [--prefix DIR] (the same DIR).
# Removes the program, its two commands, the menu entry and the icons. Never touches a
# vault: vaults, key files and backups stay in the user's data directory (~/.local/share/MigDesk).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/kit-prefix.sh"
usage_args="[--prefix КАТАЛОГ]"
frozen_defaults
read_prefix "$@"
case "$prefix" in /*) ;; *) prefix=$(pwd)/$prefix ;; esac

lib="$prefix/lib/migdesk"
if [ ! -x "$lib/migdesk" ]; then
    echo "В «$prefix» нет MigDesk; ничего не удалено." >&2
    exit 1
fi
for name in migdesk migdesk-cli; do
    # Only our own links: a different program of the same name stays.
    if [ -L "$prefix/bin/$name" ] && [ "$(readlink "$prefix/bin/$name")" = "$lib/$name" ]; then
        rm -f "$prefix/bin/$name"
    fi
done
rm -rf -- "$lib"
rm -f "$share/applications/migdesk.desktop"
for size in 16 24 32 48 64 128 256; do
    rm -f "$share/icons/hicolor/${size}x${size}/apps/migdesk.png"
done
rm -f "$share/icons/hicolor/scalable/apps/migdesk.svg"
echo "MigDesk удалён из $prefix. Хранилища и резервные копии не тронуты."
