using Pipeline.Capture.Transparency;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests.Transparency;

public sealed class PageTokenTests
{
    [Fact]
    public void LoadOrCreate_FirstTime_AtLeast128RandomBitsOwnerOnlyAndKept()
    {
        using var dir = new TempDirectory();
        PageToken token = PageToken.LoadOrCreate(dir.Path);
        string path = dir.File(PageToken.FileName);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.True(token.Value.Length * 6 >= 256, $"{token.Value.Length} base64url characters");
        Assert.Equal(token.Value, PageToken.LoadOrCreate(dir.Path).Value);

        using var other = new TempDirectory();
        Assert.NotEqual(token.Value, PageToken.LoadOrCreate(other.Path).Value);
    }

    [Fact]
    public void LoadOrCreate_FileOthersCouldRead_ReplacedByANewSecret()
    {
        using var dir = new TempDirectory();
        string old = PageToken.LoadOrCreate(dir.Path).Value;
        File.SetUnixFileMode(dir.File(PageToken.FileName), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        PageToken fresh = PageToken.LoadOrCreate(dir.Path);
        Assert.NotEqual(old, fresh.Value);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dir.File(PageToken.FileName)));
    }

    [Fact]
    public void LoadOrCreate_ShortToken_ReplacedByAFullOne()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(PageToken.FileName), "short");
        File.SetUnixFileMode(dir.File(PageToken.FileName), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.True(PageToken.LoadOrCreate(dir.Path).Value.Length >= 43);
    }

    [Fact]
    public void Matches_ExactTokenOnly()
    {
        using var dir = new TempDirectory();
        PageToken token = PageToken.LoadOrCreate(dir.Path);
        Assert.True(token.Matches(token.Value));
        Assert.False(token.Matches(token.Value.AsSpan(0, token.Value.Length - 1)));
        Assert.False(token.Matches(token.Value + "x"));
        Assert.False(token.Matches(token.Value[..^1] + (token.Value[^1] == 'A' ? 'B' : 'A')));
        Assert.False(token.Matches(""));
        Assert.False(token.Matches(new string('é', token.Value.Length)));
    }
}
