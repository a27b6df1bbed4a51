namespace Pipeline.Privacy.Detection;

/// <summary>
/// Candidate findings in a caller-provided buffer, resolved into ordered, non-overlapping spans. Each finding has a
/// priority: when two overlap, the union is kept and typed by the higher one (an e-mail inside a query value is an
/// e-mail). URL spans are also kept as claimed ranges, so word detectors do not read names into paths.
/// </summary>
internal ref struct Findings
{
    private const int MaxClaims = 16;

    private readonly Span<Redaction> _items;
    private readonly Span<byte> _priorities;
    private readonly Span<int> _claims;
    private int _count;
    private int _claimCount;
    private bool _overflowed;

    public Findings(Span<Redaction> items, Span<byte> priorities, Span<int> claims)
    {
        _items = items;
        _priorities = priorities;
        _claims = claims;
        _count = 0;
        _claimCount = 0;
        _overflowed = false;
    }

    /// <summary>Claims buffer size for <see cref="Findings(Span{Redaction}, Span{byte}, Span{int})"/>.</summary>
    public static int ClaimsLength => MaxClaims * 2;

    public readonly bool Overflowed => _overflowed;

    public void Add(int start, int length, PiiKind kind, int priority)
    {
        if (length <= 0)
        {
            return;
        }

        if (_count == _items.Length)
        {
            _overflowed = true;
            return;
        }

        _priorities[_count] = (byte)priority;
        _items[_count++] = new Redaction(start, length, kind);
    }

    /// <summary>Marks a range (a URL, an e-mail) that word detectors leave alone.</summary>
    public void Claim(int start, int end)
    {
        if (_claimCount < MaxClaims)
        {
            _claims[_claimCount * 2] = start;
            _claims[(_claimCount * 2) + 1] = end;
            _claimCount++;
        }
    }

    /// <summary>Whether [start, end) overlaps a claimed range (a URL already read).</summary>
    public readonly bool IsClaimed(int start, int end)
    {
        for (int i = 0; i < _claimCount; i++)
        {
            if (start < _claims[(i * 2) + 1] && _claims[i * 2] < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) overlaps a claimed range or a finding already added.</summary>
    public readonly bool Overlaps(int start, int end) => OverlapsExcept(start, end, except: null);

    /// <summary>Whether [start, end) overlaps a claimed range or a finding of a kind other than <paramref name="kind"/>.</summary>
    public readonly bool OverlapsOtherThan(int start, int end, PiiKind kind) => OverlapsExcept(start, end, kind);

    private readonly bool OverlapsExcept(int start, int end, PiiKind? except)
    {
        for (int i = 0; i < _claimCount; i++)
        {
            if (start < _claims[(i * 2) + 1] && _claims[i * 2] < end)
            {
                return true;
            }
        }

        for (int i = 0; i < _count; i++)
        {
            if (_items[i].Kind != except && start < _items[i].End && _items[i].Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) overlaps a finding of <paramref name="kind"/> already added.</summary>
    public readonly bool OverlapsKind(int start, int end, PiiKind kind)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_items[i].Kind == kind && start < _items[i].End && _items[i].Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sorts by start and merges overlaps into their union, typed by the higher-priority finding.</summary>
    public int Resolve()
    {
        Span<Redaction> items = _items[.._count];
        Span<byte> priorities = _priorities[.._count];
        for (int i = 1; i < items.Length; i++)
        {
            Redaction x = items[i];
            byte p = priorities[i];
            int j = i - 1;
            while (j >= 0 && items[j].Start > x.Start)
            {
                items[j + 1] = items[j];
                priorities[j + 1] = priorities[j];
                j--;
            }

            items[j + 1] = x;
            priorities[j + 1] = p;
        }

        int kept = 0;
        for (int i = 0; i < items.Length; i++)
        {
            Redaction x = items[i];
            if (kept > 0 && x.Start < items[kept - 1].End)
            {
                Redaction previous = items[kept - 1];
                int end = Math.Max(previous.End, x.End);
                bool higher = priorities[i] > priorities[kept - 1];
                items[kept - 1] = new Redaction(previous.Start, end - previous.Start, higher ? x.Kind : previous.Kind);
                if (higher)
                {
                    priorities[kept - 1] = priorities[i];
                }
            }
            else
            {
                items[kept] = x;
                priorities[kept] = priorities[i];
                kept++;
            }
        }

        return kept;
    }
}
