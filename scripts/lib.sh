# Shared by scripts/demo and scripts/test: install what is missing, configure, build.
# shellcheck shell=bash

KB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KB_BUILD_DIR=${KBWIZARD_BUILD_DIR:-$KB_ROOT/build}

# Debian 12 packages: toolchain, Qt 6.4, translations tools, and what the tests run
# (Xvfb for screenshots, poppler-utils for PDF checks, tinyproxy/microsocks as real proxies,
# python3 for the fake Windows tools, openssl for the test certificate of the M6 redirect test).
KB_PACKAGES=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev fonts-dejavu-core fonts-ipafont-gothic libarchive-dev
    python3 xvfb xauth poppler-utils tinyproxy microsocks openssl
)

kb_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

kb_install_deps() {
    local missing=()
    for p in "${KB_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        kb_sudo apt-get update -qq
        kb_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

kb_build() {
    local type=${1:-RelWithDebInfo}
    shift || true
    cmake -S "$KB_ROOT" -B "$KB_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DKBWIZARD_WERROR=ON "$@"
    cmake --build "$KB_BUILD_DIR" -j"$(nproc)"
}
