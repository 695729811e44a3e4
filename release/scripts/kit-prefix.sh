# Sourced (not run) by install.sh and uninstall.sh of both kits, which ship it beside them:
# where MigDesk goes, from the command line.
#   usage_args  what the usage line names after the script ("[--prefix КАТАЛОГ]")
#   read_prefix "$@"  sets $prefix from --prefix DIR or --prefix=DIR (the caller's default
#               stays otherwise); -h/--help prints the usage and exits 0, anything else
#               prints it and exits 2.
#   frozen_defaults  the frozen build's default $prefix and $share: /opt/migdesk and
#               /usr/local/share as root, ~/.local and the XDG data folder for a user.

usage() { echo "Использование: $0 $usage_args" >&2; }

read_prefix() {
    while [ $# -gt 0 ]; do
        case "$1" in
            --prefix) [ $# -ge 2 ] || { usage; exit 2; }; prefix=$2; shift 2 ;;
            --prefix=*) prefix=${1#--prefix=}; shift ;;
            -h|--help) usage; exit 0 ;;
            *) usage; exit 2 ;;
        esac
    done
}

frozen_defaults() {
    if [ "$(id -u)" = 0 ]; then
        prefix=/opt/migdesk
        share=/usr/local/share
    else
        prefix=${HOME:?HOME не задан}/.local
        share=${XDG_DATA_HOME:-$HOME/.local/share}
    fi
}
