using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// The secret that admits the person to their page: 256 random bits, base64url, kept in <c>ui.token</c> in the
/// owner-only state directory (mode 0600, as the consent ledger), so only processes of this account can read it, as
/// Jupyter keeps its token. The agent and <c>pipeline consent ui</c> share it, so the browser's cookie works for both.
/// </summary>
internal sealed class PageToken
{
    public const string FileName = "ui.token";

    // 128 bits is the floor the page needs; a file holding less was not written here and is replaced.
    private const int MinimumCharacters = 22;

    private readonly byte[] _value;

    private PageToken(string value)
    {
        Value = value;
        _value = Encoding.ASCII.GetBytes(value);
    }

    /// <summary>The token as it goes into the URL and the cookie.</summary>
    public string Value { get; }

    /// <summary>Reads the token of <paramref name="stateDirectory"/>, creating one the first time.</summary>
    public static PageToken LoadOrCreate(string stateDirectory)
    {
        string path = Path.Combine(stateDirectory, FileName);
        if (File.Exists(path))
        {
            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~(UnixFileMode.UserRead | UnixFileMode.UserWrite)) != 0)
            {
                // Someone else may have read it: a new secret, not a tightened old one.
                File.Delete(path);
            }
            else
            {
                string existing = File.ReadAllText(path).Trim();
                if (existing.Length >= MinimumCharacters && IsBase64Url(existing))
                {
                    return new PageToken(existing);
                }
            }
        }

        string fresh = Base64Url(RandomNumberGenerator.GetBytes(32));
        AtomicFile.Write(path, Encoding.ASCII.GetBytes(fresh + "\n"));
        return new PageToken(fresh);
    }

    /// <summary>Whether <paramref name="candidate"/> is the token, in time that does not depend on where they differ.</summary>
    public bool Matches(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length != _value.Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[candidate.Length];
        for (int i = 0; i < candidate.Length; i++)
        {
            bytes[i] = candidate[i] < 128 ? (byte)candidate[i] : (byte)0;
        }

        return CryptographicOperations.FixedTimeEquals(bytes, _value);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsBase64Url(string text)
    {
        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
