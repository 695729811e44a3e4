#!/bin/sh
# Removes MigDesk installed by install.sh: uninstall.sh [--prefix DIR] (the same DIR).
# Removes the program, its two commands, the menu entry and the icons. Never touches a
# vault: vaults, key files and backups stay in the user's data directory (~/.local/share/MigDesk).
set -eu

if [ "$(id -u)" = 0 ]; then
    prefix=/opt/migdesk
    share=/usr/local/share
else
    prefix=${HOME:?HOME не задан}/.local
    share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
usage() { echo "Использование: $0 [--prefix КАТАЛОГ]" >&2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { usage; exit 2; }; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage; exit 2 ;;
    esac
done
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
