using System.Runtime.InteropServices;

namespace Pipeline.Lake.Tests;

internal static partial class Posix
{
    [LibraryImport("libc", EntryPoint = "umask")]
    public static partial uint Umask(uint mask);
}
