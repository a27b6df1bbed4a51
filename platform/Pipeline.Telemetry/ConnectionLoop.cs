using System.Net;
using System.Net.Sockets;

namespace Pipeline.Telemetry;

/// <summary>
/// The accept loop of a started <see cref="TcpListener"/>: each connection goes to its own task, and disposing stops
/// listening and waits for the loop. The metrics endpoint and the transparency page answer a handful of fixed
/// requests over it (a web framework would be the larger dependency); tests serve pages of their own with it.
/// </summary>
public sealed class ConnectionLoop : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<TcpClient, CancellationToken, Task> _serve;
    private readonly Func<bool>? _admit;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Starts accepting on <paramref name="listener"/> (already started).</summary>
    /// <param name="listener">The listener; stopped when this loop is disposed.</param>
    /// <param name="serve">Answers one connection and disposes it; the token is cancelled when the loop stops.</param>
    /// <param name="admit">Asked for each accepted connection; false closes it at once (a connection limit). Null admits all.</param>
    public ConnectionLoop(TcpListener listener, Func<TcpClient, CancellationToken, Task> serve, Func<bool>? admit = null)
    {
        ArgumentNullException.ThrowIfNull(listener);
        ArgumentNullException.ThrowIfNull(serve);
        _listener = listener;
        _serve = serve;
        _admit = admit;
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>The port the listener is bound to (the one the system chose, when it was asked for port 0).</summary>
    public int Port { get; }

    /// <summary>Stops listening and waits for the accept loop; connections being answered see their token cancelled.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected way out of the accept loop.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        CancellationToken stopping = _stop.Token;
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(stopping);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (_admit is not null && !_admit())
            {
                client.Dispose();
                continue;
            }

            // One task per connection: a browser keeps spare connections open without sending anything on them.
            _ = Task.Run(() => _serve(client, stopping), CancellationToken.None);
        }
    }
}
