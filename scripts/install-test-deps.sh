#!/usr/bin/env bash
# Installs the outside tools the tests use to check the product independently:
# kcat (a second Kafka client), Xvfb and xdotool (a real X display driven like a person), xprop, and Debian's
# Chromium for the person's page (driven by Playwright for .NET, whose NuGet package carries its own Node for the
# driver, so no Node is installed for it; Playwright's own browser download is never used).
set -euo pipefail
need=()
command -v kcat >/dev/null || need+=(kcat)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xprop >/dev/null || need+=(x11-utils)
[ -e /usr/lib/x86_64-linux-gnu/libXi.so.6 ] || need+=(libxi6)
[ -x /usr/bin/chromium ] || need+=(chromium)
# A font, or the page's screenshot (docs/consent-page.png) shows boxes for letters.
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# The deployment checks render the manifests with kubectl's built-in kustomize (v5; Debian's kubernetes-client
# is too old for it). It is part of this project's machine image; say so plainly where it is missing.
command -v kubectl >/dev/null || echo "install-test-deps: kubectl (with kustomize v5) is missing: the deployment checks will fail until it is installed" >&2
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "install-test-deps: missing ${need[*]}; install them (apt-get install ${need[*]}) and run again" >&2
  exit 1
fi
sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
echo "install-test-deps: installing ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
