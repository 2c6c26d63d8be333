# Shared by scripts/windows-build and scripts/windows-test: the Windows cross toolchain (Qt 6.4.2
# and libarchive for mingw-w64), the cross build in build-win/, and Wine.
# shellcheck shell=bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KB_WIN_BUILD_DIR=${KBWIZARD_WIN_BUILD_DIR:-$KB_ROOT/build-win}
KB_WIN_CACHE=${KBWIZARD_WIN_CACHE:-$HOME/.cache/kbwizard}
KB_WIN_QT=$KB_WIN_CACHE/qt6-mingw64
# A prebuilt toolchain beside the project (CI has one); the project never needs it.
KB_WIN_TARBALL=${KBWIZARD_WIN_TOOLCHAIN:-$KB_ROOT/../shared/toolchains/qt6.4.2-mingw64.tar.xz}
# Where the mingw runtime DLLs live on Debian 12 (libstdc++-6, libgcc_s_seh-1; libwinpthread-1, zlib1).
KB_WIN_GCC_DLLS=/usr/lib/gcc/x86_64-w64-mingw32/12-posix
KB_WIN_SYS_DLLS=/usr/x86_64-w64-mingw32/lib

# Debian 12 has no wine64 command: the 64-bit loader itself, or the wine wrapper.
kb_win_find_wine() {
    if command -v wine64 >/dev/null; then KB_WINE=wine64
    elif [ -x /usr/lib/wine/wine64 ]; then KB_WINE=/usr/lib/wine/wine64
    else KB_WINE=wine; fi
}

KB_WIN_PACKAGES=(
    cmake ninja-build pkg-config xz-utils
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools libz-mingw-w64-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    wine wine64 xvfb xauth fonts-ipafont-gothic fonts-dejavu-core
)

kb_win_install_deps() {
    local saved=("${KB_PACKAGES[@]}")
    KB_PACKAGES=("${KB_WIN_PACKAGES[@]}")
    kb_install_deps
    KB_PACKAGES=("${saved[@]}")
}

kb_win_toolchain_ok() {
    [ -f "$KB_WIN_QT/bin/Qt6Core.dll" ] && [ -f "$KB_WIN_QT/lib/cmake/Qt6/qt.toolchain.cmake" ] \
        && [ -f "$KB_WIN_QT/lib/libarchive.dll.a" ] && [ -f "$KB_WIN_QT/lib/cmake/mingw-w64-x86_64.cmake" ]
}

# apt-get source needs deb-src entries; Debian's images ship only deb ones.
kb_win_enable_deb_src() {
    if apt-get source --print-uris qt6-base >/dev/null 2>&1; then return 0; fi
    echo "Adding deb-src entries to apt's sources (for apt-get source qt6-base libarchive)"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
            | kb_sudo tee /etc/apt/sources.list.d/kbwizard-deb-src.sources >/dev/null
    else
        sed -n 's/^deb \(.*\)/deb-src \1/p' /etc/apt/sources.list \
            | kb_sudo tee /etc/apt/sources.list.d/kbwizard-deb-src.list >/dev/null
    fi
    kb_sudo apt-get update -qq
}

# Makes sure $KB_WIN_QT holds the toolchain: unpacks the prebuilt one (after checking its SHA-256)
# or builds it from Debian's sources (about an hour on 2 cores) and keeps it in the cache.
kb_win_toolchain() {
    if kb_win_toolchain_ok; then
        KB_WIN_TOOLCHAIN_FROM="cached in $KB_WIN_QT"
        return 0
    fi
    mkdir -p "$KB_WIN_CACHE"
    local tmp
    tmp=$(mktemp -d "$KB_WIN_CACHE/.new.XXXXXX")
    if [ -f "$KB_WIN_TARBALL" ] && [ -f "$KB_WIN_TARBALL.sha256" ]; then
        local want got
        want=$(awk '{print $1; exit}' "$KB_WIN_TARBALL.sha256")
        got=$(sha256sum "$KB_WIN_TARBALL" | awk '{print $1}')
        if [ "$want" != "$got" ]; then
            rm -rf "$tmp"
            echo "error: $KB_WIN_TARBALL: SHA-256 $got, expected $want (from $KB_WIN_TARBALL.sha256)" >&2
            return 1
        fi
        echo "Unpacking the prebuilt Windows toolchain $KB_WIN_TARBALL (SHA-256 checked) into $KB_WIN_CACHE"
        tar -xJf "$KB_WIN_TARBALL" -C "$tmp"
        KB_WIN_TOOLCHAIN_FROM="unpacked from $(basename "$KB_WIN_TARBALL") (SHA-256 checked)"
    else
        echo "No prebuilt Windows toolchain at $KB_WIN_TARBALL: building Qt 6.4.2 and libarchive for"
        echo "mingw-w64 from Debian's sources into $KB_WIN_CACHE (about an hour on 2 cores, once)"
        kb_win_enable_deb_src
        bash "$KB_ROOT/scripts/windows-toolchain" "$KB_WIN_CACHE/src" "$tmp/qt6-mingw64"
        KB_WIN_TOOLCHAIN_FROM="built from Debian's sources by scripts/windows-toolchain"
    fi
    # Another run may have finished first; either copy is the same toolchain.
    if ! kb_win_toolchain_ok; then
        rm -rf "$KB_WIN_QT"
        mv -T "$tmp/qt6-mingw64" "$KB_WIN_QT"
    fi
    rm -rf "$tmp"
    kb_win_toolchain_ok
}

# WINEPATH for programs run from the build tree: Qt's and libarchive's DLLs, the mingw runtime.
kb_win_winepath() {
    local d out=""
    for d in "$KB_WIN_QT/bin" "$KB_WIN_GCC_DLLS" "$KB_WIN_SYS_DLLS"; do
        out="$out${out:+;}Z:${d//\//\\}" # Wine's Z: drive is the Unix root
    done
    printf '%s' "$out"
}

# A fresh prefix with a Japanese font in C:\windows\Fonts (Qt's font database asks Windows).
kb_win_fresh_prefix() {
    local p=$1
    rm -rf "$p"
    mkdir -p "$p"
    WINEPREFIX=$p wineboot -i >/dev/null 2>&1
    WINEPREFIX=$p wineserver -w
    local f
    for f in /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf; do
        if [ -f "$f" ]; then cp "$f" "$p/drive_c/windows/Fonts/"; fi
    done
}

kb_win_version() {
    sed -n 's/^project(KBWizard VERSION \([0-9.]*\).*/\1/p' "$KB_ROOT/CMakeLists.txt"
}
