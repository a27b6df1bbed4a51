#!/usr/bin/env bash
# Installs the outside tools the tests use to check the product independently:
# kcat (a second Kafka client), Xvfb and xdotool (a real X display driven like a person), xprop.
set -euo pipefail
need=()
command -v kcat >/dev/null || need+=(kcat)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xprop >/dev/null || need+=(x11-utils)
[ -e /usr/lib/x86_64-linux-gnu/libXi.so.6 ] || need+=(libxi6)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "install-test-deps: missing ${need[*]}; install them (apt-get install ${need[*]}) and run again" >&2
  exit 1
fi
sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
echo "install-test-deps: installing ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
