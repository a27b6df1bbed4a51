using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Ids of cloud and SaaS accounts, which name the customer who owns them: a twelve-digit AWS account number in an AWS
/// title or ARN (<c>Admin @ 1234-5678-9012</c>, <c>arn:aws:iam::123456789012:role/x</c>), a Google Cloud project number
/// after its label, and a UUID after an account label (<c>Subscription 0f8c…</c>, <c>Tenant ID: …</c>,
/// <c>Directory (tenant) ID …</c>). A UUID without such a label is a record's or a trace's id and stays.
/// </summary>
internal static class CloudAccountIds
{
    // Labels whose UUID is an account's: an Azure subscription, an Entra tenant or directory, a customer's or user's account.
    private static readonly WordSet s_uuidLabels = WordSet.Of(
        ["subscription", "subscriptions", "tenant", "tenants", "directory", "account", "accounts", "customer", "user", "member", "employee",
         "patient", "subscriber", "abonnement", "mandant", "tenantid", "subscriptionid", "accountid", "customerid", "userid"]);

    // Words between such a label and its value: "Subscription ID:", "Directory (tenant) ID".
    private static readonly WordSet s_between = WordSet.Of(["id", "ids", "guid", "uuid", "no", "number", "tenant", "(tenant)", "name"]);

    // Words before a number that make it a document's or a thing's, not the account's.
    private static readonly WordSet s_notAccountWords = WordSet.Of(
        ["invoice", "order", "case", "ticket", "request", "instance", "volume", "snapshot", "reservation", "bill", "statement", "support",
         "quote", "po", "build", "job", "run", "execution", "trace", "session", "incident", "alarm", "version", "port", "phone", "tel", "call"]);

    private static readonly WordSet s_units = WordSet.Of(
        ["bytes", "byte", "b", "kb", "mb", "gb", "tb", "requests", "request", "invocations", "calls", "objects", "items", "rows", "records",
         "events", "messages", "tokens", "ms", "seconds", "s", "units", "usd", "eur", "iops", "ops", "hits", "views", "reads", "writes"]);

    private static bool IsUnitAfter(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        int wordEnd = i;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > i && IsOneOf(text[i..wordEnd], s_units);
    }

    private static readonly WordSet s_projectNumberLabels = WordSet.Of(["project", "projectnumber", "project_number"]);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.Contains('-') && text.Length >= 36)
        {
            FindLabelledUuids(text, ref found);
        }

        if (text.Contains("ocid1.", StringComparison.Ordinal))
        {
            FindOracleAccountIds(text, ref found);
        }

        bool aws = text.Contains("AWS", StringComparison.Ordinal) || text.Contains("arn:aws", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Amazon Web Services", StringComparison.OrdinalIgnoreCase) || text.Contains("aws.amazon.com", StringComparison.OrdinalIgnoreCase);
        bool gcp = text.Contains("Google Cloud", StringComparison.OrdinalIgnoreCase) || text.Contains("GCP", StringComparison.Ordinal)
            || text.Contains("console.cloud.google.com", StringComparison.OrdinalIgnoreCase) || text.Contains("Firebase", StringComparison.OrdinalIgnoreCase);
        if (aws || gcp)
        {
            FindAccountNumbers(text, aws, gcp, ref found);
        }
    }

    /// <summary>"ocid1.tenancy.oc1..aaaa…", "ocid1.user.oc1..aaaa…": an Oracle Cloud tenancy's or user's id, whole.</summary>
    private static void FindOracleAccountIds(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int at = text.IndexOf("ocid1."); at >= 0; at = IndexFrom(text, at + 6, "ocid1."))
        {
            ReadOnlySpan<char> rest = text[(at + 6)..];
            if ((at > 0 && char.IsAsciiLetterOrDigit(text[at - 1])) || !(rest.StartsWith("tenancy.") || rest.StartsWith("user.")))
            {
                continue;
            }

            int end = at + 6;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_'))
            {
                end++;
            }

            while (text[end - 1] == '.')
            {
                end--;
            }

            if (end - at >= 40 && !found.OverlapsOtherThan(at, end, PiiKind.Id))
            {
                found.Add(at, end - at, PiiKind.Id, 5);
            }

            at = end - 6;
        }
    }

    /// <summary>"Subscription 0f8c2a71-…", "Tenant ID: …": a UUID right after an account label and its id words.</summary>
    private static void FindLabelledUuids(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = 0; i + 36 <= text.Length; i++)
        {
            if (!char.IsAsciiHexDigit(text[i]) || (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '-'))
                || At(text, i + 8) != '-' || !UrlDetector.IsUuid(text.Slice(i, 36)))
            {
                continue;
            }

            int end = i + 36;
            if (!char.IsAsciiLetterOrDigit(At(text, end)) && At(text, end) != '-' && IsAccountLabelBefore(text, i) && !found.OverlapsOtherThan(i, end, PiiKind.Id))
            {
                found.Add(i, 36, PiiKind.Id, 4);
            }

            i = end - 1;
        }
    }

    private static bool IsAccountLabelBefore(ReadOnlySpan<char> text, int start)
    {
        int i = start - 1;
        for (int w = 0; w < 4; w++)
        {
            while (i >= 0 && text[i] is ' ' or ':' or '=' or '#' or '\uFF1A')
            {
                i--;
            }

            int end = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] is '(' or ')' or '_'))
            {
                i--;
            }

            ReadOnlySpan<char> word = text[(i + 1)..end];
            if (word.IsEmpty)
            {
                return false;
            }

            if (IsOneOf(word, s_uuidLabels) || IsOneOf(word.Trim("()"), s_uuidLabels))
            {
                return true;
            }

            if (!IsOneOf(word, s_between) && !IsOneOf(word.Trim("()"), s_between))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Twelve digits, plain or grouped 4-4-4 by dashes or spaces, in an AWS title or an ARN; ten to thirteen digits
    /// after "Project number" in a Google Cloud one.
    /// </summary>
    private static void FindAccountNumbers(ReadOnlySpan<char> text, bool aws, bool gcp, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '.' or '+' or '/')))
            {
                i++;
                continue;
            }

            int start = i;
            int digits = 0;
            int groups = 1;
            char separator = '\0';
            while (i < text.Length)
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    digits++;
                    i++;
                }
                else if (text[i] is '-' or ' ' && (separator == '\0' || separator == text[i]) && digits == groups * 4 && char.IsAsciiDigit(At(text, i + 1)))
                {
                    separator = text[i];
                    groups++;
                    i++;
                }
                else
                {
                    break;
                }
            }

            int end = i;
            bool boundary = !char.IsLetterOrDigit(At(text, end)) && At(text, end) is not ('-' or '.' or '/') || (At(text, end) == '.' && !char.IsAsciiDigit(At(text, end + 1)));
            if (!boundary)
            {
                continue;
            }

            // A count with its unit is a quantity ("123456789012 bytes", "… requests").
            if (IsUnitAfter(text, end))
            {
                continue;
            }

            bool awsShape = digits == 12 && (groups == 1 || (groups == 3 && end - start == 14));
            bool gcpShape = groups == 1 && digits is >= 10 and <= 13;
            if (aws && awsShape && !LabelBefore(text, start, s_notAccountWords, 2) && !found.OverlapsOtherThan(start, end, PiiKind.Phone))
            {
                found.Add(start, end - start, PiiKind.Id, 5);
            }
            else if (gcp && gcpShape && LabelBefore(text, start, s_projectNumberLabels, 2) && !found.OverlapsOtherThan(start, end, PiiKind.Phone))
            {
                found.Add(start, end - start, PiiKind.Id, 5);
            }
        }
    }
}
