using System.Globalization;
using System.Text;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// One response of the page. Every response carries the same strict headers: a Content-Security-Policy that allows
/// only the page's own script, style and connections (no inline code, no frames, no form posts elsewhere), no
/// caching, no referrer to any other origin (the first URL holds the token; same-origin rather than no-referrer,
/// because under no-referrer a browser sends its own form posts with <c>Origin: null</c>, which the page must
/// refuse), no framing, no sniffing, and no cross-origin headers at all: another site may neither read nor embed
/// anything here. The connection closes after each response.
/// </summary>
internal sealed class PageResponse
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly (string, string)[] s_securityHeaders =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
        ("Cache-Control", "no-store"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    private PageResponse(int status, string contentType, byte[] body, string? location = null, string? setCookie = null)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        Location = location;
        SetCookie = setCookie;
    }

    /// <summary>The refusal: 403 and nothing else, whatever was wrong, so a refused caller learns nothing.</summary>
    public static PageResponse Forbidden { get; } = new(403, "", []);

    public int Status { get; }

    public string ContentType { get; }

    public byte[] Body { get; }

    public string? Location { get; }

    public string? SetCookie { get; }

    public static PageResponse Html(string html) => new(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public static PageResponse Json(byte[] json) => new(200, "application/json; charset=utf-8", json);

    public static PageResponse Asset(string contentType, byte[] body) => new(200, contentType, body);

    public static PageResponse SeeOther(string location, string? setCookie = null) => new(303, "", [], location, setCookie);

    public static PageResponse Plain(int status, string text) => new(status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));

    /// <summary>Writes the response; <paramref name="headOnly"/> leaves the body out (HEAD).</summary>
    public async Task WriteAsync(Stream stream, bool headOnly, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {Status} {Reason(Status)}\r\n");
        if (Status == 403)
        {
            head.Append("Content-Length: 0\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken);
            return;
        }

        foreach ((string name, string value) in s_securityHeaders)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (ContentType.Length > 0)
        {
            head.Append("Content-Type: ").Append(ContentType).Append("\r\n");
        }

        if (Location is not null)
        {
            head.Append("Location: ").Append(Location).Append("\r\n");
        }

        if (SetCookie is not null)
        {
            head.Append("Set-Cookie: ").Append(SetCookie).Append("\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {Body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken);
        if (!headOnly && Body.Length > 0)
        {
            await stream.WriteAsync(Body, cancellationToken);
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        303 => "See Other",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };
}
