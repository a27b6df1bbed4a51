using ParquetSharp;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tables;

/// <summary>
/// Buffered rows of the <c>events</c> table. Fields that do not apply to an event's kind are null (a key event has
/// no position, a move no key class), as in the import format, so readers need no per-kind sentinel values.
/// </summary>
internal sealed class EventRows : TableRows
{
    private static readonly Column[] s_columns =
    [
        new Column<string>("subject"),
        new Column<string>("device"),
        new Column<long>("seq"),
        Timestamp("event_time"),
        new Column<string>("kind"),
        new Column<int?>("x"),
        new Column<int?>("y"),
        new Column<string>("button"),
        new Column<int?>("dx"),
        new Column<int?>("dy"),
        new Column<string>("key_class"),
        new Column<string>("app"),
        new Column<string>("title"),
        new Column<string>("session_id"),
        new Column<int>("key_version"),
        new Column<int?>("screen_width"),
        new Column<int?>("screen_height"),
        new Column<int>("source_partition"),
        new Column<long>("source_offset"),
    ];

    private static readonly string[] s_deltaColumns = ["seq", "event_time", "source_offset"];

    private string[] _subject;
    private string[] _device;
    private long[] _seq;
    private long[] _timeMicros;
    private DateTime[] _eventTime;
    private string[] _kind;
    private int?[] _x;
    private int?[] _y;
    private string?[] _button;
    private int?[] _dx;
    private int?[] _dy;
    private string?[] _keyClass;
    private string?[] _app;
    private string?[] _title;
    private string?[] _sessionId;
    private int[] _keyVersion;
    private int?[] _screenWidth;
    private int?[] _screenHeight;
    private int[] _sourcePartition;
    private long[] _sourceOffset;

    public EventRows(int initialCapacity = 4096)
        : base(initialCapacity)
    {
        _subject = new string[initialCapacity];
        _device = new string[initialCapacity];
        _seq = new long[initialCapacity];
        _timeMicros = new long[initialCapacity];
        _eventTime = new DateTime[initialCapacity];
        _kind = new string[initialCapacity];
        _x = new int?[initialCapacity];
        _y = new int?[initialCapacity];
        _button = new string?[initialCapacity];
        _dx = new int?[initialCapacity];
        _dy = new int?[initialCapacity];
        _keyClass = new string?[initialCapacity];
        _app = new string?[initialCapacity];
        _title = new string?[initialCapacity];
        _sessionId = new string?[initialCapacity];
        _keyVersion = new int[initialCapacity];
        _screenWidth = new int?[initialCapacity];
        _screenHeight = new int?[initialCapacity];
        _sourcePartition = new int[initialCapacity];
        _sourceOffset = new long[initialCapacity];
    }

    public override LakeTable Table => LakeTable.Events;

    public override Column[] Columns => s_columns;

    public override IReadOnlyList<string> DeltaColumns => s_deltaColumns;

    public override long PartitionTimeMicros(int row) => _timeMicros[row];

    /// <summary>Appends one event of <paramref name="batch"/>, read from <paramref name="partition"/> at <paramref name="offset"/>.</summary>
    public void Add(EventBatch batch, in InteractionEvent e, int partition, long offset)
    {
        int i = NextRow();
        _subject[i] = batch.Subject;
        _device[i] = batch.Device;
        _seq[i] = e.Seq;
        _timeMicros[i] = e.TimeMicros;
        _eventTime[i] = ToDateTime(e.TimeMicros);
        _kind[i] = LakeEnumNames.Kind(e.Kind);
        bool pointer = e.Kind is EventKind.Move or EventKind.ButtonDown or EventKind.ButtonUp or EventKind.Scroll;
        _x[i] = pointer ? e.X : null;
        _y[i] = pointer ? e.Y : null;
        _button[i] = e.Kind is EventKind.ButtonDown or EventKind.ButtonUp ? LakeEnumNames.Button(e.Button) : null;
        _dx[i] = e.Kind == EventKind.Scroll ? e.Dx : null;
        _dy[i] = e.Kind == EventKind.Scroll ? e.Dy : null;
        _keyClass[i] = e.Kind is EventKind.KeyDown or EventKind.KeyUp ? LakeEnumNames.KeyClass(e.KeyClass) : null;
        _app[i] = e.App;
        _title[i] = e.Title;
        _sessionId[i] = e.SessionId;
        _keyVersion[i] = batch.KeyVersion;
        _screenWidth[i] = batch.ScreenWidth > 0 ? batch.ScreenWidth : null;
        _screenHeight[i] = batch.ScreenHeight > 0 ? batch.ScreenHeight : null;
        _sourcePartition[i] = partition;
        _sourceOffset[i] = offset;
    }

    public override void WriteColumns(RowGroupWriter rowGroup, int start, int length)
    {
        Write(rowGroup, _subject, start, length);
        Write(rowGroup, _device, start, length);
        Write(rowGroup, _seq, start, length);
        Write(rowGroup, _eventTime, start, length);
        Write(rowGroup, _kind, start, length);
        Write(rowGroup, _x, start, length);
        Write(rowGroup, _y, start, length);
        Write(rowGroup, _button, start, length);
        Write(rowGroup, _dx, start, length);
        Write(rowGroup, _dy, start, length);
        Write(rowGroup, _keyClass, start, length);
        Write(rowGroup, _app, start, length);
        Write(rowGroup, _title, start, length);
        Write(rowGroup, _sessionId, start, length);
        Write(rowGroup, _keyVersion, start, length);
        Write(rowGroup, _screenWidth, start, length);
        Write(rowGroup, _screenHeight, start, length);
        Write(rowGroup, _sourcePartition, start, length);
        Write(rowGroup, _sourceOffset, start, length);
    }

    protected override void Grow(int capacity)
    {
        Array.Resize(ref _subject, capacity);
        Array.Resize(ref _device, capacity);
        Array.Resize(ref _seq, capacity);
        Array.Resize(ref _timeMicros, capacity);
        Array.Resize(ref _eventTime, capacity);
        Array.Resize(ref _kind, capacity);
        Array.Resize(ref _x, capacity);
        Array.Resize(ref _y, capacity);
        Array.Resize(ref _button, capacity);
        Array.Resize(ref _dx, capacity);
        Array.Resize(ref _dy, capacity);
        Array.Resize(ref _keyClass, capacity);
        Array.Resize(ref _app, capacity);
        Array.Resize(ref _title, capacity);
        Array.Resize(ref _sessionId, capacity);
        Array.Resize(ref _keyVersion, capacity);
        Array.Resize(ref _screenWidth, capacity);
        Array.Resize(ref _screenHeight, capacity);
        Array.Resize(ref _sourcePartition, capacity);
        Array.Resize(ref _sourceOffset, capacity);
    }
}
