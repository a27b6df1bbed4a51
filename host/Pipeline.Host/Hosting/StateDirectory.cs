namespace Pipeline.Host.Hosting;

/// <summary>
/// Device-local state (consent, sequence numbers, spool, the embedded broker's address) lives under
/// <c>$XDG_STATE_HOME/pipeline</c>, default <c>~/.local/state/pipeline</c>, readable by its owner only.
/// </summary>
internal static class StateDirectory
{
    public static string Resolve(string? configured)
    {
        string path;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            path = configured;
        }
        else
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            path = Path.Combine(string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "state") : xdg, "pipeline");
        }

        path = Path.GetFullPath(path);
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            // Owner-only whatever the umask: consent records and the spool are the person's own data.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
