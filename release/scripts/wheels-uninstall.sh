#!/bin/sh
# Removes a MigDesk installed from the wheelhouse: uninstall.sh --prefix DIR
# Only DIR (the virtual environment made by install.sh) is removed. Vaults, their key files
# and backups live in the user's data directory (~/.local/share/MigDesk) and are never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/kit-prefix.sh"
usage_args="--prefix КАТАЛОГ"
prefix=""
read_prefix "$@"
[ -n "$prefix" ] || { usage; exit 2; }
if [ ! -x "$prefix/bin/migdesk-cli" ] || [ ! -f "$prefix/pyvenv.cfg" ]; then
    echo "В «$prefix» нет MigDesk, установленного из колёс; ничего не удалено." >&2
    exit 1
fi
rm -rf -- "$prefix"
echo "MigDesk удалён из $prefix. Хранилища не тронуты."
