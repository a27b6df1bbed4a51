using System.Net;
using System.Net.Sockets;
using System.Text;
using Pipeline.Telemetry;

namespace Pipeline.Host.Hosting;

/// <summary>
/// Serves <c>/metrics</c> (Prometheus text) and <c>/healthz</c> for long-running roles on a configurable port.
/// A plain socket server: the host needs two fixed responses, not a web framework.
/// </summary>
internal sealed class MetricsEndpoint : IAsyncDisposable
{
    private readonly PrometheusExporter _exporter;
    private readonly Func<bool> _healthy;
    private readonly ConnectionLoop _connections;

    public MetricsEndpoint(int port, PrometheusExporter exporter, Func<bool> healthy, IPAddress? address = null)
    {
        _exporter = exporter;
        _healthy = healthy;
        var listener = new TcpListener(address ?? IPAddress.Any, port);
        try
        {
            listener.Start();
        }
        catch (SocketException ex)
        {
            throw new CliException($"cannot serve metrics on port {port}: {ex.Message}");
        }

        _connections = new ConnectionLoop(listener, ServeAsync);
    }

    public int Port => _connections.Port;

    public ValueTask DisposeAsync() => _connections.DisposeAsync();

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                stream.ReadTimeout = 5000;
                var buffer = new byte[4096];
                int read = await stream.ReadAsync(buffer, stopping);
                string request = Encoding.ASCII.GetString(buffer, 0, read);
                string path = request.Split(' ', 3) is [_, var p, _] ? p : "/";
                (int status, string body, string type) = path switch
                {
                    "/metrics" => (200, _exporter.Render(), "text/plain; version=0.0.4"),
                    "/healthz" or "/readyz" => _healthy() ? (200, "ok\n", "text/plain") : (503, "unhealthy\n", "text/plain"),
                    _ => (404, "not found\n", "text/plain"),
                };
                byte[] payload = Encoding.UTF8.GetBytes(body);
                string reason = status switch { 200 => "OK", 503 => "Service Unavailable", _ => "Not Found" };
                string head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: {type}\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), stopping);
                await stream.WriteAsync(payload, stopping);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // A scraper that hangs up early costs nothing; the next scrape gets a fresh connection.
            }
        }
    }
}
