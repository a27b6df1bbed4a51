using Pipeline.Schemas.Codec;

namespace Pipeline.Schemas.Tests;

public sealed class DecodeLimitsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => DecodeLimits.Default.Validate();

    [Theory]
    [InlineData(0, 1, 1, "MaxStringBytes")]
    [InlineData(1, -1, 1, "MaxBytesLength")]
    [InlineData(1, 1, 0, "MaxItems")]
    public void Validate_NonPositiveLimit_ThrowsNamingIt(int strings, int bytes, int items, string name)
    {
        var limits = new DecodeLimits { MaxStringBytes = strings, MaxBytesLength = bytes, MaxItems = items };

        var e = Assert.Throws<ArgumentOutOfRangeException>(limits.Validate);
        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void DecodeContext_InvalidLimits_RefusedAtConstruction() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DecodeContext(SchemaCatalog.Shipped, new DecodeLimits { MaxItems = 0 }));
}
