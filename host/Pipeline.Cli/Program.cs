using Pipeline.Cli.Commands;
using Pipeline.Host.Hosting;

namespace Pipeline.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => PipelineHost.RunAsync(stopping => CommandTree.InvokeAsync(args, stopping));
}
