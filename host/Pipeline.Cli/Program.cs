using Pipeline.Host.Hosting;

namespace Pipeline.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => CliHost.RunAsync(args);
}
