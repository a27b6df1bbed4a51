#!/usr/bin/env bash
# Regenerates docs/consent-page.png: the person's page in Debian's headless Chromium, over the aggregates of a
# synthetic working day played through the real capture path (TransparencyPageBrowserTests.Screenshot_SyntheticDay).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-test-deps.sh"
dotnet build "$root/tests/Pipeline.Capture.Tests" -c Release --nologo -v minimal
PIPELINE_UPDATE_SCREENSHOT="$root/docs/consent-page.png" dotnet test "$root/tests/Pipeline.Capture.Tests" -c Release --no-build --nologo \
  --filter "FullyQualifiedName~TransparencyPageBrowserTests.Screenshot_SyntheticDay"
echo "wrote $root/docs/consent-page.png"
