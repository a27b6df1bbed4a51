using System.Buffers;
using Pipeline.Processing.Shredding;

namespace Pipeline.Processing.State;

/// <summary>
/// The per-subject value of the processor's changelog: a versioned container with one tagged section per stateful
/// stage, so a stage can add or change its state without touching the others' bytes. Little-endian:
/// <code>
/// format:u8 = 2 | sections × ( tag:u8 | length:i32 | bytes:length )      ; until the end of the value
/// tags: 1 = sessions (SessionStateCodec), 2 = app gate (AppGateStateCodec), 3 = actions (ActionReducer.WriteState),
///       4 = owner (format:u8 = 1 | key version:i32 | secret record key:string; <see cref="WriteOwner"/>)
/// </code>
/// Each section starts with its own stage's format byte. Tags ascend and appear at most once. A value whose first
/// byte is <see cref="LegacySessionsFormat"/> is a bare sessions value, as every changelog before the container
/// holds, and restores as a container with only the sessions section; a subject whose only state is its sessions and
/// whose owner is not known is still written that way, byte for byte what earlier builds wrote. The owner section
/// (whose person secret the pseudonym came from) is what lets a restore tell erased state from live state; builds
/// since the container skip it as an unknown section, so a rollback still restores.
/// </summary>
/// <remarks>
/// A section with a tag this build does not know is skipped, not refused: during a rolling upgrade an older
/// processor may restore a partition a newer one wrote, and must not stop on it. It then rewrites that subject's
/// value without the unknown section, so the newer stage starts that subject afresh after a rollback; stages are
/// written so that a missing section means "no state yet".
/// </remarks>
internal static class SubjectStateCodec
{
    /// <summary>First byte of a bare format-1 sessions value (changelogs before the container).</summary>
    public const byte LegacySessionsFormat = 1;

    /// <summary>First byte of the container.</summary>
    public const byte ContainerFormat = 2;

    /// <summary>Section of <see cref="Sessions.Sessionizer"/>.</summary>
    public const byte SessionsTag = 1;

    /// <summary>Section of <see cref="Apps.AppGate"/>.</summary>
    public const byte AppGateTag = 2;

    /// <summary>Section of <see cref="Pipeline.Processing.Actions.ActionReducer"/>.</summary>
    public const byte ActionsTag = 3;

    /// <summary>Section saying whose state the value is (<see cref="SubjectOwner"/>).</summary>
    public const byte OwnerTag = 4;

    private const byte OwnerFormat = 1;

    /// <summary>Starts a container value.</summary>
    public static void WriteHeader(IBufferWriter<byte> output) => new StateWriter(output).Byte(ContainerFormat);

    /// <summary>Appends one section; <paramref name="tag"/> must be above the previous section's.</summary>
    public static void WriteSection(IBufferWriter<byte> output, byte tag, ReadOnlySpan<byte> section)
    {
        var w = new StateWriter(output);
        w.Byte(tag);
        w.Int(section.Length);
        w.Bytes(section);
    }

    /// <summary>Appends the owner section; last, as its tag is the highest.</summary>
    public static void WriteOwner(IBufferWriter<byte> output, SubjectOwner owner, ArrayBufferWriter<byte> scratch)
    {
        scratch.ResetWrittenCount();
        var w = new StateWriter(scratch);
        w.Byte(OwnerFormat);
        w.Int(owner.KeyVersion);
        w.String(owner.SecretRecordKey);
        WriteSection(output, OwnerTag, scratch.WrittenSpan);
    }

    /// <summary>The owner in an owner section; null when the section is absent.</summary>
    /// <exception cref="InvalidDataException">The section is malformed or of a later format.</exception>
    public static SubjectOwner? ReadOwner(ReadOnlySpan<byte> section)
    {
        if (section.IsEmpty)
        {
            return null;
        }

        var r = new StateReader(section);
        if (r.Byte() != OwnerFormat)
        {
            throw new InvalidDataException("processor state record has an owner section of an unknown format");
        }

        int version = r.Int();
        string recordKey = r.String();
        r.End();
        return new SubjectOwner(recordKey, version);
    }

    /// <summary>Splits a value into its sections (slices of <paramref name="value"/>, empty when absent).</summary>
    /// <exception cref="InvalidDataException">The value is neither a container nor a bare sessions value, or is malformed.</exception>
    public static SubjectStateSections Read(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return default;
        }

        if (value[0] == LegacySessionsFormat)
        {
            return new SubjectStateSections { Sessions = value };
        }

        if (value[0] != ContainerFormat)
        {
            throw new InvalidDataException("processor state record has an unknown format");
        }

        var sections = new SubjectStateSections();
        var r = new StateReader(value[1..]);
        int last = -1;
        while (!r.AtEnd)
        {
            byte tag = r.Byte();
            ReadOnlySpan<byte> section = r.Section();
            if (tag <= last)
            {
                throw new InvalidDataException("processor state record has sections out of order");
            }

            last = tag;
            switch (tag)
            {
                case SessionsTag:
                    sections.Sessions = section;
                    break;
                case AppGateTag:
                    sections.AppGate = section;
                    break;
                case ActionsTag:
                    sections.Actions = section;
                    break;
                case OwnerTag:
                    sections.Owner = section;
                    break;
                default:
                    // A stage this build does not have (see remarks): skipped.
                    break;
            }
        }

        return sections;
    }
}
