namespace Pipeline.Redaction.Evaluation.Corpus;

/// <summary>
/// The labels of the evaluation corpus. They are the redactor's <c>PiiKind</c> names written in upper snake case
/// (<c>UrlQuery</c> is <c>URL_QUERY</c>), so a prediction's kind and a gold span's label compare as strings.
/// What each label's gold span covers is defined in README.md beside this project.
/// </summary>
internal static class GoldLabel
{
    public const string Email = "EMAIL";
    public const string Phone = "PHONE";
    public const string Card = "CARD";
    public const string Iban = "IBAN";
    public const string Ip = "IP";
    public const string Ssn = "SSN";
    public const string Secret = "SECRET";
    public const string UrlQuery = "URL_QUERY";
    public const string Person = "PERSON";
    public const string Handle = "HANDLE";
    public const string Channel = "CHANNEL";
    public const string Repo = "REPO";
    public const string Address = "ADDRESS";
    public const string Org = "ORG";
    public const string Id = "ID";
    public const string Url = "URL";

    /// <summary>Every label, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Email, Phone, Card, Iban, Ip, Ssn, Secret, UrlQuery, Person, Handle, Channel, Repo, Address, Org, Id, Url];

    public static bool IsKnown(string label)
    {
        foreach (string known in All)
        {
            if (string.Equals(known, label, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The label of an enum member name: <c>UrlQuery</c> → <c>URL_QUERY</c>, <c>Ip</c> → <c>IP</c>. A name that
    /// is not in <see cref="All"/> still converts, and is then reported as a kind the corpus does not know.
    /// </summary>
    public static string FromKindName(string kindName)
    {
        var label = new System.Text.StringBuilder(kindName.Length + 4);
        for (int i = 0; i < kindName.Length; i++)
        {
            char c = kindName[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(kindName[i - 1]))
            {
                label.Append('_');
            }
            label.Append(char.ToUpperInvariant(c));
        }
        return label.ToString();
    }
}
