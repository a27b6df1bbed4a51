using System.Runtime.InteropServices;

namespace Pipeline.Lake.Storage;

/// <summary>
/// The lake's file-system rules in one place: files 0640 and folders 0750 whatever the umask (set explicitly after
/// creation, because the umask can only take permissions away), data flushed to the device before a rename makes
/// it visible, and the directory flushed after the rename so the new name survives a power cut.
/// </summary>
internal static partial class DurableFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;

    /// <summary>Creates <paramref name="path"/> and any missing parents below <paramref name="root"/> with mode 0750.</summary>
    public static void EnsureDirectory(string root, string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        string? parent = Path.GetDirectoryName(path);
        if (parent is not null && !string.Equals(Path.TrimEndingDirectorySeparator(path), Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
        {
            EnsureDirectory(root, parent);
        }

        Directory.CreateDirectory(path);
        SetMode(path, DirectoryMode);
        if (parent is not null)
        {
            SyncDirectory(parent);
        }
    }

    /// <summary>Opens a new file for writing with mode 0640, replacing a leftover of an interrupted attempt.</summary>
    public static FileStream CreateForWrite(string path)
    {
        var options = new FileStreamOptions
        {
            Mode = System.IO.FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 1 << 16,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        var stream = new FileStream(path, options);
        SetMode(path, FileMode);
        return stream;
    }

    /// <summary>Flushes <paramref name="stream"/> through the OS cache to the device.</summary>
    public static void Flush(FileStream stream) => stream.Flush(flushToDisk: true);

    /// <summary>Renames <paramref name="from"/> over <paramref name="to"/> atomically and makes the rename durable.</summary>
    public static void CommitRename(string from, string to)
    {
        File.Move(from, to, overwrite: true);
        SyncDirectory(Path.GetDirectoryName(to)!);
    }

    /// <summary>Deletes a file (if present) and makes the deletion durable.</summary>
    public static void DeleteDurably(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
            SyncDirectory(Path.GetDirectoryName(path)!);
        }
    }

    /// <summary>Writes a small file atomically: temporary name, flush, rename, directory flush.</summary>
    public static void WriteAllTextAtomically(string path, string text)
    {
        string temp = path + ".tmp";
        using (FileStream stream = CreateForWrite(temp))
        {
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
            stream.Write(bytes);
            Flush(stream);
        }

        CommitRename(temp, path);
    }

    public static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    /// <summary>fsync on the directory itself: .NET has no API for it, and without it a rename may be lost on power failure.</summary>
    public static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        int fd = Open(directory, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            throw new IOException($"cannot open directory {directory} to flush it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"fsync of directory {directory} failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
