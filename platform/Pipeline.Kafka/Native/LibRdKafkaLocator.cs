using System.Reflection;
using System.Runtime.InteropServices;

namespace Pipeline.Kafka.Native;

/// <summary>
/// Finds the librdkafka that Confluent.Kafka loaded and binds <see cref="LibRdKafka.LibraryName"/> to it.
/// </summary>
/// <remarks>
/// The librdkafka.redist package ships several Linux builds (librdkafka.so with GSSAPI, centos8-librdkafka.so
/// without, alpine-librdkafka.so), and Confluent.Kafka picks the first that loads, so the file is only known at
/// run time. A second copy would have its own globals and its own threads, and handles from one are garbage to
/// the other. On Linux the mapped file is read from /proc/self/maps after Confluent.Kafka has loaded it, and
/// dlopen of that same path returns the same handle. Elsewhere the package ships one build per platform, loaded
/// by name from Confluent.Kafka's own probing paths.
/// </remarks>
internal static class LibRdKafkaLocator
{
    private static readonly Lock s_lock = new();
    private static IntPtr s_library;
    private static string? s_path;

    /// <summary>The path or name the binding was loaded from (for diagnostics and tests).</summary>
    internal static string LoadedFrom
    {
        get
        {
            EnsureLoaded();
            return s_path!;
        }
    }

    internal static void RegisterResolver() =>
        NativeLibrary.SetDllImportResolver(typeof(LibRdKafkaLocator).Assembly, Resolve);

    /// <summary>Every distinct librdkafka file mapped into this process (Linux only; empty elsewhere).</summary>
    internal static IReadOnlyList<string> MappedLibrdkafkaFiles()
    {
        var found = new List<string>();
        if (!OperatingSystem.IsLinux())
        {
            return found;
        }

        foreach (string line in File.ReadLines("/proc/self/maps"))
        {
            // Fields: address perms offset dev inode pathname; the path is the sixth, may hold spaces.
            int slash = line.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                continue;
            }

            string path = line[slash..].TrimEnd();
            if (Path.GetFileName(path).EndsWith("librdkafka.so", StringComparison.Ordinal) && !found.Contains(path))
            {
                found.Add(path);
            }
        }

        return found;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != LibRdKafka.LibraryName)
        {
            return IntPtr.Zero;
        }

        EnsureLoaded();
        return s_library;
    }

    private static void EnsureLoaded()
    {
        lock (s_lock)
        {
            if (s_library != IntPtr.Zero)
            {
                return;
            }

            // Make Confluent.Kafka choose and load its build first; false only means it already had.
            Confluent.Kafka.Library.Load();

            if (OperatingSystem.IsLinux())
            {
                IReadOnlyList<string> mapped = MappedLibrdkafkaFiles();
                if (mapped.Count != 1)
                {
                    throw new DllNotFoundException(
                        $"expected exactly one librdkafka mapped after Confluent.Kafka loaded it, found {mapped.Count}: {string.Join(", ", mapped)}");
                }

                s_path = mapped[0];
                s_library = NativeLibrary.Load(s_path);
            }
            else
            {
                s_path = "librdkafka";
                s_library = NativeLibrary.Load(s_path, typeof(Confluent.Kafka.Library).Assembly, null);
            }
        }
    }
}
