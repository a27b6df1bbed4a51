namespace Pipeline.Redaction.Evaluation;

/// <summary>
/// <c>--name value</c> options and <c>--flag</c> switches after the command word. An option not in the command's
/// list is refused, so a typo (<c>--familly</c>) is a one-line error rather than a silently different run.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    public static CommandArguments Parse(
        IReadOnlyList<string> args, int from, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var parsed = new CommandArguments();
        for (int i = from; i < args.Count; i++)
        {
            string arg = args[i];
            if (flagOptions.Contains(arg))
            {
                parsed._flags.Add(arg);
                continue;
            }
            if (!valueOptions.Contains(arg))
            {
                throw new UsageException($"unknown option {arg}");
            }
            if (i + 1 >= args.Count)
            {
                throw new UsageException($"{arg} needs a value");
            }
            parsed._values[arg] = args[++i];
        }
        return parsed;
    }

    public string? Value(string option) => _values.TryGetValue(option, out string? value) ? value : null;

    public bool Flag(string flag) => _flags.Contains(flag);

    public ulong Seed(ulong fallback)
    {
        string? text = Value("--seed");
        if (text is null)
        {
            return fallback;
        }
        return ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ulong seed)
            ? seed
            : throw new UsageException($"--seed must be a non-negative integer, not \"{text}\"");
    }
}
