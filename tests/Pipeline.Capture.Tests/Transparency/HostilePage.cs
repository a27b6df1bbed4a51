using System.Net;
using System.Net.Sockets;
using System.Text;
using Pipeline.Telemetry;

namespace Pipeline.Capture.Tests.Transparency;

/// <summary>
/// Another site the person has open: a page on another port of 127.0.0.1 (which a browser treats as the same site,
/// so it sends the page's SameSite=Strict cookie along) that tries to revoke consent with a form and with fetch.
/// </summary>
internal sealed class HostilePage : IAsyncDisposable
{
    private readonly ConnectionLoop _connections;
    private readonly string _html;

    public HostilePage(int targetPort)
    {
        string target = $"http://127.0.0.1:{targetPort}";
        _html = "<!DOCTYPE html><html><body>" +
            $"<form id=\"attack\" method=\"post\" action=\"{target}/consent/revoke\"><button id=\"go\" type=\"submit\">win a prize</button></form>" +
            $"<script>window.tryFetch = () => fetch('{target}/consent/revoke', {{ method: 'POST', mode: 'no-cors', credentials: 'include' }}).then(() => 'sent', e => 'failed: ' + e);</script>" +
            "</body></html>";
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _connections = new ConnectionLoop(listener, AnswerAsync);
        Url = $"http://127.0.0.1:{_connections.Port}/";
    }

    public string Url { get; }

    public ValueTask DisposeAsync() => _connections.DisposeAsync();

    private async Task AnswerAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping))
        {
            deadline.CancelAfter(TimeSpan.FromSeconds(10));
            NetworkStream stream = client.GetStream();
            byte[] buffer = new byte[8192];
            try
            {
                if (await stream.ReadAsync(buffer, deadline.Token) == 0)
                {
                    return;
                }

                byte[] body = Encoding.UTF8.GetBytes(_html);
                byte[] head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head, deadline.Token);
                await stream.WriteAsync(body, deadline.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException)
            {
            }
        }
    }
}
