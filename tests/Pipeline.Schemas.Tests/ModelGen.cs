using FsCheck;
using FsCheck.Fluent;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

/// <summary>FsCheck generators for the model, reaching every varint length, non-ASCII text and empty collections.</summary>
internal static class ModelGen
{
    // Whole code points only: a lone surrogate cannot round-trip through UTF-8 in any implementation.
    private static readonly string[] s_pieces = ["a", "Z", "0", " ", "_", "-", "é", "ß", "日本", "😀", "\u0000", "\"", "<EMAIL>", "firefox"];

    /// <summary>Event times inside what Apache.Avro's timestamp-micros (DateTime) can hold.</summary>
    private const long MinMicros = -62_135_596_800_000_000;
    private const long MaxMicros = 253_402_300_799_999_999;

    public static Gen<int> Int { get; } = Gen.Frequency(
        (3, Gen.Choose(-70, 70)),
        (2, Gen.Choose(int.MinValue, int.MaxValue)),
        (1, Gen.Elements(int.MinValue, int.MaxValue, 63, 64, -64, -65, 8191, 8192)));

    public static Gen<long> Long { get; } =
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from shift in Gen.Choose(0, 63)
        from edge in Gen.Choose(0, 20)
        select edge switch
        {
            0 => long.MinValue,
            1 => long.MaxValue,
            2 => 0L,
            _ => (((long)hi << 32) | (uint)lo) >> shift,
        };

    public static Gen<long> Micros { get; } = Long.Select(v => Math.Clamp(v, MinMicros, MaxMicros));

    public static Gen<string> Text { get; } =
        from n in Gen.Frequency((4, Gen.Choose(0, 8)), (1, Gen.Choose(9, 40)))
        from parts in Gen.ArrayOf(Gen.Elements(s_pieces), n)
        select string.Concat(parts);

    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(s => (string?)s)));

    public static Gen<long?> OptionalMicros { get; } = Gen.Frequency((1, Gen.Constant<long?>(null)), (1, Micros.Select(v => (long?)v)));

    public static Gen<InteractionEvent> Event(bool clean) =>
        from seq in Long
        from time in Micros
        from kind in Gen.Choose(0, 8)
        from x in Int
        from y in Int
        from button in Gen.Choose(0, 5)
        from dx in Int
        from dy in Int
        from keyClass in Gen.Choose(0, 9)
        from app in OptionalText
        from title in OptionalText
        from session in Text
        select new InteractionEvent
        {
            Seq = seq,
            TimeMicros = time,
            Kind = (EventKind)kind,
            X = x,
            Y = y,
            Button = (MouseButton)button,
            Dx = dx,
            Dy = dy,
            KeyClass = (KeyClass)keyClass,
            App = app,
            Title = title,
            SessionId = clean ? session : null,
        };

    public static Gen<EventBatch> Batch(bool clean) =>
        from subject in Text
        from device in Text
        from keyVersion in clean ? Int : Gen.Constant(0)
        from width in Int
        from height in Int
        from n in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 40)))
        from events in Gen.ArrayOf(Event(clean), n)
        select Fill(subject, device, keyVersion, width, height, events);

    public static Gen<ConsentChange> Consent { get; } =
        from subject in Text
        from device in Text
        from state in Gen.Choose(0, 3)
        from time in Micros
        from until in OptionalMicros
        from notice in OptionalText
        from n in Gen.Choose(0, 5)
        from history in Gen.ArrayOf(
            from s in Gen.Choose(0, 3)
            from t in Micros
            from u in OptionalMicros
            select new ConsentInterval((ConsentState)s, t, u), n)
        select new ConsentChange(subject, device, (ConsentState)state, time, until, notice, history);

    public static Gen<SessionSummary> Session { get; } =
        from id in Text
        from subject in Text
        from keyVersion in Int
        from start in Micros
        from end in Micros
        from count in Long
        from active in Gen.Choose(-1000, 1_000_000).Select(v => v / 7.0)
        from idle in Gen.Elements(0.0, 1.5, double.MaxValue, double.Epsilon, -0.0, 1e-300)
        from n in Gen.Choose(0, 4)
        from merged in Gen.ArrayOf(Text, n)
        select new SessionSummary(id, subject, keyVersion, start, end, count, active, idle, merged);

    public static Gen<IdlePeriod> Idle { get; } =
        from subject in Text
        from keyVersion in Int
        from session in Text
        from start in Micros
        from end in Micros
        from reason in Gen.Choose(0, 2)
        select new IdlePeriod(subject, keyVersion, session, start, end, (IdleReason)reason);

    public static Gen<DeadLetter> DeadLetters { get; } =
        from topic in Text
        from partition in Int
        from offset in Long
        from reason in Text
        from detail in Text
        from n in Gen.Choose(0, 300)
        from payload in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)
        select new DeadLetter(topic, partition, offset, reason, detail, payload);

    private static Gen<byte[]> Bytes(int max) =>
        from n in Gen.Choose(0, max)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)
        select bytes;

    public static Gen<WrappedKey> WrappedKeys { get; } =
        from kind in Gen.Choose(0, 1)
        from id in Text
        from version in Int
        from ephemeral in Bytes(70)
        from nonce in Bytes(16)
        from ciphertext in Bytes(200)
        from created in Micros
        select new WrappedKey((WrappedKeyKind)kind, id, version, ephemeral, nonce, ciphertext, created);

    public static Gen<KeyMaterial> KeyMaterials { get; } =
        from secret in Bytes(40)
        from subject in Text
        from device in OptionalText
        select new KeyMaterial(secret, subject, device);

    public static Gen<SealedBatchValue> SealedBatches { get; } =
        from id in Text
        from fingerprint in Long
        from nonce in Bytes(16)
        from ciphertext in Bytes(300)
        select new SealedBatchValue(id, (ulong)fingerprint, nonce, ciphertext);

    private static EventBatch Fill(string subject, string device, int keyVersion, int width, int height, InteractionEvent[] events)
    {
        var batch = new EventBatch(4) { Subject = subject, Device = device, KeyVersion = keyVersion, ScreenWidth = width, ScreenHeight = height };
        foreach (InteractionEvent e in events)
        {
            batch.Add(e);
        }

        return batch;
    }
}
