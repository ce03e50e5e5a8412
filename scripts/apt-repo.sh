#!/usr/bin/env bash
# The plant's own apt repository of floorstation packages (`make apt-repo`; docs/deploy.md, "Updates"): a flat
# repository that `floorstation-server run --packages DIR` serves at /packages/ and any web server can serve too.
#
# Usage: scripts/apt-repo.sh [--sign KEY] [--keep N] REPO DEB...
#   REPO        the repository folder (made if missing); the .deb files are copied into it
#   DEB...      packages to add (a package of the same name and version already there is replaced)
#   --sign KEY  sign the index with this GnuPG key (InRelease, Release.gpg) and export its public key as
#               REPO/floorstation-archive-keyring.gpg for the stations' Signed-By; without it the stations must
#               be told to trust the repository ([trusted=yes]): only on a network you control
#   --keep N    keep the N newest versions of each package (default 3: a station can go back one or two)
# Needs: apt-ftparchive (Debian's apt-utils), gpg for --sign.
set -euo pipefail

log() { printf 'apt-repo: %s\n' "$*" >&2; }
die() { printf 'apt-repo: error: %s\n' "$*" >&2; exit 1; }

KEY=""
KEEP=3
while (($#)); do
    case $1 in
        --sign) KEY=${2:?--sign needs a GnuPG key id}; shift 2 ;;
        --keep) KEEP=${2:?--keep needs a number}; shift 2 ;;
        --) shift; break ;;
        -*) die "unknown option $1 (known: --sign KEY, --keep N)" ;;
        *) break ;;
    esac
done
(($# >= 1)) || die "usage: scripts/apt-repo.sh [--sign KEY] [--keep N] REPO DEB..."
[[ $KEEP =~ ^[1-9][0-9]*$ ]] || die "--keep wants a whole number of at least 1, not '$KEEP'"
REPO=$1
shift
command -v apt-ftparchive >/dev/null || die "apt-ftparchive not found: apt-get install apt-utils"
[[ -z $KEY ]] || command -v gpg >/dev/null || die "gpg not found: apt-get install gpg"

mkdir -p "$REPO"
for deb in "$@"; do
    [[ -f $deb ]] || die "no such package: $deb"
    name=$(dpkg-deb -f "$deb" Package) || die "$deb is not a Debian package"
    version=$(dpkg-deb -f "$deb" Version)
    arch=$(dpkg-deb -f "$deb" Architecture)
    install -m 0644 "$deb" "$REPO/${name}_${version}_${arch}.deb"
    log "added ${name} ${version} (${arch})"
done

cd "$REPO"
# Only the newest --keep versions of each package stay, in dpkg's own version order.
newest_first() {
    local -a out=()
    local v i
    for v in "$@"; do
        for ((i = ${#out[@]}; i > 0; i--)); do
            dpkg --compare-versions "$v" gt "${out[i-1]}" || break
            out[i]=${out[i-1]}
        done
        out[i]=$v
    done
    printf '%s\n' "${out[@]}"
}
for name in $(for deb in *.deb; do [[ -e $deb ]] && dpkg-deb -f "$deb" Package; done | sort -u); do
    mapfile -t versions < <(newest_first $(for deb in "${name}"_*.deb; do dpkg-deb -f "$deb" Version; done | sort -u))
    for old in "${versions[@]:KEEP}"; do
        rm -f "${name}_${old}_"*.deb
        log "dropped ${name} ${old} (keeping the newest ${KEEP})"
    done
done

apt-ftparchive packages . > Packages
gzip -9 -n -c Packages > Packages.gz
apt-ftparchive \
    -o APT::FTPArchive::Release::Origin=floorstation \
    -o APT::FTPArchive::Release::Label=floorstation \
    -o APT::FTPArchive::Release::Suite=plant \
    -o APT::FTPArchive::Release::Description="floorstation packages of this plant" \
    release . > Release.new
mv Release.new Release
rm -f InRelease Release.gpg
if [[ -n $KEY ]]; then
    gpg --batch --yes --local-user "$KEY" --clearsign -o InRelease Release
    gpg --batch --yes --local-user "$KEY" --detach-sign -o Release.gpg Release
    gpg --batch --yes --export "$KEY" > floorstation-archive-keyring.gpg
    log "signed with $KEY; stations: Signed-By: /etc/apt/keyrings/floorstation-archive-keyring.gpg"
fi
log "$(grep -c '^Package:' Packages) package versions in $(pwd)"
