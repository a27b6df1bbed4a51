using Pipeline.Capture.Delivery;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// The aggregates behind the person's page, kept in memory by one device's capture path: admitted events per minute
/// by kind, pointer positions per hour in a coarse grid over the screen, and per minute what the broker
/// acknowledged and whether the agent ran and listened. Never an event itself, a key class, an application or a
/// precise position. Everything lives in fixed rings of the last <see cref="Minutes"/> minutes and
/// <see cref="Hours"/> hours, so memory and the file it is saved to (<see cref="ActivityFile"/>) stay bounded.
/// </summary>
/// <remarks>
/// Threads: <see cref="Count"/>, <see cref="SetScreen"/> and the sink from <see cref="Observe"/> are called by one
/// device's capture path under its lock (one writer, plain increments, no allocation). <see cref="ObserveAgent"/>
/// is called by the agent's loop and owns the delivery side under a lock of its own that the event path never
/// takes. <see cref="Snapshot"/> may be called from any thread: it reads the event rings without a lock and skips a
/// slot that is being reused while it reads, so a page may show a count a few events old, never a torn minute.
/// </remarks>
public sealed class ActivityTally
{
    /// <summary>
    /// Minutes kept: 24 hours, enough for "today" at any time of day and for the page's last hours, and short enough
    /// that the device never becomes a long-term log of a person's activity (that is the lake's job, under its
    /// retention and erasure).
    /// </summary>
    public const int Minutes = 24 * 60;

    /// <summary>Hours of pointer heat kept: the same 24 hours.</summary>
    public const int Hours = 24;

    /// <summary>Event kinds counted, indexed by <see cref="EventKind"/>.</summary>
    public const int Kinds = 9;

    /// <summary>
    /// Heat-map columns: 32 across the screen (60 px on a 1920 px screen) shows where a person works without
    /// recording where exactly the pointer was.
    /// </summary>
    public const int HeatColumns = 32;

    /// <summary>Heat-map rows: 32 down the screen (34 px on a 1080 px screen).</summary>
    public const int HeatRows = 32;

    /// <summary>Cells of one hour's heat map.</summary>
    public const int HeatCells = HeatColumns * HeatRows;

    /// <summary>
    /// Runs of undelivered records remembered: 4096. Past that, new records join the newest run, so delivered
    /// totals stay exact and only their attribution to minutes gets coarser while a long outage fills the spool.
    /// </summary>
    public const int MaxUndeliveredRuns = 4096;

    /// <summary>
    /// The widest (and tallest) screen counted exactly: 65,536 px, where the heat map's integer cell lookup stays
    /// exact; X11 screens cannot exceed 32,767 px, so no real screen is clipped.
    /// </summary>
    public const int MaxScreenSide = 65_536;

    private const long MicrosPerMinute = 60_000_000L;
    private const byte RunningFlag = 1;
    private const byte ListeningFlag = 2;

    private readonly TimeProvider _time;

    // The event side: written only by the device's capture path.
    private readonly long[] _eventMinute = new long[Minutes];
    private readonly int[] _kinds = new int[Minutes * Kinds];
    private readonly long[] _heatHour = new long[Hours];
    private readonly int[] _heat = new int[Hours * HeatCells];
    private int _screenWidth;
    private int _screenHeight;
    private ulong _columnScale;
    private ulong _rowScale;
    private long _eventsSinceRecord;

    // The slots of the minute (and hour) the last event fell in; long.MinValue until the first event.
    private long _minuteStart = long.MinValue;
    private int _kindBase;
    private int _heatBase = -1;

    // The delivery side: written by the agent's loop and by sealed records, under _delivery.
    private readonly object _delivery = new();
    private readonly long[] _agentMinute = new long[Minutes];
    private readonly int[] _deliveredEvents = new int[Minutes];
    private readonly int[] _deliveredBatches = new int[Minutes];
    private readonly byte[] _flags = new byte[Minutes];
    private readonly UndeliveredRun[] _runs = new UndeliveredRun[MaxUndeliveredRuns];
    private int _runHead;
    private int _runCount;
    private long _deliveredSeen;
    private DeliveryState _deliveryState = DeliveryState.Unknown;

    /// <summary>An empty tally, or one that continues <paramref name="restored"/> (what an earlier run saved).</summary>
    public ActivityTally(TimeProvider time, ActivitySnapshot? restored = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        Array.Fill(_eventMinute, -1);
        Array.Fill(_heatHour, -1);
        Array.Fill(_agentMinute, -1);
        if (restored is not null)
        {
            Restore(restored);
        }
    }

    /// <summary>
    /// Counts one admitted event: its kind in its minute and, for moves, clicks and scrolls, its cell in its hour's
    /// heat map. Event time decides the minute. An event older than the ring is not counted. No allocation, no lock;
    /// the minute's and hour's slots are looked up once a minute, not per event, and the cell is found by multiplying.
    /// </summary>
    internal void Count(in InteractionEvent e)
    {
        _eventsSinceRecord++;
        if ((ulong)(e.TimeMicros - _minuteStart) >= MicrosPerMinute && !EnterMinute(e.TimeMicros))
        {
            return;
        }

        int kind = (int)e.Kind;
        if ((uint)kind >= Kinds)
        {
            return;
        }

        _kinds[_kindBase + kind]++;
        if (_heatBase >= 0 && e.Kind is EventKind.Move or EventKind.ButtonDown or EventKind.Scroll
            && (uint)e.X < (uint)_screenWidth && (uint)e.Y < (uint)_screenHeight)
        {
            int column = (int)(((ulong)(uint)e.X * _columnScale) >> 32);
            int row = (int)(((ulong)(uint)e.Y * _rowScale) >> 32);
            _heat[_heatBase + (row * HeatColumns) + column]++;
        }
    }

    /// <summary>The screen the following positions refer to.</summary>
    internal void SetScreen(int width, int height)
    {
        // Past MaxScreenSide the multiply-and-shift below could round a position into the next cell (or past the
        // last one), so a larger side is counted as MaxScreenSide and positions beyond it are not counted.
        width = Math.Clamp(width, 0, MaxScreenSide);
        height = Math.Clamp(height, 0, MaxScreenSide);
        Volatile.Write(ref _screenWidth, width);
        Volatile.Write(ref _screenHeight, height);

        // column = floor(x * columns / width) as a multiply and shift, rounded up so that exact cell edges land in the
        // right cell: the excess is below x / 2^32, and a position's fraction of a cell is at most 1 - 1 / width, so
        // the excess never reaches the next cell while x < width <= 65,536.
        _columnScale = width > 0 ? ((((ulong)HeatColumns) << 32) + (ulong)width - 1) / (ulong)width : 0;
        _rowScale = height > 0 ? ((((ulong)HeatRows) << 32) + (ulong)height - 1) / (ulong)height : 0;
    }

    /// <summary>
    /// Wraps the sink the device writes sealed records to, so that the tally knows how many events each record in the
    /// spool holds and can count them as delivered when the broker acknowledges them.
    /// </summary>
    public IBatchSink Observe(IBatchSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return new TallyingSink(sink, this);
    }

    /// <summary>
    /// What the agent's loop sees a few times a second: whether it listens, how many records the broker has
    /// acknowledged since the agent started, and the spool. Newly acknowledged records are counted as delivered in
    /// the current minute, with the events they hold.
    /// </summary>
    public void ObserveAgent(bool listening, long deliveredRecords, long pendingRecords, long pendingBytes, bool brokerReachable)
    {
        lock (_delivery)
        {
            long now = Micros.Now(_time);
            int slot = AgentSlot(now / MicrosPerMinute);
            _flags[slot] |= (byte)(RunningFlag | (listening ? ListeningFlag : 0));
            long? lastDelivery = _deliveryState.LastDeliveryMicros;
            long fresh = deliveredRecords - _deliveredSeen;
            if (fresh > 0)
            {
                _deliveredSeen = deliveredRecords;
                (long batches, long events) = TakeDelivered(fresh);
                _deliveredBatches[slot] = Saturate(_deliveredBatches[slot] + batches);
                _deliveredEvents[slot] = Saturate(_deliveredEvents[slot] + events);
                lastDelivery = now;
            }

            _deliveryState = new DeliveryState(pendingRecords, pendingBytes, lastDelivery, brokerReachable);
        }
    }

    /// <summary>
    /// Makes the remembered runs agree with what the spool holds at start: runs the last save did not see delivered
    /// are dropped from the front, and records it did not see written (a crash before the save) are added, with
    /// unknown event counts, in front.
    /// </summary>
    public void Reconcile(long pendingRecords)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pendingRecords);
        lock (_delivery)
        {
            long known = 0;
            for (int i = 0; i < _runCount; i++)
            {
                known += _runs[(_runHead + i) % MaxUndeliveredRuns].Records;
            }

            if (known > pendingRecords)
            {
                _ = TakeDelivered(known - pendingRecords);
            }
            else if (known < pendingRecords)
            {
                var unknown = new UndeliveredRun(pendingRecords - known, 0, -1);
                if (_runCount == MaxUndeliveredRuns)
                {
                    UndeliveredRun head = _runs[_runHead];
                    _runs[_runHead] = new UndeliveredRun(head.Records + unknown.Records, head.Batches, -1);
                }
                else
                {
                    _runHead = (_runHead + MaxUndeliveredRuns - 1) % MaxUndeliveredRuns;
                    _runs[_runHead] = unknown;
                    _runCount++;
                }
            }
        }
    }

    /// <summary>A copy of what the tally holds now, for the page and the file.</summary>
    public ActivitySnapshot Snapshot()
    {
        long now = Micros.Now(_time);
        long nowMinute = now / MicrosPerMinute;
        long oldest = nowMinute - Minutes + 1;

        // The event side first, without the delivery lock, so a page never holds up a sealed record.
        int[] kinds = new int[Minutes * Kinds];
        bool[] seen = new bool[Minutes];
        for (long minute = oldest; minute <= nowMinute; minute++)
        {
            int i = (int)(minute - oldest);
            seen[i] = ReadKinds((int)(minute % Minutes), minute, kinds.AsSpan(i * Kinds, Kinds));
        }

        var minutes = new List<ActivityMinute>();
        DeliveryState delivery;
        UndeliveredRun[] runs;
        lock (_delivery)
        {
            for (long minute = oldest; minute <= nowMinute; minute++)
            {
                int i = (int)(minute - oldest);
                int slot = (int)(minute % Minutes);
                bool agent = _agentMinute[slot] == minute;
                if (!seen[i] && !agent)
                {
                    continue;
                }

                byte flags = agent ? _flags[slot] : (byte)0;
                minutes.Add(new ActivityMinute(minute, kinds.AsSpan(i * Kinds, Kinds).ToArray(),
                    agent ? _deliveredEvents[slot] : 0, agent ? _deliveredBatches[slot] : 0,
                    (flags & RunningFlag) != 0, (flags & ListeningFlag) != 0));
            }

            delivery = _deliveryState;
            runs = new UndeliveredRun[_runCount];
            for (int i = 0; i < _runCount; i++)
            {
                runs[i] = _runs[(_runHead + i) % MaxUndeliveredRuns];
            }
        }

        var heat = new List<ActivityHeatHour>();
        long nowHour = nowMinute / 60;
        for (long hour = nowHour - Hours + 1; hour <= nowHour; hour++)
        {
            if (ReadHeat(hour) is { } cells)
            {
                heat.Add(new ActivityHeatHour(hour, cells));
            }
        }

        return new ActivitySnapshot
        {
            AsOfMicros = now,
            ScreenWidth = Volatile.Read(ref _screenWidth),
            ScreenHeight = Volatile.Read(ref _screenHeight),
            Minutes = minutes,
            Heat = heat,
            Delivery = delivery,
            Undelivered = runs,
        };
    }

    /// <summary>Called by the wrapped sink when a record is written to the spool.</summary>
    internal void RecordWritten(RecordTopic topic)
    {
        long events = 0;
        if (topic == RecordTopic.Raw)
        {
            events = _eventsSinceRecord;
            _eventsSinceRecord = 0;
        }

        lock (_delivery)
        {
            AddRun(new UndeliveredRun(1, topic == RecordTopic.Raw ? 1 : 0, events));
        }
    }

    /// <summary>Moves the cached slots to the minute (and hour) of <paramref name="timeMicros"/>; false for a time not counted.</summary>
    private bool EnterMinute(long timeMicros)
    {
        _minuteStart = long.MinValue;
        if (timeMicros < 0)
        {
            return false;
        }

        long minute = timeMicros / MicrosPerMinute;
        int slot = (int)(minute % Minutes);
        long held = _eventMinute[slot];
        if (held != minute)
        {
            if (minute < held)
            {
                return false; // older than the ring: that minute's slot already holds a later minute
            }

            ReuseMinute(slot, minute);
        }

        long hour = minute / 60;
        int hourSlot = (int)(hour % Hours);
        long heldHour = _heatHour[hourSlot];
        if (heldHour != hour && hour > heldHour)
        {
            ReuseHour(hourSlot, hour);
            heldHour = hour;
        }

        _heatBase = heldHour == hour ? hourSlot * HeatCells : -1;
        _kindBase = slot * Kinds;
        _minuteStart = minute * MicrosPerMinute;
        return true;
    }

    // A slot is marked as in reuse (-1) while it is cleared, so a reader never takes the old minute's counts for the
    // new one's or the other way round.
    private void ReuseMinute(int slot, long minute)
    {
        Volatile.Write(ref _eventMinute[slot], -1);
        Array.Clear(_kinds, slot * Kinds, Kinds);
        Volatile.Write(ref _eventMinute[slot], minute);
    }

    private void ReuseHour(int slot, long hour)
    {
        Volatile.Write(ref _heatHour[slot], -1);
        Array.Clear(_heat, slot * HeatCells, HeatCells);
        Volatile.Write(ref _heatHour[slot], hour);
    }

    private bool ReadKinds(int slot, long minute, Span<int> into)
    {
        if (Volatile.Read(ref _eventMinute[slot]) != minute)
        {
            return false;
        }

        bool any = false;
        for (int k = 0; k < Kinds; k++)
        {
            into[k] = Volatile.Read(ref _kinds[(slot * Kinds) + k]);
            any |= into[k] != 0;
        }

        Interlocked.MemoryBarrier();
        if (any && Volatile.Read(ref _eventMinute[slot]) == minute)
        {
            return true;
        }

        into.Clear();
        return false;
    }

    private int[]? ReadHeat(long hour)
    {
        int slot = (int)(hour % Hours);
        if (Volatile.Read(ref _heatHour[slot]) != hour)
        {
            return null;
        }

        int[] cells = new int[HeatCells];
        bool any = false;
        for (int i = 0; i < HeatCells; i++)
        {
            cells[i] = Volatile.Read(ref _heat[(slot * HeatCells) + i]);
            any |= cells[i] != 0;
        }

        Interlocked.MemoryBarrier();
        return any && Volatile.Read(ref _heatHour[slot]) == hour ? cells : null;
    }

    private int AgentSlot(long minute)
    {
        int slot = (int)(minute % Minutes);
        if (_agentMinute[slot] != minute)
        {
            _agentMinute[slot] = minute;
            _deliveredEvents[slot] = 0;
            _deliveredBatches[slot] = 0;
            _flags[slot] = 0;
        }

        return slot;
    }

    private void AddRun(UndeliveredRun run)
    {
        if (_runCount == MaxUndeliveredRuns)
        {
            int tail = (_runHead + _runCount - 1) % MaxUndeliveredRuns;
            UndeliveredRun last = _runs[tail];
            _runs[tail] = new UndeliveredRun(last.Records + run.Records, last.Batches + run.Batches,
                last.Events < 0 || run.Events < 0 ? -1 : last.Events + run.Events);
            return;
        }

        _runs[(_runHead + _runCount) % MaxUndeliveredRuns] = run;
        _runCount++;
    }

    /// <summary>Takes <paramref name="records"/> from the front of the runs; a partly delivered run is split in proportion.</summary>
    private (long Batches, long Events) TakeDelivered(long records)
    {
        long batches = 0;
        long events = 0;
        while (records > 0 && _runCount > 0)
        {
            UndeliveredRun head = _runs[_runHead];
            if (head.Records <= records)
            {
                records -= head.Records;
                batches += head.Batches;
                events += Math.Max(0, head.Events);
                _runHead = (_runHead + 1) % MaxUndeliveredRuns;
                _runCount--;
                continue;
            }

            long takenBatches = head.Batches * records / head.Records;
            long takenEvents = head.Events < 0 ? -1 : head.Events * records / head.Records;
            batches += takenBatches;
            events += Math.Max(0, takenEvents);
            _runs[_runHead] = new UndeliveredRun(head.Records - records, head.Batches - takenBatches,
                head.Events < 0 ? -1 : head.Events - takenEvents);
            records = 0;
        }

        return (batches, events);
    }

    private void Restore(ActivitySnapshot restored)
    {
        long now = Micros.Now(_time);
        long oldestMinute = (now / MicrosPerMinute) - Minutes + 1;
        foreach (ActivityMinute m in restored.Minutes)
        {
            if (m.Minute < oldestMinute || m.Minute > now / MicrosPerMinute)
            {
                continue;
            }

            int slot = (int)(m.Minute % Minutes);
            _eventMinute[slot] = m.Minute;
            for (int k = 0; k < Kinds && k < m.Kinds.Count; k++)
            {
                _kinds[(slot * Kinds) + k] = m.Kinds[k];
            }

            _agentMinute[slot] = m.Minute;
            _deliveredEvents[slot] = m.DeliveredEvents;
            _deliveredBatches[slot] = m.DeliveredBatches;
            _flags[slot] = (byte)((m.AgentRunning ? RunningFlag : 0) | (m.Listening ? ListeningFlag : 0));
        }

        long oldestHour = (now / MicrosPerMinute / 60) - Hours + 1;
        foreach (ActivityHeatHour h in restored.Heat)
        {
            if (h.Hour < oldestHour || h.Cells.Count != HeatCells)
            {
                continue;
            }

            int slot = (int)(h.Hour % Hours);
            _heatHour[slot] = h.Hour;
            for (int i = 0; i < HeatCells; i++)
            {
                _heat[(slot * HeatCells) + i] = h.Cells[i];
            }
        }

        SetScreen(restored.ScreenWidth, restored.ScreenHeight);
        _deliveryState = restored.Delivery;
        foreach (UndeliveredRun run in restored.Undelivered)
        {
            AddRun(run);
        }
    }

    private static int Saturate(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

    /// <summary>The sink between the device and the spool that tells the tally what each record holds.</summary>
    private sealed class TallyingSink(IBatchSink inner, ActivityTally tally) : IBatchSink
    {
        public bool IsFull => inner.IsFull;

        public void Write(RecordTopic topic, string key, ReadOnlySpan<byte> value)
        {
            inner.Write(topic, key, value);
            tally.RecordWritten(topic);
        }
    }
}
