namespace Pipeline.Telemetry;

/// <summary>
/// The instances alive behind one family of observable gauges. An instance adds itself when it starts measuring and
/// disposes the registration when it stops, so a scrape reads exactly the instances alive at that moment and a
/// disposed one stops reporting. Copy-on-write: registrations are rare (one per spool or sink run), scrapes read
/// the array without a lock.
/// </summary>
internal sealed class LiveInstances<T>
    where T : class
{
    private readonly object _lock = new();
    private T[] _items = [];

    /// <summary>The instances registered now.</summary>
    public T[] Snapshot() => Volatile.Read(ref _items);

    /// <summary>Registers <paramref name="item"/> until the returned registration is disposed (idempotent).</summary>
    public IDisposable Add(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_lock)
        {
            Volatile.Write(ref _items, [.. _items, item]);
        }

        return new Registration(this, item);
    }

    private void Remove(T item)
    {
        lock (_lock)
        {
            int at = Array.IndexOf(_items, item);
            if (at < 0)
            {
                return;
            }

            var left = new T[_items.Length - 1];
            Array.Copy(_items, 0, left, 0, at);
            Array.Copy(_items, at + 1, left, at, _items.Length - at - 1);
            Volatile.Write(ref _items, left);
        }
    }

    private sealed class Registration(LiveInstances<T> owner, T item) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(item);
            }
        }
    }
}
