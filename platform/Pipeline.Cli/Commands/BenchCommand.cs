using System.CommandLine;
using Pipeline.Cli.Hosting;

namespace Pipeline.Cli.Commands;

internal static class BenchCommand
{
    public static void AddTo(RootCommand root, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(globals);
    }
}
