#!/usr/bin/env bash
# Builds a small base image with Node and npm FROM scratch: busybox-static, the host's node binary,
# its shared libraries and npm (no image can be pulled on our machines). Used by the container tests
# and bench/container.mjs. Storage comes from the caller's environment (CONTAINERS_STORAGE_CONF).
# Usage: build-node-base-image.sh WORKDIR IMAGE
set -euo pipefail
work=$1 image=$2
root=$work/rootfs
rm -rf "$work" && mkdir -p "$root"/{bin,usr/bin,usr/lib,tmp,etc}
cp /bin/busybox "$root/bin/busybox"
for applet in sh ls cat env wget id sleep seq kill; do ln -s busybox "$root/bin/$applet"; done
ln -s /bin/busybox "$root/usr/bin/env" # npm's shebang is #!/usr/bin/env node
node=$(readlink -f "$(command -v node)")
cp "$node" "$root/usr/bin/node"
for lib in $(ldd "$node" | grep -o '/lib[^ ]*'); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
cp -a "$(dirname "$(dirname "$node")")/lib/node_modules/npm" "$root/usr/lib/npm"
ln -s ../lib/npm/bin/npm-cli.js "$root/usr/bin/npm"
printf 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000:node:/home/node:/bin/sh\n' >"$root/etc/passwd"
printf 'root:x:0:\nnode:x:1000:\n' >"$root/etc/group"
# The machine's trust store, so npm inside a build reaches the registry the way the host's npm does.
mkdir -p "$root/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
printf 'FROM scratch\nCOPY rootfs/ /\nENV PATH=/usr/local/bin:/usr/bin:/bin\nENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt\n' >"$work/Containerfile"
buildah bud --isolation chroot --quiet -t "$image" "$work" >/dev/null
