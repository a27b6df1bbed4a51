namespace Pipeline.Privacy;

/// <summary>
/// A list of application ids and the one way they are matched, shared by the device's allow-list (the capture gate)
/// and the stream's allow- and deny-lists (the processor's app gate), so that a name one side admits the other side
/// admits too: case-insensitive ordinal comparison against the whole application id (X11: the WM_CLASS the source
/// reports). No patterns and no prefixes, so an entry never admits more than the application it names. Immutable.
/// </summary>
public sealed class ApplicationList
{
    /// <summary>Longest application name accepted in a list; longer is a mistake, not an application id.</summary>
    public const int MaxNameLength = 256;

    private readonly HashSet<string> _names;

    /// <summary>Builds the list; throws with a one-line reason for an unusable entry (see <see cref="Validate"/>).</summary>
    /// <param name="names">The application ids.</param>
    /// <param name="option">The option's name for the message, e.g. <c>allow-apps</c>.</param>
    public ApplicationList(IReadOnlyList<string> names, string option = "allow-apps")
    {
        Validate(names, option);
        Names = [.. names];
        _names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The list with nothing on it.</summary>
    public static ApplicationList Empty { get; } = new([]);

    /// <summary>The names as given, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Whether the list has no entry.</summary>
    public bool IsEmpty => _names.Count == 0;

    /// <summary>Whether <paramref name="app"/> is on the list; an unnamed application (null or empty) never is.</summary>
    public bool Contains(string? app) => !string.IsNullOrEmpty(app) && _names.Contains(app);

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line reason naming <paramref name="option"/> for an unusable entry.</summary>
    public static void Validate(IReadOnlyList<string> names, string option)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (string name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"{option} must not contain an empty application name");
            }

            if (name.Length > MaxNameLength)
            {
                throw new ArgumentException($"{option} names must be at most {MaxNameLength} characters");
            }
        }
    }

    /// <summary>Parses a comma-separated list as <c>--allow-apps a,b</c> gives it: entries trimmed, empty ones skipped.</summary>
    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var apps = new List<string>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            apps.Add(part);
        }

        return apps;
    }
}
