using ParquetSharp;
using ParquetSharp.Schema;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tables;

/// <summary>
/// Buffered rows of the <c>actions</c> table, partitioned by the action's start time. Fields that do not apply to an
/// action are null, as in <c>events</c> (a typing run has no position, a click no scroll notches); the lists are empty
/// rather than null. <c>pre_move_path</c> is a list of structs <c>{x, y, t_ms}</c> (Parquet's standard three-level
/// LIST of a group), which DuckDB reads as <c>STRUCT(x INTEGER, y INTEGER, t_ms INTEGER)[]</c>, Spark as
/// <c>array&lt;struct&lt;x:int,y:int,t_ms:int&gt;&gt;</c> and pandas (pyarrow) as a list of dicts per row.
/// </summary>
internal sealed class ActionRows : TableRows
{
    /// <summary>The columns before <c>pre_move_path</c>.</summary>
    private static readonly Column[] s_head =
    [
        new Column<string>("session_id"),
        new Column<string>("subject"),
        new Column<string>("device"),
        new Column<string>("action"),
        Timestamp("start_time"),
        Timestamp("end_time"),
        new Column<int?>("x"),
        new Column<int?>("y"),
        new Column<double?>("nx"),
        new Column<double?>("ny"),
        new Column<int?>("end_x"),
        new Column<int?>("end_y"),
        new Column<double?>("end_nx"),
        new Column<double?>("end_ny"),
        new Column<string>("button"),
        new Column<int?>("dx"),
        new Column<int?>("dy"),
        new Column<int>("key_count"),
        new Column<string[]>("key_classes"),
        new Column<int[]>("inter_key_ms"),
        new Column<string>("app"),
        new Column<int?>("pre_move_ms"),
    ];

    /// <summary>The columns after <c>pre_move_path</c>.</summary>
    private static readonly Column[] s_tail =
    [
        new Column<long>("seq_first"),
        new Column<long>("seq_last"),
        new Column<int>("key_version"),
        new Column<int>("source_partition"),
        new Column<long>("source_offset"),
    ];

    private static readonly Column[] s_flat = [.. s_head, .. s_tail];
    private static readonly string[] s_deltaColumns = ["start_time", "end_time", "seq_first", "seq_last", "source_offset"];
    private static readonly Nested<int>[] s_noPath = [];

    private string[] _sessionId;
    private string[] _subject;
    private string[] _device;
    private string[] _action;
    private long[] _startMicros;
    private DateTime[] _start;
    private DateTime[] _end;
    private int?[] _x;
    private int?[] _y;
    private double?[] _nx;
    private double?[] _ny;
    private int?[] _endX;
    private int?[] _endY;
    private double?[] _endNx;
    private double?[] _endNy;
    private string?[] _button;
    private int?[] _dx;
    private int?[] _dy;
    private int[] _keyCount;
    private string[][] _keyClasses;
    private int[][] _interKeyMs;
    private string?[] _app;
    private int?[] _preMoveMs;
    private Nested<int>[][] _pathX;
    private Nested<int>[][] _pathY;
    private Nested<int>[][] _pathT;
    private long[] _seqFirst;
    private long[] _seqLast;
    private int[] _keyVersion;
    private int[] _sourcePartition;
    private long[] _sourceOffset;

    public ActionRows(int initialCapacity = 256)
        : base(initialCapacity)
    {
        _sessionId = new string[initialCapacity];
        _subject = new string[initialCapacity];
        _device = new string[initialCapacity];
        _action = new string[initialCapacity];
        _startMicros = new long[initialCapacity];
        _start = new DateTime[initialCapacity];
        _end = new DateTime[initialCapacity];
        _x = new int?[initialCapacity];
        _y = new int?[initialCapacity];
        _nx = new double?[initialCapacity];
        _ny = new double?[initialCapacity];
        _endX = new int?[initialCapacity];
        _endY = new int?[initialCapacity];
        _endNx = new double?[initialCapacity];
        _endNy = new double?[initialCapacity];
        _button = new string?[initialCapacity];
        _dx = new int?[initialCapacity];
        _dy = new int?[initialCapacity];
        _keyCount = new int[initialCapacity];
        _keyClasses = new string[initialCapacity][];
        _interKeyMs = new int[initialCapacity][];
        _app = new string?[initialCapacity];
        _preMoveMs = new int?[initialCapacity];
        _pathX = new Nested<int>[initialCapacity][];
        _pathY = new Nested<int>[initialCapacity][];
        _pathT = new Nested<int>[initialCapacity][];
        _seqFirst = new long[initialCapacity];
        _seqLast = new long[initialCapacity];
        _keyVersion = new int[initialCapacity];
        _sourcePartition = new int[initialCapacity];
        _sourceOffset = new long[initialCapacity];
    }

    public override LakeTable Table => LakeTable.Actions;

    /// <summary>The flat columns; <see cref="CreateSchema"/> adds <c>pre_move_path</c> between them.</summary>
    public override Column[] Columns => s_flat;

    public override IReadOnlyList<string> DeltaColumns => s_deltaColumns;

    public override long PartitionTimeMicros(int row) => _startMicros[row];

    public override GroupNode CreateSchema()
    {
        var fields = new List<Node>(s_head.Length + 1 + s_tail.Length);
        foreach (Column column in s_head)
        {
            fields.Add(column.CreateSchemaNode());
        }

        // required group pre_move_path (LIST) { repeated group list { required group element { x; y; t_ms } } }:
        // the list itself is never null (empty without a path), nor are its points or their fields.
        using var x = new PrimitiveNode("x", Repetition.Required, LogicalType.Int(32, isSigned: true), PhysicalType.Int32);
        using var y = new PrimitiveNode("y", Repetition.Required, LogicalType.Int(32, isSigned: true), PhysicalType.Int32);
        using var t = new PrimitiveNode("t_ms", Repetition.Required, LogicalType.Int(32, isSigned: true), PhysicalType.Int32);
        using var element = new GroupNode("element", Repetition.Required, [x, y, t]);
        using var list = new GroupNode("list", Repetition.Repeated, [element]);
        using LogicalType listType = LogicalType.List();
        fields.Add(new GroupNode("pre_move_path", Repetition.Required, [list], listType));
        foreach (Column column in s_tail)
        {
            fields.Add(column.CreateSchemaNode());
        }

        try
        {
            return new GroupNode("schema", Repetition.Required, fields);
        }
        finally
        {
            foreach (Node field in fields)
            {
                field.Dispose();
            }
        }
    }

    /// <summary>Appends one action of <paramref name="batch"/>, read from <paramref name="partition"/> at <paramref name="offset"/>.</summary>
    public void Add(ActionBatch batch, InteractionAction a, int partition, long offset)
    {
        int i = NextRow();
        _sessionId[i] = a.SessionId;
        _subject[i] = batch.Subject;
        _device[i] = a.Device;
        _action[i] = LakeEnumNames.Action(a.Kind);
        _startMicros[i] = a.StartMicros;
        _start[i] = ToDateTime(a.StartMicros);
        _end[i] = ToDateTime(a.EndMicros);
        _x[i] = a.X;
        _y[i] = a.Y;
        _nx[i] = a.Nx;
        _ny[i] = a.Ny;
        _endX[i] = a.EndX;
        _endY[i] = a.EndY;
        _endNx[i] = a.EndNx;
        _endNy[i] = a.EndNy;
        _button[i] = LakeEnumNames.Button(a.Button);
        bool scroll = a.Kind == ActionKind.Scroll;
        _dx[i] = scroll ? a.Dx : null;
        _dy[i] = scroll ? a.Dy : null;
        _keyCount[i] = a.KeyCount;
        _keyClasses[i] = KeyClasses(a.KeyClasses);
        _interKeyMs[i] = a.InterKeyMs as int[] ?? [.. a.InterKeyMs];
        _app[i] = a.App;
        _preMoveMs[i] = a.X is null ? null : a.PreMoveMs;
        IReadOnlyList<PathPoint> path = a.PreMovePath;
        if (path.Count == 0)
        {
            _pathX[i] = s_noPath;
            _pathY[i] = s_noPath;
            _pathT[i] = s_noPath;
        }
        else
        {
            var xs = new Nested<int>[path.Count];
            var ys = new Nested<int>[path.Count];
            var ts = new Nested<int>[path.Count];
            for (int p = 0; p < path.Count; p++)
            {
                xs[p] = new Nested<int>(path[p].X);
                ys[p] = new Nested<int>(path[p].Y);
                ts[p] = new Nested<int>(path[p].OffsetMs);
            }

            _pathX[i] = xs;
            _pathY[i] = ys;
            _pathT[i] = ts;
        }

        _seqFirst[i] = a.SeqFirst;
        _seqLast[i] = a.SeqLast;
        _keyVersion[i] = batch.KeyVersion;
        _sourcePartition[i] = partition;
        _sourceOffset[i] = offset;
    }

    public override void WriteColumns(RowGroupWriter rowGroup, int start, int length)
    {
        Write(rowGroup, _sessionId, start, length);
        Write(rowGroup, _subject, start, length);
        Write(rowGroup, _device, start, length);
        Write(rowGroup, _action, start, length);
        Write(rowGroup, _start, start, length);
        Write(rowGroup, _end, start, length);
        Write(rowGroup, _x, start, length);
        Write(rowGroup, _y, start, length);
        Write(rowGroup, _nx, start, length);
        Write(rowGroup, _ny, start, length);
        Write(rowGroup, _endX, start, length);
        Write(rowGroup, _endY, start, length);
        Write(rowGroup, _endNx, start, length);
        Write(rowGroup, _endNy, start, length);
        Write(rowGroup, _button, start, length);
        Write(rowGroup, _dx, start, length);
        Write(rowGroup, _dy, start, length);
        Write(rowGroup, _keyCount, start, length);
        Write(rowGroup, _keyClasses, start, length);
        Write(rowGroup, _interKeyMs, start, length);
        Write(rowGroup, _app, start, length);
        Write(rowGroup, _preMoveMs, start, length);
        Write(rowGroup, _pathX, start, length);
        Write(rowGroup, _pathY, start, length);
        Write(rowGroup, _pathT, start, length);
        Write(rowGroup, _seqFirst, start, length);
        Write(rowGroup, _seqLast, start, length);
        Write(rowGroup, _keyVersion, start, length);
        Write(rowGroup, _sourcePartition, start, length);
        Write(rowGroup, _sourceOffset, start, length);
    }

    protected override void Grow(int capacity)
    {
        Array.Resize(ref _sessionId, capacity);
        Array.Resize(ref _subject, capacity);
        Array.Resize(ref _device, capacity);
        Array.Resize(ref _action, capacity);
        Array.Resize(ref _startMicros, capacity);
        Array.Resize(ref _start, capacity);
        Array.Resize(ref _end, capacity);
        Array.Resize(ref _x, capacity);
        Array.Resize(ref _y, capacity);
        Array.Resize(ref _nx, capacity);
        Array.Resize(ref _ny, capacity);
        Array.Resize(ref _endX, capacity);
        Array.Resize(ref _endY, capacity);
        Array.Resize(ref _endNx, capacity);
        Array.Resize(ref _endNy, capacity);
        Array.Resize(ref _button, capacity);
        Array.Resize(ref _dx, capacity);
        Array.Resize(ref _dy, capacity);
        Array.Resize(ref _keyCount, capacity);
        Array.Resize(ref _keyClasses, capacity);
        Array.Resize(ref _interKeyMs, capacity);
        Array.Resize(ref _app, capacity);
        Array.Resize(ref _preMoveMs, capacity);
        Array.Resize(ref _pathX, capacity);
        Array.Resize(ref _pathY, capacity);
        Array.Resize(ref _pathT, capacity);
        Array.Resize(ref _seqFirst, capacity);
        Array.Resize(ref _seqLast, capacity);
        Array.Resize(ref _keyVersion, capacity);
        Array.Resize(ref _sourcePartition, capacity);
        Array.Resize(ref _sourceOffset, capacity);
    }

    private static string[] KeyClasses(IReadOnlyList<KeyClass> classes)
    {
        if (classes.Count == 0)
        {
            return [];
        }

        var names = new string[classes.Count];
        for (int k = 0; k < names.Length; k++)
        {
            names[k] = LakeEnumNames.KeyClass(classes[k]) ?? LakeEnumNames.Unknown;
        }

        return names;
    }
}
