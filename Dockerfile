# syntax=docker/dockerfile:1
# The one `pipeline` image that every cluster role runs (process, sink, lake jobs, bench).
#   docker build -t pipeline:dev .
# Build stage: the SDK restores and publishes the host, framework-dependent (the runtime comes from the base image).
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
# Only what the host is built from (the bench harness included: `pipeline bench` runs on the cluster); tests,
# BenchmarkDotNet suites and manifests stay out (see .dockerignore).
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY schemas/ schemas/
COPY platform/ platform/
COPY producers/ producers/
COPY stream-processors/ stream-processors/
COPY data-lake/ data-lake/
COPY benchmarks/Pipeline.Bench/ benchmarks/Pipeline.Bench/
COPY host/ host/
# The NuGet cache survives between builds without ending up in a layer.
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish host/Pipeline.Cli/Pipeline.Cli.csproj \
      --configuration Release --arch "$TARGETARCH" --self-contained false \
      --output /out -p:UseAppHost=true -p:DebugType=none

# Runtime stage: Ubuntu "chiseled" .NET runtime: no shell, no package manager, a non-root user (uid 1654)
# built in. glibc-based, as the native libraries the host loads (librdkafka, DuckDB, ParquetSharp) need.
# Invariant globalization (Directory.Build.props) means no ICU is needed either.
FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled AS runtime
WORKDIR /app
COPY --from=build --chown=0:0 /out/ ./
# Numeric, so that Kubernetes' runAsNonRoot can verify it; the manifests set their own per-service uids.
USER 1654
# /healthz and /metrics (--metrics-port); documentation only, nothing is published by default.
EXPOSE 9464
ENV DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
ENTRYPOINT ["/app/pipeline"]
CMD ["--help"]
