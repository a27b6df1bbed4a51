using System.Net.Sockets;
using System.Text;

namespace Pipeline.Capture.Tests.Transparency;

/// <summary>
/// Sends exactly the bytes a test writes to the page over a real socket and reads the answer, so a test can forge
/// the Host, Origin and Cookie headers a hostile page or a rebinding attack would send.
/// </summary>
internal static class RawHttp
{
    public sealed record Response(int Status, IReadOnlyList<(string Name, string Value)> Headers, string Body)
    {
        public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    public static async Task<Response> SendAsync(int port, string request, string address = "127.0.0.1")
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await client.ConnectAsync(address, port, timeout.Token);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request), timeout.Token);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, timeout.Token);
        string text = Encoding.UTF8.GetString(answer.ToArray());
        int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, "no complete response head: " + text);
        string[] lines = text[..end].Split("\r\n");
        int status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new List<(string, string)>();
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add((line[..colon], line[(colon + 1)..].Trim()));
        }

        return new Response(status, headers, text[(end + 4)..]);
    }

    public static Task<Response> GetAsync(int port, string path, string? cookie = null, string? host = null) =>
        SendAsync(port, $"GET {path} HTTP/1.1\r\nHost: {host ?? "127.0.0.1:" + port}\r\n{(cookie is null ? "" : "Cookie: " + cookie + "\r\n")}Connection: close\r\n\r\n");

    public static Task<Response> PostAsync(int port, string path, string form, string? cookie, string? origin, string? host = null, string? fetchSite = null)
    {
        var request = new StringBuilder();
        request.Append($"POST {path} HTTP/1.1\r\nHost: {host ?? "127.0.0.1:" + port}\r\n");
        if (cookie is not null)
        {
            request.Append($"Cookie: {cookie}\r\n");
        }

        if (origin is not null)
        {
            request.Append($"Origin: {origin}\r\n");
        }

        if (fetchSite is not null)
        {
            request.Append($"Sec-Fetch-Site: {fetchSite}\r\n");
        }

        byte[] body = Encoding.UTF8.GetBytes(form);
        request.Append($"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{form}");
        return SendAsync(port, request.ToString());
    }
}
