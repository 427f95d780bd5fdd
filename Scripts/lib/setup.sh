# Shared by the scripts that install what they need (source it; it only defines functions).
#
#   apt_install COMMAND:PACKAGE ...   installs each PACKAGE whose COMMAND is missing
#   apt_packages PACKAGE ...          installs the packages (apt-get update first, sudo
#                                     when not root, no recommends)
#   python_env DIR PIP-ARGS ...       creates the virtual environment DIR when missing (with
#                                     Debian's python3-venv when Python lacks venv), then
#                                     runs pip install PIP-ARGS in it

apt_packages() {
    echo "== installing $* with apt-get" >&2
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

apt_install() {
    local missing=() spec
    for spec in "$@"; do
        command -v "${spec%%:*}" >/dev/null 2>&1 || missing+=("${spec#*:}")
    done
    if ((${#missing[@]})); then apt_packages "${missing[@]}"; fi
}

python_env() {
    local dir=$1
    shift
    if [ ! -x "$dir/bin/python" ]; then
        echo "== creating $dir" >&2
        if ! python3 -m venv "$dir" >/dev/null 2>&1; then
            rm -rf "$dir"
            apt_packages python3-venv
            python3 -m venv "$dir"
        fi
    fi
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
}
