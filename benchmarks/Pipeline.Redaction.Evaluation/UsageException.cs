namespace Pipeline.Redaction.Evaluation;

/// <summary>A command line or input file the tool cannot use; its message is the one line printed before exit 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public UsageException()
    {
    }
}
