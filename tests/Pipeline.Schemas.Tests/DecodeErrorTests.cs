using Pipeline.Schemas.Codec;

namespace Pipeline.Schemas.Tests;

public sealed class DecodeErrorTests
{
    [Fact]
    public void Reason_EveryKind_HasItsOwnDeadLetterReason()
    {
        var reasons = new HashSet<string>();
        foreach (DecodeErrorKind kind in Enum.GetValues<DecodeErrorKind>())
        {
            string reason = new DecodeError(kind, "x").Reason;
            Assert.NotEqual("unknown", reason);
            Assert.True(reasons.Add(reason), reason);
        }
    }
}
