using System.Text;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// One HTTP/1.1 request to the page, read strictly: a request line, at most <see cref="MaxHeaderBytes"/> of headers,
/// each header name once at most, and a body only by Content-Length up to <see cref="MaxBodyBytes"/>. Anything else is
/// not a request the page answers (the server refuses it with 403 and nothing more).
/// </summary>
internal sealed class PageRequest
{
    /// <summary>Request line and headers: 16 KiB, far above what a browser sends to this page.</summary>
    public const int MaxHeaderBytes = 16 * 1024;

    /// <summary>A form of the page is a few short fields.</summary>
    public const int MaxBodyBytes = 4 * 1024;

    private PageRequest(string method, string path, IReadOnlyDictionary<string, string> query, IReadOnlyDictionary<string, string> headers, IReadOnlyDictionary<string, string> form)
    {
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        Form = form;
    }

    public string Method { get; }

    public string Path { get; }

    public IReadOnlyDictionary<string, string> Query { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public IReadOnlyDictionary<string, string> Form { get; }

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    /// <summary>The value of cookie <paramref name="name"/>, if the request carries it once.</summary>
    public string? Cookie(string name)
    {
        if (Header("cookie") is not { } cookies)
        {
            return null;
        }

        string? found = null;
        foreach (string part in cookies.Split(';'))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part.AsSpan(0, eq).Trim().SequenceEqual(name))
            {
                if (found is not null)
                {
                    return null;
                }

                found = part[(eq + 1)..].Trim();
            }
        }

        return found;
    }

    /// <summary>
    /// Reads one request from <paramref name="stream"/>; null when it is not one the page answers. A connection closed
    /// before its first byte throws <see cref="EndOfStreamException"/>.
    /// </summary>
    public static async Task<PageRequest?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[MaxHeaderBytes + MaxBodyBytes];
        int filled = 0;
        int headerEnd;
        while ((headerEnd = HeaderEnd(buffer.AsSpan(0, filled))) < 0)
        {
            if (filled >= MaxHeaderBytes)
            {
                return null;
            }

            int read = await stream.ReadAsync(buffer.AsMemory(filled, MaxHeaderBytes - filled), cancellationToken);
            if (read == 0)
            {
                // A browser's spare connection closed unused is no request at all, and nothing to refuse.
                return filled == 0 ? throw new EndOfStreamException("closed before a request") : null;
            }

            filled += read;
        }

        string head = Encoding.Latin1.GetString(buffer, 0, headerEnd);
        string[] lines = head.Split("\r\n");
        string[] requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3 || requestLine[2] is not ("HTTP/1.1" or "HTTP/1.0") || !requestLine[1].StartsWith('/'))
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < lines.Length; i++)
        {
            int colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || lines[i][0] is ' ' or '\t')
            {
                return null; // no obsolete line folding, no nameless headers
            }

            string name = lines[i][..colon].Trim();
            if (!headers.TryAdd(name, lines[i][(colon + 1)..].Trim()))
            {
                return null; // two Host, Origin or Cookie headers: ambiguous, so refused
            }
        }

        if (headers.ContainsKey("transfer-encoding"))
        {
            return null;
        }

        int length = 0;
        if (headers.TryGetValue("content-length", out string? lengthText)
            && (!int.TryParse(lengthText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length) || length > MaxBodyBytes))
        {
            return null;
        }

        int bodyStart = headerEnd + 4;
        int have = filled - bodyStart;
        if (have > length)
        {
            return null; // pipelined or smuggled bytes after the body
        }

        if (have < length)
        {
            // Move what arrived of the body to the end of the header space, then read the rest.
            Buffer.BlockCopy(buffer, bodyStart, buffer, MaxHeaderBytes, have);
            bodyStart = MaxHeaderBytes;
            while (have < length)
            {
                int read = await stream.ReadAsync(buffer.AsMemory(bodyStart + have, length - have), cancellationToken);
                if (read == 0)
                {
                    return null;
                }

                have += read;
            }
        }

        string target = requestLine[1];
        int q = target.IndexOf('?', StringComparison.Ordinal);
        string path = q < 0 ? target : target[..q];
        IReadOnlyDictionary<string, string> query = q < 0 ? new Dictionary<string, string>() : ParseForm(target[(q + 1)..]);
        IReadOnlyDictionary<string, string> form = length > 0
            && headers.TryGetValue("content-type", out string? type)
            && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
                ? ParseForm(Encoding.UTF8.GetString(buffer, bodyStart, length))
                : new Dictionary<string, string>();
        return new PageRequest(requestLine[0], path, query, headers, form);
    }

    private static int HeaderEnd(ReadOnlySpan<byte> data) => data.IndexOf("\r\n\r\n"u8);

    private static Dictionary<string, string> ParseForm(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Decode(eq < 0 ? pair : pair[..eq]);
            string value = eq < 0 ? "" : Decode(pair[(eq + 1)..]);
            values.TryAdd(name, value);
        }

        return values;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
