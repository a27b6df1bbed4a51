using System.Buffers;
using Pipeline.Processing.State;
using Pipeline.Processing.Tests.Sessions;

namespace Pipeline.Processing.Tests.State;

/// <summary>
/// The per-subject changelog value's container: the format-1 sessions values already on clusters (pinned in
/// <see cref="SessionStateCodecTests"/>) read as a container with only the sessions section.
/// </summary>
public sealed class SubjectStateCodecTests
{
    private static byte[] Container(params (byte Tag, string Hex)[] sections)
    {
        var buffer = new ArrayBufferWriter<byte>();
        SubjectStateCodec.WriteHeader(buffer);
        foreach ((byte tag, string hex) in sections)
        {
            SubjectStateCodec.WriteSection(buffer, tag, Convert.FromHexString(hex));
        }

        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Read_PinnedFormat1SessionsValue_IsTheSessionsSectionWhole()
    {
        byte[] legacy = Convert.FromHexString(SessionStateCodecTests.Format1Hex);

        SubjectStateSections sections = SubjectStateCodec.Read(legacy);

        Assert.Equal(SessionStateCodecTests.Format1Hex, Convert.ToHexStringLower(sections.Sessions));
        Assert.True(sections.AppGate.IsEmpty);
    }

    [Fact]
    public void WriteRead_TwoSections_EachComesBackAndTheLayoutIsPinned()
    {
        byte[] value = Container((SubjectStateCodec.SessionsTag, "01aa"), (SubjectStateCodec.AppGateTag, "01bbcc"));

        SubjectStateSections sections = SubjectStateCodec.Read(value);

        // format 2 | tag 1, length 2, bytes | tag 2, length 3, bytes
        Assert.Equal("02" + "01" + "02000000" + "01aa" + "02" + "03000000" + "01bbcc", Convert.ToHexStringLower(value));
        Assert.Equal("01aa", Convert.ToHexStringLower(sections.Sessions));
        Assert.Equal("01bbcc", Convert.ToHexStringLower(sections.AppGate));
    }

    [Fact]
    public void Read_SectionOfAStageThisBuildLacks_Skipped()
    {
        byte[] value = Container((SubjectStateCodec.AppGateTag, "01bb"), (SubjectStateCodec.ActionsTag, "07"), (200, "ffff"));

        SubjectStateSections sections = SubjectStateCodec.Read(value);

        Assert.True(sections.Sessions.IsEmpty);
        Assert.Equal("01bb", Convert.ToHexStringLower(sections.AppGate));
    }

    [Fact]
    public void Read_EmptyValue_NoSections() => Assert.True(SubjectStateCodec.Read([]).Sessions.IsEmpty);

    [Theory]
    [InlineData("03", "unknown format")]
    [InlineData("0201", "truncated")]
    [InlineData("020105000000aa", "truncated")]
    [InlineData("0201ffffffff", "bad section length")]
    [InlineData("02020100000001" + "0101000000" + "01", "out of order")]
    [InlineData("02010100000001" + "0101000000" + "01", "out of order")]
    public void Read_BrokenContainer_ThrowsInvalidDataNamingTheFault(string hex, string fault)
    {
        var ex = Assert.Throws<InvalidDataException>(() => SubjectStateCodec.Read(Convert.FromHexString(hex)));

        Assert.Contains(fault, ex.Message, StringComparison.Ordinal);
    }
}
