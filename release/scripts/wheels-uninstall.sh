#!/bin/sh
# Removes a MigDesk installed from the wheelhouse: uninstall.sh --prefix DIR
# Only DIR (the virtual environment made by install.sh) is removed. Vaults, their key files
# and backups live in the user's data directory (~/.local/share/MigDesk) and are never touched.
set -eu
prefix=""
usage() { echo "Использование: $0 --prefix КАТАЛОГ" >&2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { usage; exit 2; }; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage; exit 2 ;;
    esac
done
[ -n "$prefix" ] || { usage; exit 2; }
if [ ! -x "$prefix/bin/migdesk-cli" ] || [ ! -f "$prefix/pyvenv.cfg" ]; then
    echo "В «$prefix» нет MigDesk, установленного из колёс; ничего не удалено." >&2
    exit 1
fi
rm -rf -- "$prefix"
echo "MigDesk удалён из $prefix. Хранилища не тронуты."
