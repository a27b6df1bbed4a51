namespace Pipeline.Lake.Tables;

/// <summary>The tables of the lake. Each is a folder under the lake root, Hive-partitioned by date and hour (UTC).</summary>
public enum LakeTable
{
    /// <summary>Clean interaction events, one row per event (from the clean topic).</summary>
    Events,

    /// <summary>Closed sessions (from the sessions topic).</summary>
    Sessions,

    /// <summary>Idle periods inside sessions (from the idle topic).</summary>
    IdlePeriods,

    /// <summary>Append-only governance records: erasures and retention runs.</summary>
    Audit,

    /// <summary>Actions reduced from the events (clicks, drags, scrolls, typing runs, hotkeys, focus changes; from the actions topic).</summary>
    Actions,
}
