#!/bin/sh
# MigDesk from the wheelhouse, with no network: install.sh --prefix DIR
# Makes a Python virtual environment in DIR and installs MigDesk and everything it needs
# from the wheels next to this script (pip --no-index). Result: DIR/bin/migdesk and
# DIR/bin/migdesk-cli. Needs Python 3.11-3.13 (python3); set PYTHON=/path/to/python3.x
# to choose another one. Vaults are never touched: they live in the user's data directory.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/kit-prefix.sh"
usage_args="--prefix КАТАЛОГ"
prefix=""
read_prefix "$@"
[ -n "$prefix" ] || { usage; exit 2; }

# Under env -i there is no PATH; Python needs one (or an absolute path) to know itself.
PATH=${PATH:-/usr/local/bin:/usr/bin:/bin}
export PATH
python=$(command -v "${PYTHON:-python3}" || true)
[ -n "$python" ] || { echo "Не найден python3 (задайте PYTHON=/путь/к/python3.X)." >&2; exit 1; }
if ! "$python" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' 2>/dev/null; then
    echo "Нужен Python 3.11-3.13 (задайте PYTHON=/путь/к/python3.X)." >&2
    exit 1
fi
pip_wheel=$(ls "$here"/wheels/pip-*.whl | head -n 1)

# Installing over an older MigDesk: say what was there (the administrator may roll back).
if [ -x "$prefix/bin/migdesk-cli" ]; then
    echo "Заменяется установленная версия: $("$prefix/bin/migdesk-cli" --version 2>/dev/null || echo "не запускается")"
fi
# --without-pip: no ensurepip (Debian's python3-venv) is needed; pip runs from its wheel.
"$python" -m venv --without-pip "$prefix"
# --force-reinstall: every build carries the same version number, and pip keeps an installed
# distribution of that version ("already satisfied"), so over an older build nothing was
# replaced. Reinstalling everything from this kit also mends an interrupted earlier install.
"$prefix/bin/python" "$pip_wheel/pip" install --quiet --no-index --no-cache-dir \
    --disable-pip-version-check --force-reinstall --find-links "$here/wheels" migdesk pip
echo "MigDesk установлен: $prefix/bin/migdesk, $prefix/bin/migdesk-cli"
"$prefix/bin/migdesk-cli" --version
